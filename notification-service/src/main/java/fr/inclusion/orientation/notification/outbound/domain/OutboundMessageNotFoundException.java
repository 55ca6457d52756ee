package fr.inclusion.orientation.notification.outbound.domain;

import fr.inclusion.orientation.support.problem.ProblemException;

/** No stored outbound message has this id. */
public class OutboundMessageNotFoundException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public OutboundMessageNotFoundException(String id) {
        super(404, "outbound-message-not-found", "Message introuvable",
                "Aucun message sortant (e-mail ou SMS) ne porte cet identifiant.");
    }
}
