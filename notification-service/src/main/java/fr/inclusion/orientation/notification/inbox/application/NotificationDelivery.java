package fr.inclusion.orientation.notification.inbox.application;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import fr.inclusion.orientation.contracts.referral.ReferralEvent;
import fr.inclusion.orientation.contracts.referral.ReferralSent;
import fr.inclusion.orientation.notification.inbox.domain.Notification;
import fr.inclusion.orientation.notification.inbox.domain.NotificationFeed;
import fr.inclusion.orientation.notification.inbox.domain.NotificationPolicy;
import fr.inclusion.orientation.notification.inbox.domain.Notifications;
import fr.inclusion.orientation.notification.inbox.domain.PlaceNames;
import fr.inclusion.orientation.notification.inbox.domain.ReferralRouting;
import fr.inclusion.orientation.notification.inbox.domain.ReferralRoutings;

/**
 * Puts the notifications of a referral event into the inboxes, pushes the new ones live, then decides what is
 * also sent outside the app. Every step is idempotent (routing upsert, insert-if-absent by deterministic id,
 * outbound messages and digest entries by deterministic id), so a redelivered event changes nothing and is pushed to
 * nobody a second time. The inbox comes first: whatever happens to e-mail or SMS afterwards, the in-app
 * notification is stored; if deciding the outbound part fails, the record is retried, and the retry finds the
 * inbox done and finishes the rest.
 */
@Service
public class NotificationDelivery {

    private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

    private final Notifications notifications;
    private final ReferralRoutings routings;
    private final PlaceNames places;
    private final NotificationFeed feed;
    private final OutboundDecisions outbound;

    public NotificationDelivery(Notifications notifications, ReferralRoutings routings, PlaceNames places,
            NotificationFeed feed, OutboundDecisions outbound) {
        this.notifications = notifications;
        this.routings = routings;
        this.places = places;
        this.feed = feed;
        this.outbound = outbound;
    }

    public void deliver(ReferralEvent event) {
        if (event instanceof ReferralSent sent) {
            routings.remember(ReferralRouting.of(sent));
        }
        List<Notification> produced = NotificationPolicy.notificationsFor(event, routings, places);
        int added = 0;
        for (Notification notification : produced) {
            if (notifications.add(notification)) {
                feed.push(notification);
                added++;
            } else {
                log.debug("Notification {} already delivered (redelivered event)", notification.id());
            }
        }
        if (!produced.isEmpty()) {
            outbound.decide(event, produced);
        }
        // Ids only: events carry no resident data, and logs must not either.
        log.debug("{} {} of referral {}: {} notification(s), {} new", event.type(), event.eventId(),
                event.referralId(), produced.size(), added);
    }
}
