package fr.inclusion.orientation.web.notifications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

import fr.inclusion.orientation.web.api.ApiProblemException;
import fr.inclusion.orientation.web.notifications.NotificationsApi.KindPreference;
import fr.inclusion.orientation.web.notifications.NotificationsApi.KindUpdate;
import fr.inclusion.orientation.web.notifications.NotificationsApi.Preferences;
import fr.inclusion.orientation.web.notifications.NotificationsApi.PreferencesUpdate;

/**
 * The preferences form: one group per kind of notification that concerns the person, with e-mail and SMS
 * checkboxes (in-app is always on) and the delivery, at once or in the daily digest. In the request: {@code kind}
 * lists the kinds shown, {@code email} and {@code sms} the kinds whose box is ticked, {@code delivery-<KIND>} the
 * delivery of each. The rules (a digest is an e-mail, without SMS) are the service's: its field errors
 * ({@code kinds[2].delivery}) come back here next to the controls they name.
 */
final class PreferencesForm {

    static final String IN_APP = "in_app";
    static final String EMAIL = "email";
    static final String SMS = "sms";
    static final String IMMEDIATE = "immediate";
    static final String DAILY_DIGEST = "daily_digest";

    private static final Pattern KIND_FIELD = Pattern.compile("kinds\\[(\\d+)](?:\\.(\\w+))?");

    /** One kind's group of controls and, after a refused save, the messages next to its two fieldsets. */
    record Row(String kind, String label, boolean email, boolean sms, String delivery, String channelsError,
            String deliveryError) {

        public boolean digest() {
            return DAILY_DIGEST.equals(delivery);
        }

        /** The start of the element ids of this group's controls ({@code pref-referral-received}). */
        public String idPrefix() {
            return "pref-" + kind.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        }

        List<String> channels() {
            List<String> channels = new ArrayList<>(List.of(IN_APP));
            if (email) {
                channels.add(EMAIL);
            }
            if (sms) {
                channels.add(SMS);
            }
            return channels;
        }

        Row withErrors(String channels, String delivery) {
            return new Row(kind, label, email, sms, this.delivery, channels, delivery);
        }
    }

    /** An error of the summary at the top, and the control it leads to. */
    record SummaryError(String message, String target) {
    }

    private final List<Row> rows;
    private final List<SummaryError> errors;

    private PreferencesForm(List<Row> rows, List<SummaryError> errors) {
        this.rows = List.copyOf(rows);
        this.errors = List.copyOf(errors);
    }

    /** Public, like the methods of {@link Row}: the template reads them. */
    public List<Row> rows() {
        return rows;
    }

    public List<SummaryError> errors() {
        return errors;
    }

    /** The person's current settings, for the kinds that concern their roles. */
    static PreferencesForm of(Preferences preferences) {
        return new PreferencesForm(preferences.kinds().stream()
                .filter(KindPreference::concernsYou)
                .map(k -> new Row(k.kind(), k.label(), k.channels().contains(EMAIL), k.channels().contains(SMS),
                        k.delivery(), null, null))
                .toList(), List.of());
    }

    /** What was submitted, for the kinds the form listed; {@code labels} name them (by kind) when it is shown again. */
    static PreferencesForm submitted(MultiValueMap<String, String> form, Map<String, String> labels) {
        Set<String> kinds = new LinkedHashSet<>(values(form, "kind"));
        List<String> email = values(form, EMAIL);
        List<String> sms = values(form, SMS);
        List<Row> rows = new ArrayList<>();
        for (String kind : kinds) {
            if (kind.isBlank()) {
                continue;
            }
            String delivery = form.getFirst("delivery-" + kind);
            rows.add(new Row(kind, labels.getOrDefault(kind, kind), email.contains(kind), sms.contains(kind),
                    delivery == null ? "" : delivery, null, null));
        }
        return new PreferencesForm(rows, List.of());
    }

    PreferencesUpdate update() {
        return new PreferencesUpdate(rows.stream()
                .map(row -> new KindUpdate(row.kind(), row.channels(), row.delivery()))
                .toList());
    }

    /**
     * This form with the service's refusal placed: {@code kinds[i].channels} and {@code kinds[i].delivery} next to
     * the i-th kind's fieldsets (the i-th of {@link #update()}), anything else at the top only.
     */
    PreferencesForm refusedBy(ApiProblemException problem) {
        Map<Integer, String> channels = new LinkedHashMap<>();
        Map<Integer, String> deliveries = new LinkedHashMap<>();
        List<SummaryError> general = new ArrayList<>();
        problem.byField().forEach((field, message) -> {
            Matcher matcher = KIND_FIELD.matcher(field);
            int index = matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
            String part = matcher.matches() ? matcher.group(2) : null;
            if (index >= 0 && index < rows.size() && "channels".equals(part)) {
                channels.putIfAbsent(index, channelsMessage(rows.get(index), message));
            } else if (index >= 0 && index < rows.size() && "delivery".equals(part)) {
                deliveries.putIfAbsent(index, deliveryMessage(rows.get(index), message));
            } else {
                general.add(new SummaryError(message, null));
            }
        });
        List<Row> placed = new ArrayList<>();
        List<SummaryError> summary = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i).withErrors(channels.get(i), deliveries.get(i));
            placed.add(row);
            if (row.channelsError() != null) {
                summary.add(new SummaryError(row.label() + " : " + row.channelsError(), row.idPrefix() + "-email"));
            }
            if (row.deliveryError() != null) {
                summary.add(new SummaryError(row.label() + " : " + row.deliveryError(),
                        row.idPrefix() + "-immediate"));
            }
        }
        summary.addAll(general);
        if (summary.isEmpty()) {
            summary.add(new SummaryError(problem.detail().isBlank() ? problem.title() : problem.detail(), null));
        }
        return new PreferencesForm(placed, summary);
    }

    /** The service's two rules, in the words of this page's controls; anything else as the service said it. */
    private static String deliveryMessage(Row row, String message) {
        if (row.digest() && !row.email()) {
            return "Le récapitulatif quotidien est envoyé par courriel : cochez « Par courriel » ou choisissez "
                    + "« Dès qu'elle arrive ».";
        }
        return message;
    }

    private static String channelsMessage(Row row, String message) {
        if (row.digest() && row.sms()) {
            return "Le SMS n'est envoyé qu'au moment où la notification arrive : décochez « Par SMS » ou "
                    + "choisissez « Dès qu'elle arrive ».";
        }
        return message;
    }

    private static List<String> values(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : values;
    }
}
