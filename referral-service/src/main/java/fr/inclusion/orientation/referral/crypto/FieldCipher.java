package fr.inclusion.orientation.referral.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM encryption of personal fields. New values are sealed with the active key; any configured key opens
 * what it sealed, which is how keys rotate (add a key, make it active, keep the old one until data is re-sealed or
 * purged). The context (e.g. {@code <referral id>/resident.firstName}) is bound as associated data, so a ciphertext
 * copied into another document or field does not open.
 */
public final class FieldCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param keys        key id → 32 raw bytes
     * @param activeKeyId the key that seals new values; must be one of {@code keys}
     */
    public FieldCipher(Map<String, byte[]> keys, String activeKeyId) {
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException("No encryption key configured (orientation.crypto.keys)");
        }
        Map<String, SecretKey> checked = new LinkedHashMap<>();
        keys.forEach((id, bytes) -> {
            if (bytes == null || bytes.length != 32) {
                throw new IllegalArgumentException("Encryption key '" + id + "' must be 32 bytes (AES-256)");
            }
            checked.put(id, new SecretKeySpec(bytes, "AES"));
        });
        if (activeKeyId == null || !checked.containsKey(activeKeyId)) {
            throw new IllegalArgumentException(
                    "Active encryption key '" + activeKeyId + "' is not among the configured keys " + checked.keySet());
        }
        this.keys = Map.copyOf(checked);
        this.activeKeyId = activeKeyId;
    }

    /** Reads base64 keys as configuration gives them. */
    public static FieldCipher fromBase64(Map<String, String> base64Keys, String activeKeyId) {
        Map<String, byte[]> raw = new LinkedHashMap<>();
        if (base64Keys != null) {
            base64Keys.forEach((id, value) -> {
                try {
                    raw.put(id, Base64.getDecoder().decode(value == null ? "" : value.trim()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Encryption key '" + id + "' is not valid base64");
                }
            });
        }
        return new FieldCipher(raw, activeKeyId);
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    /** Encrypts with the active key; {@code null} stays {@code null}. */
    public SealedValue seal(String plaintext, String context) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return new SealedValue(activeKeyId, Base64.getEncoder().encodeToString(out));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed with key " + activeKeyId, e);
        }
    }

    /**
     * Decrypts with the key the value names; {@code null} stays {@code null}.
     *
     * @throws IllegalStateException when the key is unknown or the value was altered or belongs to another context
     */
    public String open(SealedValue value, String context) {
        if (value == null) {
            return null;
        }
        SecretKey key = keys.get(value.keyId());
        if (key == null) {
            throw new IllegalStateException("No encryption key '" + value.keyId() + "' configured to decrypt a field");
        }
        try {
            byte[] in = Base64.getDecoder().decode(value.data());
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // no cause: the exception message of a failed decryption is all we need, and nothing of the data leaks
            throw new IllegalStateException("Decryption failed with key " + value.keyId() + " for " + context);
        }
    }
}
