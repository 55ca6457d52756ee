package fr.inclusion.orientation.plantedcycle.servicelevel.application;

import fr.inclusion.orientation.plantedcycle.lifecycle.application.ReferralLifecycle;

/** Planted: ...and the deadline reads the lifecycle back: the two features form a cycle. */
public class AnswerDeadlines {

    public String schedule(String referralId) {
        return ReferralLifecycle.status(referralId);
    }
}
