package fr.inclusion.orientation.support.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Replaces Spring Boot's MongoDB health indicator, which sends {@code hello}: the standalone store
 * (mongo-java-server) does not know that command, so the service would report DOWN forever. {@code ping} is answered
 * by both it and a real MongoDB.
 */
@Configuration(proxyBeanMethods = false)
public class StoreHealthConfiguration {

    /** Named like Boot's indicator so that Boot's backs off and the component is still called "mongo". */
    @Bean(name = "mongoHealthIndicator")
    HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new AbstractHealthIndicator("MongoDB health check failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                Document answer = mongo.executeCommand(new Document("ping", 1));
                builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ping", answer.get("ok"));
            }
        };
    }
}
