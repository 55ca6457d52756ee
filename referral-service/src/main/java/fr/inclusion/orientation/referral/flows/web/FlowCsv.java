package fr.inclusion.orientation.referral.flows.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.inclusion.orientation.referral.flows.domain.FlowCounts;
import fr.inclusion.orientation.referral.flows.domain.FlowReport;
import fr.inclusion.orientation.referral.flows.domain.StatisticalSecrecy;
import fr.inclusion.orientation.support.csv.SpreadsheetCells;

/**
 * The groups of a report as CSV for French spreadsheets: {@code ;} separator, decimal comma, CRLF, UTF-8 with a
 * byte order mark (added by the controller), French headers; one line per group then a {@code total} line.
 * Statistical secrecy as in JSON: in a breakdown by commune or venue a count from 1 to 4 reads {@code < 5} and the
 * group's rate and delays are left empty when its sent or accepted count is hidden. A cell starting with
 * {@code = + - @} (or a tab or carriage return) is prefixed with {@code '} so that no spreadsheet runs it as a formula.
 */
final class FlowCsv {

    static final char SEPARATOR = ';';

    private FlowCsv() {
    }

    static String of(FlowReport report) {
        boolean secrecy = StatisticalSecrecy.appliesTo(report.groupBy());
        List<String> header = new ArrayList<>(List.of("groupe", "libellé", "envoyées", "acceptées", "refusées",
                "expirées", "annulées", "clôturées", "en attente", "taux d'acceptation",
                "délai médian d'acceptation (h)", "délai p90 d'acceptation (h)"));
        FlowCounts.OUTCOMES.forEach(o -> header.add("issue " + o));
        FlowCounts.DECLINED_REASONS.forEach(r -> header.add("refus " + r));
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        report.groups().forEach(g -> line(csv, row(g.key(), g.label(), g.counts(), secrecy)));
        line(csv, row("total", null, report.totals(), false));
        return csv.toString();
    }

    private static List<String> row(String key, String label, FlowCounts c, boolean secrecy) {
        boolean ratesHidden = secrecy && StatisticalSecrecy.ratesHidden(c);
        List<String> cells = new ArrayList<>(List.of(key, label == null ? "" : label, n(c.sent(), secrecy),
                n(c.accepted(), secrecy), n(c.declined(), secrecy), n(c.expired(), secrecy),
                n(c.cancelled(), secrecy), n(c.closed(), secrecy), n(c.pending(), secrecy),
                ratesHidden ? "" : d(c.acceptanceRate()), ratesHidden ? "" : d(c.medianHoursToAccept()),
                ratesHidden ? "" : d(c.p90HoursToAccept())));
        FlowCounts.OUTCOMES.forEach(o -> cells.add(n(c.outcomes().getOrDefault(o, 0L), secrecy)));
        FlowCounts.DECLINED_REASONS.forEach(r -> cells.add(n(c.declinedReasons().getOrDefault(r, 0L), secrecy)));
        return cells;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(SEPARATOR);
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** Defused against formulas, then quoted (RFC 4180) when it holds the separator, a quote or a line break. */
    static String cell(String value) {
        String text = SpreadsheetCells.neutralised(value);
        if (text.indexOf(SEPARATOR) >= 0 || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String n(long value, boolean secrecy) {
        return secrecy && StatisticalSecrecy.hidden(value) ? StatisticalSecrecy.MASK : Long.toString(value);
    }

    /** Decimal comma, as French spreadsheets read a number in a {@code ;}-separated file. */
    private static String d(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%s", value).replace('.', ',');
    }
}
