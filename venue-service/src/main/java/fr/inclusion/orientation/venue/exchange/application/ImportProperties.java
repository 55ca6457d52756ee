package fr.inclusion.orientation.venue.exchange.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code orientation.import.*}: limits and pace of venue imports.
 *
 * @param maxSize        largest file accepted (request body or multipart part); larger → 413
 * @param threads        imports running at the same time
 * @param queueCapacity  imports waiting for a thread; beyond, new imports are refused with 503
 * @param batchSize      records read from the store and written together, and between two progress updates
 * @param maxRejections  rejections kept per job (a file of garbage must not make a huge job document)
 */
@ConfigurationProperties("orientation.import")
public record ImportProperties(
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue("2") int threads,
        @DefaultValue("8") int queueCapacity,
        @DefaultValue("500") int batchSize,
        @DefaultValue("10000") int maxRejections) {

    /** "10 Mo", "512 Ko": the limit as a French reader expects it. */
    public String maxSizeText() {
        long bytes = maxSize.toBytes();
        if (bytes >= DataSize.ofMegabytes(1).toBytes() && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return maxSize.toMegabytes() + " Mo";
        }
        if (bytes >= DataSize.ofKilobytes(1).toBytes() && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return maxSize.toKilobytes() + " Ko";
        }
        return bytes + " octets";
    }
}
