package fr.inclusion.orientation.referral.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.inclusion.orientation.referral.crypto.FieldCipher;

@Configuration(proxyBeanMethods = false)
public class CryptoConfiguration {

    /** The key shipped in application.yml for the standalone demo; it is public, so it protects nothing. */
    static final String DEMO_KEY = "h9rnGC1PDfWjU/AuQA36LWK9DELOvGkcgGCS/lw6fCE=";

    private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

    @Bean
    FieldCipher fieldCipher(CryptoProperties properties) {
        FieldCipher cipher = FieldCipher.fromBase64(properties.keys(), properties.activeKeyId());
        String active = properties.keys().get(properties.activeKeyId());
        if (DEMO_KEY.equals(active == null ? null : active.trim())) {
            log.warn("Personal data is encrypted with the PUBLIC demo key '{}': standalone use only. "
                    + "Set ORIENTATION_CRYPTO_KEY (base64 of 32 random bytes) anywhere else.", cipher.activeKeyId());
        }
        return cipher;
    }
}
