package fr.inclusion.orientation.referral.flows.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.inclusion.orientation.referral.flows.domain.FlowCounts;
import fr.inclusion.orientation.referral.flows.domain.FlowReport;

/**
 * The groups of a report as CSV (RFC 4180, comma, UTF-8, French headers), one line per group then a {@code total}
 * line. Decimals use a dot so that spreadsheets and scripts read the same number.
 */
final class FlowCsv {

    private FlowCsv() {
    }

    static String of(FlowReport report) {
        List<String> header = new ArrayList<>(List.of("groupe", "libellé", "envoyées", "acceptées", "refusées",
                "expirées", "annulées", "clôturées", "en attente", "taux d'acceptation",
                "délai médian d'acceptation (h)", "délai p90 d'acceptation (h)"));
        FlowCounts.OUTCOMES.forEach(o -> header.add("issue " + o));
        FlowCounts.DECLINED_REASONS.forEach(r -> header.add("refus " + r));
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        report.groups().forEach(g -> line(csv, row(g.key(), g.label(), g.counts())));
        line(csv, row("total", null, report.totals()));
        return csv.toString();
    }

    private static List<String> row(String key, String label, FlowCounts c) {
        List<String> cells = new ArrayList<>(List.of(key, label == null ? "" : label, n(c.sent()), n(c.accepted()),
                n(c.declined()), n(c.expired()), n(c.cancelled()), n(c.closed()), n(c.pending()),
                d(c.acceptanceRate()), d(c.medianHoursToAccept()), d(c.p90HoursToAccept())));
        FlowCounts.OUTCOMES.forEach(o -> cells.add(n(c.outcomes().getOrDefault(o, 0L))));
        FlowCounts.DECLINED_REASONS.forEach(r -> cells.add(n(c.declinedReasons().getOrDefault(r, 0L))));
        return cells;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String quoted(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    private static String n(long value) {
        return Long.toString(value);
    }

    private static String d(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%s", value);
    }
}
