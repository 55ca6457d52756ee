package fr.inclusion.orientation.referral.lifecycle.domain;

/** The referral cannot go from its current status to the requested one (e.g. accept after cancellation). */
public class IllegalTransition extends ReferralException {

    private final ReferralStatus from;
    private final ReferralStatus to;

    public IllegalTransition(ReferralStatus from, ReferralStatus to) {
        super("Impossible de passer l'orientation de « " + from.code() + " » à « " + to.code() + " ».");
        this.from = from;
        this.to = to;
    }

    public IllegalTransition(ReferralStatus from, ReferralStatus to, String frenchMessage) {
        super(frenchMessage);
        this.from = from;
        this.to = to;
    }

    public ReferralStatus from() {
        return from;
    }

    public ReferralStatus to() {
        return to;
    }
}
