package fr.inclusion.orientation.venue.directory.application;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.core.JacksonException;

/** Where in a JSON body a problem is, written the way the body writes it ({@code stops[0].from}). */
public final class JsonPaths {

    private JsonPaths() {
    }

    /** The path Jackson was reading when it failed. */
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

    /**
     * A Java property path of a record whose components carry {@code @JsonProperty} (as Bean Validation reports
     * it: {@code presentationDetail}, {@code stops[0].from}) in the names the JSON uses ({@code presentation_detail}).
     */
    public static String of(Class<?> root, String javaPath) {
        StringBuilder path = new StringBuilder();
        Class<?> current = root;
        for (String segment : javaPath.split("\\.")) {
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            String index = bracket < 0 ? "" : segment.substring(bracket);
            String jsonName = name;
            Class<?> next = null;
            Field field = current == null ? null : field(current, name);
            if (field != null) {
                JsonProperty property = field.getAnnotation(JsonProperty.class);
                if (property != null && !property.value().isEmpty()) {
                    jsonName = property.value();
                }
                next = elementType(field.getGenericType());
            }
            path.append(path.isEmpty() ? "" : ".").append(jsonName).append(index);
            current = next;
        }
        return path.toString();
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return type instanceof Class<?> plain ? plain : null;
    }
}
