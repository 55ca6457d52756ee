package fr.inclusion.orientation.referral;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

import fr.inclusion.orientation.support.OrientationService;
import fr.inclusion.orientation.support.reference.ReferenceEventsConsumer;

@SpringBootApplication
@ConfigurationPropertiesScan
@OrientationService
@Import(ReferenceEventsConsumer.class)
public class ReferralServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReferralServiceApplication.class, args);
    }
}
