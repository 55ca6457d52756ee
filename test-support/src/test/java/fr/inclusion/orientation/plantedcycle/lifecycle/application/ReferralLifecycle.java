package fr.inclusion.orientation.plantedcycle.lifecycle.application;

import fr.inclusion.orientation.plantedcycle.servicelevel.application.AnswerDeadlines;

/** Planted: the lifecycle schedules a deadline... */
public class ReferralLifecycle {

    private final AnswerDeadlines deadlines = new AnswerDeadlines();

    public String send(String referralId) {
        return deadlines.schedule(referralId);
    }

    public static String status(String referralId) {
        return "sent";
    }
}
