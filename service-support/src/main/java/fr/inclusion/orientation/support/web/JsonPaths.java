package fr.inclusion.orientation.support.web;

import java.util.List;

import tools.jackson.core.JacksonException;

/** Where in a JSON body Jackson stopped, as a problem names the field: {@code stops[1].from}. */
public final class JsonPaths {

    private JsonPaths() {
    }

    /** The path of a reading failure ({@code JacksonException.getPath()}); empty at the root. */
    public static String of(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
