package fr.inclusion.orientation.referral.lifecycle.domain;

import fr.inclusion.orientation.support.problem.ProblemException;

/** The referral cannot go from its current status to the requested one (e.g. accept after cancellation). */
public class IllegalTransitionException extends ProblemException {

    private final ReferralStatus from;
    private final ReferralStatus to;

    public IllegalTransitionException(ReferralStatus from, ReferralStatus to) {
        this(from, to, "Impossible de passer l'orientation de « " + from.code() + " » à « " + to.code() + " ».");
    }

    public IllegalTransitionException(ReferralStatus from, ReferralStatus to, String frenchMessage) {
        super(409, "illegal-transition", "Transition impossible", frenchMessage);
        this.from = from;
        this.to = to;
        property("currentStatus", from.code());
    }

    public ReferralStatus from() {
        return from;
    }

    public ReferralStatus to() {
        return to;
    }
}
