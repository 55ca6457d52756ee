package fr.inclusion.orientation.notification;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Bean;

import fr.inclusion.orientation.support.OrientationService;
import fr.inclusion.orientation.support.reference.ReferenceEventsConsumer;

@SpringBootApplication
@OrientationService
@Import(ReferenceEventsConsumer.class)
@ConfigurationPropertiesScan
public class NotificationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotificationServiceApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
