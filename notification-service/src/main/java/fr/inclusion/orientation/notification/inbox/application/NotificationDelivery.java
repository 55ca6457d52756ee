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
import fr.inclusion.orientation.notification.inbox.domain.ReferralRouting;
import fr.inclusion.orientation.notification.inbox.domain.ReferralRoutings;

/**
 * Puts the notifications of a referral event into the inboxes, then pushes the new ones live. Every step is
 * idempotent (routing upsert, insert-if-absent by deterministic id), so a redelivered event changes nothing and
 * is pushed to nobody a second time.
 */
@Service
public class NotificationDelivery {

    private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

    private final Notifications notifications;
    private final ReferralRoutings routings;
    private final NotificationFeed feed;

    public NotificationDelivery(Notifications notifications, ReferralRoutings routings, NotificationFeed feed) {
        this.notifications = notifications;
        this.routings = routings;
        this.feed = feed;
    }

    public void deliver(ReferralEvent event) {
        if (event instanceof ReferralSent sent) {
            routings.remember(ReferralRouting.of(sent));
        }
        List<Notification> produced = NotificationPolicy.notificationsFor(event, routings);
        for (Notification notification : produced) {
            if (notifications.add(notification)) {
                feed.push(notification);
            } else {
                log.debug("Notification {} already delivered (redelivered event)", notification.id());
            }
        }
        // Ids only: events carry no resident data, and logs must not either.
        log.debug("{} {} of referral {}: {} notification(s)", event.type(), event.eventId(), event.referralId(),
                produced.size());
    }
}
