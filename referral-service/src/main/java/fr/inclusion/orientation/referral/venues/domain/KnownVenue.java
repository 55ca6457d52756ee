package fr.inclusion.orientation.referral.venues.domain;

import java.util.List;

/**
 * A venue as referral-service knows it from venue events: enough to decide whether it can receive a referral and
 * when its answer is due.
 *
 * @param services     values of the national standard's {@code services} enumeration the venue declares
 * @param intakePaused the venue takes no new referral for now
 * @param active       false once the venue left the directory
 * @param version      version of the venue event this state comes from
 * @param weeklyCapacity referrals a week the venue says it can take, {@code null} when it did not say
 * @param answerDelayDays working days the venue commits to answer a referral within (its service level),
 *                        {@code null} when it did not say and the network's default applies
 */
public record KnownVenue(String id, String name, String codeInsee, List<String> services, boolean intakePaused,
        boolean active, long version, Integer weeklyCapacity, Integer answerDelayDays) {

    public KnownVenue {
        services = services == null ? List.of() : List.copyOf(services);
    }

    public boolean offers(String need) {
        return services.contains(need);
    }
}
