package fr.inclusion.orientation.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The two placeholder syntaxes the deployment is written in: Spring's {@code ${name:default}} in the services'
 * configuration, and Compose's interpolation {@code ${VAR}}, {@code ${VAR:-default}}, {@code ${VAR:?error}} (and the
 * forms without colon), {@code $VAR} and {@code $$} in docker-compose.yml.
 */
final class Placeholders {

    /** An environment variable as services and Compose name them (Spring's own properties are lower case). */
    static final Pattern VARIABLE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** One placeholder read: its name, and what is used when the name is not set (null: nothing, an error). */
    record Read(String name, String defaultValue) {

        boolean hasDefault() {
            return defaultValue != null;
        }
    }

    private Placeholders() {
    }

    /** Every {@code ${name[:default]}} of a Spring configuration text, nested ones in defaults included. */
    static List<Read> spring(String text) {
        List<Read> reads = new ArrayList<>();
        int from = 0;
        while ((from = text.indexOf("${", from)) >= 0) {
            int end = closing(text, from + 2);
            if (end < 0) {
                break;
            }
            String body = text.substring(from + 2, end);
            int colon = topLevelColon(body);
            String name = colon < 0 ? body : body.substring(0, colon);
            reads.add(new Read(name.trim(), colon >= 0 ? body.substring(colon + 1) : null));
            if (colon >= 0) {
                reads.addAll(spring(body.substring(colon + 1)));
            }
            from = end + 1;
        }
        return reads;
    }

    /**
     * Every variable a Compose value interpolates; {@code hasDefault} when Compose substitutes something of its own
     * when it is unset ({@code :-} or {@code -}); {@code :?} and {@code ?} stop with an error instead.
     */
    static List<Read> compose(String value) {
        List<Read> reads = new ArrayList<>();
        int i = 0;
        while ((i = value.indexOf('$', i)) >= 0) {
            if (i + 1 < value.length() && value.charAt(i + 1) == '$') {
                i += 2;
                continue;
            }
            if (i + 1 < value.length() && value.charAt(i + 1) == '{') {
                int end = closing(value, i + 2);
                if (end < 0) {
                    break;
                }
                String body = value.substring(i + 2, end);
                var name = VARIABLE.matcher(body);
                if (name.lookingAt()) {
                    String rest = body.substring(name.end());
                    boolean hasDefault = rest.startsWith(":-") || rest.startsWith("-");
                    String fallback = hasDefault ? rest.substring(rest.startsWith(":-") ? 2 : 1) : null;
                    reads.add(new Read(name.group(), fallback));
                    if (hasDefault) {
                        reads.addAll(compose(fallback));
                    }
                }
                i = end + 1;
            } else {
                var name = VARIABLE.matcher(value).region(i + 1, value.length());
                if (name.lookingAt()) {
                    reads.add(new Read(name.group(), null));
                    i = name.end();
                } else {
                    i++;
                }
            }
        }
        return reads;
    }

    /** The value as Compose would pass it on, each variable's value taken from {@code values}. */
    static String interpolate(String value, Function<String, String> values) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c != '$') {
                out.append(c);
                i++;
            } else if (i + 1 < value.length() && value.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
            } else if (i + 1 < value.length() && value.charAt(i + 1) == '{') {
                int end = closing(value, i + 2);
                String body = value.substring(i + 2, end);
                var name = VARIABLE.matcher(body);
                name.lookingAt();
                String rest = body.substring(name.end());
                String set = values.apply(name.group());
                if (rest.startsWith(":-")) {
                    out.append(set == null || set.isEmpty() ? interpolate(rest.substring(2), values) : set);
                } else if (rest.startsWith("-")) {
                    out.append(set == null ? interpolate(rest.substring(1), values) : set);
                } else {
                    out.append(set == null || set.isEmpty() ? "<" + name.group() + ">" : set);
                }
                i = end + 1;
            } else {
                var name = VARIABLE.matcher(value).region(i + 1, value.length());
                if (name.lookingAt()) {
                    String set = values.apply(name.group());
                    out.append(set == null || set.isEmpty() ? "<" + name.group() + ">" : set);
                    i = name.end();
                } else {
                    out.append(c);
                    i++;
                }
            }
        }
        return out.toString();
    }

    /** The same interpolation with the values of a map. */
    static String interpolate(String value, Map<String, String> values) {
        return interpolate(value, values::get);
    }

    private static int closing(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int topLevelColon(String body) {
        int depth = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ':' && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
