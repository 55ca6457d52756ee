package fr.inclusion.orientation.referral.lifecycle.application;

/** The resident's commune is not one of the secretary's communes. */
public class CommuneNotServed extends RuntimeException {

    public CommuneNotServed(String communeCode) {
        super("La commune " + communeCode + " ne fait pas partie de vos communes : vous ne pouvez pas orienter "
                + "ses habitants.");
    }
}
