package fr.inclusion.orientation.referral.flows.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import fr.inclusion.orientation.referral.flows.domain.CoordinatorTerritory;
import fr.inclusion.orientation.referral.flows.domain.FlowFacts;
import fr.inclusion.orientation.referral.flows.domain.FlowReport;
import fr.inclusion.orientation.referral.flows.domain.GroupBy;
import fr.inclusion.orientation.referral.territory.CommuneEpciTable;
import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.security.Caller;

/**
 * Flows for a coordinator (their own territory, or an EPCI within their département) or an admin (any territory).
 * The period is of sending dates, in France's calendar, both ends included; by default the last 90 days.
 */
@Service
public class FlowQueries {

    static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 3660;

    private final FlowFacts facts;
    private final CommuneEpciTable epci;
    private final Clock clock;

    public FlowQueries(FlowFacts facts, CommuneEpciTable epci, Clock clock) {
        this.facts = facts;
        this.epci = epci;
        this.clock = clock;
    }

    public FlowReport report(Caller caller, String territoryParam, String fromParam, String toParam,
            String groupByParam) {
        List<FieldError> errors = new ArrayList<>();
        Scope scope = scope(caller, territoryParam, fromParam, toParam, errors);
        GroupBy groupBy = blank(groupByParam) ? GroupBy.COMMUNE : GroupBy.parse(groupByParam.trim()).orElse(null);
        if (groupBy == null) {
            errors.add(new FieldError("groupBy", "Regroupement inconnu ; valeurs possibles : "
                    + Arrays.stream(GroupBy.values()).map(GroupBy::value).collect(Collectors.joining(", ")) + "."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFlowRequestException(errors);
        }
        Scope checked = scope.checked(caller, this);
        return FlowReport.of(checked.territory().code(), checked.from(), checked.to(), groupBy,
                facts.sentIn(checked.territory(), checked.fromInstant(), checked.toInstant()));
    }

    /**
     * The territory and period a coordinator or an admin asks for, the one home of flows' and escalations' scoping.
     * Before {@link #checked}, the territory is the one requested; the dates are France's calendar, both included.
     */
    record Scope(CoordinatorTerritory territory, LocalDate from, LocalDate to) {

        Instant fromInstant() {
            return from.atStartOfDay(FRANCE).toInstant();
        }

        Instant toInstant() {
            return to.plusDays(1).atStartOfDay(FRANCE).toInstant();
        }

        /** The requested territory as the caller may see it, or {@link FlowAccessDeniedException}. */
        Scope checked(Caller caller, FlowQueries queries) {
            return caller.has(Caller.ADMIN) ? this
                    : new Scope(queries.scoped(caller, territory), from, to);
        }
    }

    /**
     * Reads the territory and period parameters: role and territory claim first (403), then parameter errors added
     * to {@code errors} (400 once the caller's own parameters are all read); the caller checks the errors, then
     * calls {@link Scope#checked}.
     */
    Scope scope(Caller caller, String territoryParam, String fromParam, String toParam,
            List<FieldError> errors) {
        boolean admin = caller.has(Caller.ADMIN);
        if (!admin && !caller.has(Caller.COORDINATOR)) {
            throw new FlowAccessDeniedException("Les flux d'orientations sont réservés aux coordinateurs et administrateurs.");
        }
        String requested = blank(territoryParam) ? caller.territory() : territoryParam.trim();
        Optional<CoordinatorTerritory> territory = Optional.empty();
        if (blank(requested)) {
            if (!admin) {
                throw new FlowAccessDeniedException("Votre compte n'est rattaché à aucun territoire.");
            }
            errors.add(new FieldError("territory",
                    "Territoire obligatoire : code de département (ex. 55) ou SIREN d'EPCI (9 chiffres)."));
        } else {
            territory = CoordinatorTerritory.parse(requested);
            if (territory.isEmpty()) {
                errors.add(new FieldError("territory",
                        "Territoire invalide : code de département (ex. 55) ou SIREN d'EPCI (9 chiffres) attendu."));
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(FRANCE));
        LocalDate to = date("to", toParam, today, errors);
        LocalDate from = date("from", fromParam, to == null ? null : to.minusDays(DEFAULT_DAYS - 1L), errors);
        if (from != null && to != null) {
            if (from.isAfter(to)) {
                errors.add(new FieldError("from",
                        "La date de début doit précéder ou égaler la date de fin."));
            } else if (from.plusDays(MAX_DAYS).isBefore(to)) {
                errors.add(new FieldError("from",
                        "La période ne peut dépasser " + MAX_DAYS + " jours."));
            }
        }
        return new Scope(territory.orElse(null), from, to);
    }

    /** A coordinator sees their territory, or one EPCI of their département (its part within the département). */
    private CoordinatorTerritory scoped(Caller caller, CoordinatorTerritory requested) {
        Optional<CoordinatorTerritory> own = CoordinatorTerritory.parse(caller.territory());
        if (own.isEmpty()) {
            throw new FlowAccessDeniedException("Votre compte n'est rattaché à aucun territoire valide.");
        }
        if (own.get().code().equals(requested.code())) {
            return own.get();
        }
        if (own.get().kind() == CoordinatorTerritory.Kind.DEPARTEMENT
                && requested.kind() == CoordinatorTerritory.Kind.EPCI
                && epci.departementsOf(requested.code()).contains(own.get().code())) {
            return requested.within(own.get().code());
        }
        throw new FlowAccessDeniedException("Ce territoire n'est pas le vôtre : vous ne pouvez consulter que les flux de "
                + own.get().code() + ".");
    }

    private static LocalDate date(String field, String text, LocalDate fallback,
            List<FieldError> errors) {
        if (blank(text)) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Date invalide : format AAAA-MM-JJ attendu."));
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
