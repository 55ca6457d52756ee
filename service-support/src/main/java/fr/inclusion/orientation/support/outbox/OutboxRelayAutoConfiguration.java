package fr.inclusion.orientation.support.outbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The outbox relay of a service that declares its {@link OutboxSource}, paced by {@link OutboxProperties} and named
 * after the application and its port (see {@link MongoOutboxRelay#instanceName}).
 */
@AutoConfiguration
@ConditionalOnClass({MongoTemplate.class, StreamBridge.class})
@ConditionalOnBean(OutboxSource.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxRelayAutoConfiguration {

    /** Primary: a service may run another relay of its own (a second collection), the writers signal this one. */
    @Bean
    @Primary
    @ConditionalOnMissingBean(name = "outboxRelay")
    MongoOutboxRelay outboxRelay(MongoTemplate mongo, StreamBridge bridge, OutboxSource source,
            OutboxProperties properties, @Value("${spring.application.name}") String application,
            @Value("${server.port:0}") int port) {
        return new MongoOutboxRelay(mongo, bridge, source, properties,
                MongoOutboxRelay.instanceName(application, port));
    }
}
