package fr.inclusion.orientation.support.store;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The MongoDB driver's time limits, set below the gateway's (its time limiter gives a call 10 s, see the gateway's
 * {@code resilience4j.timelimiter}), so that with the store down a request fails in a few seconds with a 503 problem
 * instead of waiting for the driver's defaults (30 s to select a server, 2 min for a pooled connection, no read
 * timeout) and being cut by the gateway or hanging. Worst case of one operation with the store gone: a read retried
 * once after a lost connection, {@code read-timeout} + {@code server-selection-timeout} = 7 s.
 *
 * <p>Keys (durations): {@code orientation.store.server-selection-timeout} (2s), {@code connect-timeout} (2s),
 * {@code read-timeout} (5s: the longest a single query or write may take), {@code pool-wait-timeout} (2s). They win
 * over the same options in the connection string.
 */
@Configuration(proxyBeanMethods = false)
public class StoreClientSettings {

    @Bean
    MongoClientSettingsBuilderCustomizer storeTimeouts(
            @Value("${orientation.store.server-selection-timeout:2s}") Duration serverSelection,
            @Value("${orientation.store.connect-timeout:2s}") Duration connect,
            @Value("${orientation.store.read-timeout:5s}") Duration read,
            @Value("${orientation.store.pool-wait-timeout:2s}") Duration poolWait) {
        return new Timeouts(serverSelection, connect, read, poolWait);
    }

    /** Runs after Boot's customizer, which applies the connection string. */
    record Timeouts(Duration serverSelection, Duration connect, Duration read, Duration poolWait)
            implements MongoClientSettingsBuilderCustomizer, Ordered {

        @Override
        public void customize(com.mongodb.MongoClientSettings.Builder settings) {
            settings.applyToClusterSettings(
                            cluster -> cluster.serverSelectionTimeout(serverSelection.toMillis(), TimeUnit.MILLISECONDS))
                    .applyToSocketSettings(socket -> socket
                            .connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
                            .readTimeout(read.toMillis(), TimeUnit.MILLISECONDS))
                    .applyToConnectionPoolSettings(
                            pool -> pool.maxWaitTime(poolWait.toMillis(), TimeUnit.MILLISECONDS));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
