package fr.inclusion.orientation.support.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code orientation.http.*}: the largest request body a service reads. Larger → 413 problem+json, whether the
 * client announced the size ({@code Content-Length}) or sent the body in chunks.
 *
 * @param maxBodySize   any request body (JSON of the API)
 * @param maxImportSize the body of the service's {@link ImportEndpoints} (files sent whole)
 */
@ConfigurationProperties("orientation.http")
public record HttpLimits(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("50MB") DataSize maxImportSize) {

    /** "1 Mo", "512 Ko", "1500 octets": a size as a French reader expects it. */
    public static String french(DataSize size) {
        long bytes = size.toBytes();
        long mega = DataSize.ofMegabytes(1).toBytes();
        long kilo = DataSize.ofKilobytes(1).toBytes();
        if (bytes >= mega && bytes % mega == 0) {
            return bytes / mega + " Mo";
        }
        if (bytes >= kilo && bytes % kilo == 0) {
            return bytes / kilo + " Ko";
        }
        return bytes + " octets";
    }
}
