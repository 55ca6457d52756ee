package fr.inclusion.orientation.notification.preferences.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An enum whose code on the wire is its constant's name in lower case. */
public interface WireCode {

    /** The constant's name ({@link Enum#name()}). */
    String name();

    /** The code on the wire: the constant's name in lower case. */
    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} whose code this is; empty for an unknown code. */
    static <E extends Enum<E> & WireCode> Optional<E> ofCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }
}
