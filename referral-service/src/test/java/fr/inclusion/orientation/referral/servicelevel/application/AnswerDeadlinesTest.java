package fr.inclusion.orientation.referral.servicelevel.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.referral.lifecycle.domain.Contact;
import fr.inclusion.orientation.referral.lifecycle.domain.ContactChannel;
import fr.inclusion.orientation.referral.lifecycle.domain.Referral;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralDraft;
import fr.inclusion.orientation.referral.lifecycle.domain.Resident;
import fr.inclusion.orientation.referral.servicelevel.domain.WorkingDays;
import fr.inclusion.orientation.referral.venues.domain.KnownVenue;

class AnswerDeadlinesTest {

    /** Monday 7 December 2026, 09:30 in Paris: no holiday in the next weeks. */
    private static final Instant SENT = LocalDateTime.parse("2026-12-07T09:30").atZone(WorkingDays.PARIS).toInstant();

    private final AnswerDeadlines deadlines = new AnswerDeadlines(3);

    private static KnownVenue venue(String id, Integer answerDelayDays) {
        return new KnownVenue(id, "Lieu", "55427", List.of("Aide aux démarches administratives"), false, true, 1,
                null, answerDelayDays);
    }

    private static Referral sentTo(String venueId) {
        ReferralDraft draft = new ReferralDraft(venueId, "Aide aux démarches administratives", null,
                new Resident("Léa", new Contact(ContactChannel.PHONE, "0612345678"), "55427"), List.of(), null,
                null, true, "v1");
        return Referral.send("r1", draft, "secretary-1", "key-1", SENT);
    }

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingDays.PARIS).toInstant();
    }

    @Test
    void aVenueThatSaidItsDelayHasItsOwn() {
        assertThat(deadlines.delayDaysOf(venue("v", 5))).isEqualTo(5);
        assertThat(deadlines.delayDaysOf(venue("v", 1))).isEqualTo(1);
    }

    @Test
    void aVenueThatDidNotSayOrThatTheReadModelDoesNotKnowHasTheDefault() {
        assertThat(deadlines.delayDaysOf(venue("v", null))).isEqualTo(3);
        assertThat(deadlines.delayDaysOf(null)).isEqualTo(3);
        assertThat(new AnswerDeadlines(4).delayDaysOf(venue("v", null))).as("the configured default").isEqualTo(4);
        assertThat(deadlines.delayDaysOf(venue("v", 0))).as("never a delay of no day").isEqualTo(3);
    }

    @Test
    void theDueDateCountsTheVenuesWorkingDaysFromTheSending() {
        Referral fiveDays = deadlines.schedule(sentTo("slow"), venue("slow", 5));
        Referral byDefault = deadlines.schedule(sentTo("usual"), venue("usual", null));

        assertThat(fiveDays.dueAt()).isEqualTo(paris("2026-12-14T09:30"));
        assertThat(byDefault.dueAt()).isEqualTo(paris("2026-12-10T09:30"));
    }

    @Test
    void theVenueMustBeTheReferrals() {
        assertThatThrownBy(() -> deadlines.schedule(sentTo("one"), venue("another", 5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDefaultBelowOneWorkingDayIsAConfigurationMistake() {
        assertThatThrownBy(() -> new AnswerDeadlines(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
