package fr.inclusion.orientation.venue.exchange.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orientation.import.*}: limits and pace of venue imports. The largest file is the service's
 * {@code orientation.http.max-import-size} (see {@code VenueEndpointRoles}).
 *
 * @param threads        imports running at the same time
 * @param queueCapacity  imports waiting for a thread; beyond, new imports are refused with 503
 * @param batchSize      records read from the store and written together, and between two progress updates
 * @param maxRejections  rejections kept per job (a file of garbage must not make a huge job document)
 */
@ConfigurationProperties("orientation.import")
public record ImportProperties(
        @DefaultValue("2") int threads,
        @DefaultValue("8") int queueCapacity,
        @DefaultValue("500") int batchSize,
        @DefaultValue("10000") int maxRejections) {
}
