package fr.inclusion.orientation.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

import fr.inclusion.orientation.support.security.ResourceServerSecurity;
import fr.inclusion.orientation.support.web.RequestLimits;

/**
 * The web UI behind the gateway. Like every service it checks the token it receives (relayed by the gateway from
 * the user's session) and enforces body limits; it keeps nothing: every page is drawn from the services' APIs,
 * called with that same token.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import({ResourceServerSecurity.class, RequestLimits.class})
public class WebApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebApplication.class, args);
    }
}
