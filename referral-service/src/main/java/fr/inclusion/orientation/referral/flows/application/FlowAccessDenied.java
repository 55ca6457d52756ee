package fr.inclusion.orientation.referral.flows.application;

/** The caller may not see the flows of this territory; the message is French and shown to the user. */
public class FlowAccessDenied extends RuntimeException {

    public FlowAccessDenied(String message) {
        super(message);
    }
}
