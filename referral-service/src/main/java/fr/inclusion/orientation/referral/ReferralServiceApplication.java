package fr.inclusion.orientation.referral;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import fr.inclusion.orientation.support.OrientationService;

@SpringBootApplication
@ConfigurationPropertiesScan
@OrientationService
public class ReferralServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReferralServiceApplication.class, args);
    }
}
