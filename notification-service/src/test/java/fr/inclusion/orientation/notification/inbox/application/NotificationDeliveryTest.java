package fr.inclusion.orientation.notification.inbox.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.contracts.referral.ReferralAccepted;
import fr.inclusion.orientation.contracts.referral.ReferralSent;
import fr.inclusion.orientation.notification.inbox.InMemoryPorts;
import fr.inclusion.orientation.notification.inbox.domain.Audience;
import fr.inclusion.orientation.notification.inbox.domain.Notification;
import fr.inclusion.orientation.notification.inbox.domain.NotificationNotFoundException;
import fr.inclusion.orientation.notification.inbox.domain.Recipient;
import fr.inclusion.orientation.notification.outbound.Contact;

class NotificationDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    private final InMemoryPorts.Service service = new InMemoryPorts.Service();
    private final InMemoryPorts.Inboxes inboxes = service.inboxes;
    private final InMemoryPorts.Feed feed = service.feed;
    private final NotificationDelivery delivery = service.delivery;
    private final InboxReading reading = new InboxReading(inboxes, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void redeliveredEventIsStoredAndPushedOnce() {
        ReferralSent sent = sent("r-1", "venue-a", "secretary-1");

        delivery.deliver(sent);
        delivery.deliver(sent);

        assertThat(inboxes.all()).hasSize(1);
        assertThat(feed.pushed()).hasSize(1);
    }

    @Test
    void acceptanceUsesTheRoutingRememberedFromTheSentEvent() {
        delivery.deliver(sent("r-2", "venue-a", "secretary-2"));
        delivery.deliver(new ReferralAccepted(UUID.randomUUID(), NOW, "r-2", 2, "venue-a",
                "Aide aux démarches administratives", "55427", "staff-1"));

        assertThat(feed.pushed()).extracting(Notification::audience)
                .containsExactly(Audience.venue("venue-a"), Audience.user("secretary-2"));
    }

    @Test
    void failingOutboundNeverLosesTheInboxEntryAndTheRetryFinishesTheJob() {
        service.directory.staff("venue-f", new Contact("staff-f", "Lou", "lou@down.example", null));
        service.dispatch.failFor("lou@down.example");
        ReferralSent sent = sent("r-f", "venue-f", "secretary-f");

        assertThatThrownBy(() -> delivery.deliver(sent)).as("the record is retried")
                .isInstanceOf(IllegalStateException.class);

        assertThat(inboxes.all()).as("stored before anything is sent").singleElement()
                .satisfies(n -> assertThat(n.referralId()).isEqualTo("r-f"));
        assertThat(feed.pushed()).hasSize(1);

        service.dispatch.heal("lou@down.example");
        delivery.deliver(sent);

        assertThat(inboxes.all()).hasSize(1);
        assertThat(feed.pushed()).as("not pushed twice").hasSize(1);
        assertThat(service.dispatch.storedTo("lou@down.example")).singleElement()
                .satisfies(m -> assertThat(m.id()).isEqualTo(sent.eventId() + ":staff-f:EMAIL"));
    }

    @Test
    void markingReadKeepsTheFirstReadingTimeAndStaysInTheInbox() {
        delivery.deliver(sent("r-3", "venue-b", "secretary-3"));
        Recipient staff = Recipient.venueStaff("staff-b", "venue-b");
        String id = inboxes.all().getFirst().id();

        Notification read = reading.markRead(staff, id);
        Notification readAgain = reading.markRead(staff, id);

        assertThat(read.readAt()).isEqualTo(NOW);
        assertThat(readAgain.readAt()).isEqualTo(NOW);
        assertThat(reading.inbox(staff, true, 0, 20).total()).isZero();
        assertThat(reading.inbox(staff, false, 0, 20).total()).isEqualTo(1);
    }

    @Test
    void nobodyMarksANotificationOutsideTheirInbox() {
        delivery.deliver(sent("r-4", "venue-c", "secretary-4"));
        String id = inboxes.all().getFirst().id();

        assertThatThrownBy(() -> reading.markRead(Recipient.venueStaff("staff-d", "venue-d"), id))
                .isInstanceOf(NotificationNotFoundException.class);
        assertThatThrownBy(() -> reading.markRead(Recipient.user("secretary-4"), id))
                .isInstanceOf(NotificationNotFoundException.class);
        assertThatThrownBy(() -> reading.markRead(Recipient.coordinator("coord", "55"), id))
                .isInstanceOf(NotificationNotFoundException.class);
        assertThat(inboxes.all().getFirst().unread()).isTrue();
    }

    private static ReferralSent sent(String referralId, String venueId, String secretaryId) {
        return new ReferralSent(UUID.randomUUID(), NOW, referralId, 1, venueId, "Aide aux démarches administratives",
                "55427", secretaryId, List.of(), null, null);
    }
}
