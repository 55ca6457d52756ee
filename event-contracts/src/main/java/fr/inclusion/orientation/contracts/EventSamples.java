package fr.inclusion.orientation.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.inclusion.orientation.contracts.reference.ReferenceEvent;
import fr.inclusion.orientation.contracts.referral.ReferralEvent;
import fr.inclusion.orientation.contracts.venue.VenueEvent;

/**
 * The sample message and JSON Schema of every event type, shipped on the classpath under {@code contracts/}, so
 * that each consumer can prove in its own tests that it reads every message of the streams it consumes.
 */
public final class EventSamples {

    private EventSamples() {
    }

    /** Wire types of a stream, from the sealed interface's permitted records. */
    public static List<String> typesOf(Class<? extends DomainEvent> stream) {
        @SuppressWarnings("unchecked")
        List<String> types = java.util.Arrays.stream(stream.getPermittedSubclasses())
                .map(c -> EventCodec.typeOf((Class<? extends DomainEvent>) c))
                .toList();
        return types;
    }

    /** Sample message per wire type of a stream. */
    public static Map<String, String> samplesOf(Class<? extends DomainEvent> stream) {
        Map<String, String> samples = new LinkedHashMap<>();
        for (String type : typesOf(stream)) {
            samples.put(type, sample(type));
        }
        return samples;
    }

    public static String sample(String type) {
        return resource("contracts/samples/" + type + ".json");
    }

    public static String schema(String type) {
        return resource("contracts/schemas/" + type + ".schema.json");
    }

    /** Every stream this module defines. */
    public static List<Class<? extends DomainEvent>> streams() {
        return List.of(VenueEvent.class, ReferralEvent.class, ReferenceEvent.class);
    }

    private static String resource(String path) {
        try (InputStream in = EventSamples.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing contract resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
