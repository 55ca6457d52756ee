package fr.inclusion.orientation.venue;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import fr.inclusion.orientation.support.OrientationService;

/** The directory of lieux d'inclusion numérique: venues in the national standard, published as venue events. */
@SpringBootApplication
@OrientationService
public class VenueServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(VenueServiceApplication.class, args);
    }

    /** Event and change timestamps come from one clock so that tests and [B]'s opening-hours logic can agree. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
