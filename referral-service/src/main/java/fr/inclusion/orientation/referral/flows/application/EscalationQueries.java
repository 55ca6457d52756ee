package fr.inclusion.orientation.referral.flows.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import fr.inclusion.orientation.referral.flows.domain.FlowFacts;
import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.security.Caller;

/**
 * Escalations of a territory: referrals that expired unanswered and were escalated to its coordinators. Who may see
 * which territory, and the period, are read exactly as for flows ({@link FlowQueries#scope}); the period is of
 * escalation dates, by default the last 90 days.
 */
@Service
public class EscalationQueries {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private final FlowQueries flows;
    private final FlowFacts facts;
    private final Clock clock;

    public EscalationQueries(FlowQueries flows, FlowFacts facts, Clock clock) {
        this.flows = flows;
        this.facts = facts;
        this.clock = clock;
    }

    /** A page of escalations and the time it was read at (to say how late each one is). */
    public record Result(String territory, int page, int size, FlowFacts.EscalationPage escalations,
            java.time.Instant now) {
    }

    public Result escalations(Caller caller, String territoryParam, String fromParam, String toParam,
            Integer pageParam, Integer sizeParam) {
        List<FieldError> errors = new ArrayList<>();
        FlowQueries.Scope scope = flows.scope(caller, territoryParam, fromParam, toParam, errors);
        int page = pageParam == null ? 0 : pageParam;
        int size = sizeParam == null ? DEFAULT_SIZE : sizeParam;
        if (page < 0) {
            errors.add(new FieldError("page", "Le numéro de page commence à 0."));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new FieldError("size",
                    "La taille de page doit être comprise entre 1 et " + MAX_SIZE + "."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFlowRequestException(errors);
        }
        FlowQueries.Scope checked = scope.checked(caller, flows);
        return new Result(checked.territory().code(), page, size, facts.escalatedIn(checked.territory(),
                checked.fromInstant(), checked.toInstant(), page, size), clock.instant());
    }
}
