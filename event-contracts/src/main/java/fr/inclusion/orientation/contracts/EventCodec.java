package fr.inclusion.orientation.contracts;

import java.util.Arrays;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes events as JSON. Unknown properties are ignored so that producers may add fields (additive
 * changes only); an unknown {@code type} fails, and the consumer sends the record to its dead-letter topic.
 */
public final class EventCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventCodec() {
    }

    public static byte[] write(DomainEvent event) {
        return MAPPER.writeValueAsBytes(event);
    }

    public static String writeString(DomainEvent event) {
        return MAPPER.writeValueAsString(event);
    }

    public static <T extends DomainEvent> T read(byte[] json, Class<T> stream) {
        return MAPPER.readValue(json, stream);
    }

    public static <T extends DomainEvent> T read(String json, Class<T> stream) {
        return MAPPER.readValue(json, stream);
    }

    /** The wire type of a record class, read from its {@code TYPE} constant. */
    public static String typeOf(Class<? extends DomainEvent> eventClass) {
        return Arrays.stream(eventClass.getDeclaredFields())
                .filter(f -> f.getName().equals("TYPE"))
                .findFirst()
                .map(f -> {
                    try {
                        return (String) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .orElseThrow(() -> new IllegalArgumentException(eventClass + " has no TYPE"));
    }
}
