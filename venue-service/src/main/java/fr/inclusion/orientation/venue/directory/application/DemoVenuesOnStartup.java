package fr.inclusion.orientation.venue.directory.application;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** Loads the demo venues at start when {@code orientation.demo-data.enabled} is true (the standalone default). */
@Component
@ConditionalOnBooleanProperty("orientation.demo-data.enabled")
class DemoVenuesOnStartup implements ApplicationRunner {

    private final DemoVenues demoVenues;

    DemoVenuesOnStartup(DemoVenues demoVenues) {
        this.demoVenues = demoVenues;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoVenues.load();
    }
}
