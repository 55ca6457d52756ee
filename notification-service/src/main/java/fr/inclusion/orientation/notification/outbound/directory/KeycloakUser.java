package fr.inclusion.orientation.notification.outbound.directory;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The part of Keycloak's UserRepresentation the directory reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
record KeycloakUser(String id, String username, String firstName, String lastName, String email, Boolean enabled,
        Map<String, List<String>> attributes) {

    boolean active() {
        return !Boolean.FALSE.equals(enabled);
    }

    String attribute(String name) {
        if (attributes == null) {
            return null;
        }
        List<String> values = attributes.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    boolean hasAttribute(String name, String value) {
        if (attributes == null || attributes.get(name) == null) {
            return false;
        }
        return attributes.get(name).stream().anyMatch(value::equalsIgnoreCase);
    }
}
