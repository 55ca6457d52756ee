package fr.inclusion.orientation.notification.inbox.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import fr.inclusion.orientation.contracts.referral.ReferralEscalated;
import fr.inclusion.orientation.contracts.referral.ReferralEvent;
import fr.inclusion.orientation.notification.inbox.domain.Audience;
import fr.inclusion.orientation.notification.inbox.domain.DigestEntries;
import fr.inclusion.orientation.notification.inbox.domain.DigestEntry;
import fr.inclusion.orientation.notification.inbox.domain.EmailText;
import fr.inclusion.orientation.notification.inbox.domain.Notification;
import fr.inclusion.orientation.notification.inbox.domain.NotificationPolicy;
import fr.inclusion.orientation.notification.outbound.Channel;
import fr.inclusion.orientation.notification.outbound.Contact;
import fr.inclusion.orientation.notification.outbound.OutboundDispatch;
import fr.inclusion.orientation.notification.outbound.OutboundMessage;
import fr.inclusion.orientation.notification.outbound.PeopleDirectory;
import fr.inclusion.orientation.notification.preferences.application.PreferenceSettings;
import fr.inclusion.orientation.notification.preferences.domain.DeliveryTiming;
import fr.inclusion.orientation.notification.preferences.domain.KindSetting;
import fr.inclusion.orientation.notification.preferences.domain.Preferences;
import fr.inclusion.orientation.notification.preferences.domain.PreferredChannel;
import fr.inclusion.orientation.notification.venues.domain.KnownVenue;
import fr.inclusion.orientation.notification.venues.domain.KnownVenues;

/**
 * Decides, for the notifications of one referral event, who is also told outside the app and how, by each person's
 * preferences: an e-mail and/or SMS at once ({@link OutboundDispatch#enqueue}, which only stores), or an entry kept
 * for their daily digest. The people of an audience come from the directory: the user of a user audience, the staff
 * of a venue, the coordinators of the escalation's territory. A venue whose staff has no e-mail address at all is
 * written to at its own public addresses ({@code courriels}), with the network's default preferences.
 * <p>
 * Every message id is deterministic ({@code <eventId>:<userId or address>:EMAIL|SMS}) and every digest entry too,
 * so deciding again for a redelivered event stores nothing new; this is what lets a redelivery after a failure here
 * finish the job. A person in two audiences of one event (the EPCI's and the département's coordinators) is told
 * once.
 */
@Service
public class OutboundDecisions {

    private static final Logger log = LoggerFactory.getLogger(OutboundDecisions.class);

    private final PeopleDirectory directory;
    private final OutboundDispatch dispatch;
    private final PreferenceSettings preferences;
    private final KnownVenues venues;
    private final DigestEntries digests;
    private final WebLinks links;
    private final Clock clock;

    public OutboundDecisions(PeopleDirectory directory, OutboundDispatch dispatch, PreferenceSettings preferences,
            KnownVenues venues, DigestEntries digests, WebLinks links, Clock clock) {
        this.directory = directory;
        this.dispatch = dispatch;
        this.preferences = preferences;
        this.venues = venues;
        this.digests = digests;
        this.links = links;
        this.clock = clock;
    }

    /** Who is reached, by what: one addressee per person (or venue mailbox) and event. */
    record Addressee(String key, String userId, String displayName, String email, String phone,
            Notification notification) {

        static Addressee of(Contact contact, Notification notification) {
            return new Addressee(contact.userId(), contact.userId(), contact.displayName(), blankToNull(contact.email()),
                    blankToNull(contact.phone()), notification);
        }

        static Addressee mailbox(String address, Notification notification) {
            return new Addressee(address, null, null, address, null, notification);
        }
    }

    public void decide(ReferralEvent event, List<Notification> notifications) {
        Map<String, Addressee> addressees = new LinkedHashMap<>();
        boolean territoryAsked = false;
        for (Notification notification : notifications) {
            if (notification.audience().isTerritory()) {
                // One question to the directory covers both territories of an escalation.
                if (territoryAsked) {
                    continue;
                }
                territoryAsked = true;
            }
            for (Addressee addressee : addresseesOf(event, notification)) {
                if (addressee.key() != null && !addressee.key().isBlank()) {
                    addressees.putIfAbsent(addressee.key(), addressee);
                }
            }
        }
        int immediate = 0;
        int kept = 0;
        Instant now = clock.instant();
        for (Addressee addressee : addressees.values()) {
            Notification notification = addressee.notification();
            KindSetting setting = addressee.userId() == null ? Preferences.defaultFor(notification.kind())
                    : preferences.settingOf(addressee.userId(), notification.kind());
            if (setting.delivery() == DeliveryTiming.DAILY_DIGEST) {
                if (setting.has(PreferredChannel.EMAIL) && addressee.email() != null) {
                    digests.remember(new DigestEntry(DigestEntry.idOf(notification, addressee.key()), addressee.key(),
                            addressee.email(), addressee.displayName(), notification, now));
                    kept++;
                }
                continue;
            }
            if (setting.has(PreferredChannel.EMAIL) && addressee.email() != null) {
                EmailText mail = EmailText.of(notification, addressee.displayName(), links.to(notification),
                        links.preferences());
                dispatch.enqueue(new OutboundMessage(messageId(notification, addressee, Channel.EMAIL),
                        Channel.EMAIL, addressee.email(), mail.subject(), mail.text(), mail.html(),
                        notification.referralId(), now));
                immediate++;
            }
            if (setting.has(PreferredChannel.SMS) && addressee.phone() != null) {
                dispatch.enqueue(new OutboundMessage(messageId(notification, addressee, Channel.SMS), Channel.SMS,
                        addressee.phone(), null, EmailText.sms(notification, links.to(notification)), null,
                        notification.referralId(), now));
                immediate++;
            }
        }
        // Counts and ids only: addresses are personal data of the network's people.
        log.debug("{} {}: {} addressee(s), {} message(s) enqueued, {} kept for digests", event.type(),
                event.eventId(), addressees.size(), immediate, kept);
    }

    /** {@code <eventId>:<userId or address>:<channel>} */
    static String messageId(Notification notification, Addressee addressee, Channel channel) {
        return notification.eventId() + ":" + addressee.key() + ":" + channel.name();
    }

    private List<Addressee> addresseesOf(ReferralEvent event, Notification notification) {
        Audience audience = notification.audience();
        List<Addressee> found = new ArrayList<>();
        if (audience.isUser()) {
            directory.person(audience.id()).ifPresent(c -> found.add(Addressee.of(c, notification)));
        } else if (audience.isVenue()) {
            List<Contact> staff = directory.venueStaff(audience.id());
            staff.forEach(c -> found.add(Addressee.of(c, notification)));
            if (staff.stream().allMatch(c -> blankToNull(c.email()) == null)) {
                venues.byId(audience.id()).map(KnownVenue::courriels).orElse(List.of())
                        .forEach(address -> found.add(Addressee.mailbox(address, notification)));
            }
        } else if (audience.isTerritory() && event instanceof ReferralEscalated escalated) {
            String epci = blankToNull(escalated.epciSiren());
            String departement = NotificationPolicy.territoriesOf(escalated).stream()
                    .filter(code -> !code.equals(epci))
                    .findFirst()
                    .orElse(null);
            directory.coordinators(epci, departement).forEach(c -> found.add(Addressee.of(c, notification)));
        }
        return found;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
