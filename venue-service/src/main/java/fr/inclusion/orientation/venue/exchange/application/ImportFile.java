package fr.inclusion.orientation.venue.exchange.application;

import java.nio.charset.Charset;
import java.util.List;

import fr.inclusion.orientation.venue.exchange.domain.StandardRow;

/** A file read into records, ready to be imported; its header (CSV) or shape (JSON) has been checked. */
public record ImportFile(ImportFormat format, List<StandardRow> rows) {

    public ImportFile {
        rows = List.copyOf(rows);
    }

    public static ImportFile read(ImportFormat format, byte[] content, Charset charset) {
        return switch (format) {
            case CSV -> StandardCsv.read(content, charset);
            case JSON -> StandardJson.read(content);
        };
    }
}
