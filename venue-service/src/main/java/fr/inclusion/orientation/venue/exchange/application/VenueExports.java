package fr.inclusion.orientation.venue.exchange.application;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import fr.inclusion.orientation.venue.exchange.domain.StandardRecords;
import fr.inclusion.orientation.venue.directory.domain.Venue;
import fr.inclusion.orientation.venue.directory.domain.Venues;

/**
 * The directory in the national standard, streamed venue by venue (the whole directory never sits in memory), in id
 * order so that two exports of the same directory are identical byte for byte. Only the standard's fields: stops
 * and intake state are the network's own.
 */
@Service
public class VenueExports {

    private final Venues venues;

    public VenueExports(Venues venues) {
        this.venues = venues;
    }

    /**
     * @param departement code of a département (55, 2A, 971), or {@code null} for the whole directory
     */
    public void write(ImportFormat format, String departement, OutputStream out) {
        try (Stream<Venue> listed = venues.listedInDepartement(departement)) {
            switch (format) {
                case CSV -> csv(listed.iterator(), out);
                case JSON -> json(listed.iterator(), out);
            }
        }
    }

    private static void csv(Iterator<Venue> listed, OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        StandardCsv.writeHeader(writer);
        while (listed.hasNext()) {
            Venue venue = listed.next();
            StandardCsv.writeRecord(writer, StandardRecords.values(venue.id(), venue.details()));
        }
        flush(writer);
    }

    private static void json(Iterator<Venue> listed, OutputStream out) {
        try {
            out.write('[');
            boolean first = true;
            while (listed.hasNext()) {
                Venue venue = listed.next();
                out.write((first ? "\n" : ",\n").getBytes(StandardCharsets.US_ASCII));
                StandardJson.writeRecord(out, StandardRecords.values(venue.id(), venue.details()));
                first = false;
            }
            out.write("\n]\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flush(Writer writer) {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
