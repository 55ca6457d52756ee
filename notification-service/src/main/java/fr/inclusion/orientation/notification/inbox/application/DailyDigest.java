package fr.inclusion.orientation.notification.inbox.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import fr.inclusion.orientation.notification.inbox.domain.Digest;
import fr.inclusion.orientation.notification.inbox.domain.DigestEntries;
import fr.inclusion.orientation.notification.inbox.domain.DigestEntry;
import fr.inclusion.orientation.notification.inbox.domain.EmailText;
import fr.inclusion.orientation.notification.inbox.domain.Leases;
import fr.inclusion.orientation.notification.outbound.Channel;
import fr.inclusion.orientation.notification.outbound.OutboundDispatch;
import fr.inclusion.orientation.notification.outbound.OutboundMessage;

/**
 * Sends the daily digests: one e-mail per recipient and day, {@code digest:<recipient>:<yyyy-MM-dd>}, listing the
 * entries kept for them before the day began, and nothing to whoever has none. Safe with several instances twice
 * over: a lease lets one instance run at a time, and a second run of the same day (another instance after the lease
 * expired, a restart) finds the same entries under the same id and sends nothing more.
 */
@Service
public class DailyDigest {

    static final String LEASE = "daily-digest";

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final DigestEntries entries;
    private final Leases leases;
    private final OutboundDispatch dispatch;
    private final WebLinks links;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration leaseTtl;
    private final String owner;

    @Autowired
    public DailyDigest(DigestEntries entries, Leases leases, OutboundDispatch dispatch, WebLinks links, Clock clock,
            DigestProperties properties) {
        this(entries, leases, dispatch, links, clock, properties.zone(), properties.lease(),
                "digest-" + UUID.randomUUID());
    }

    public DailyDigest(DigestEntries entries, Leases leases, OutboundDispatch dispatch, WebLinks links, Clock clock,
            ZoneId zone, Duration leaseTtl, String owner) {
        this.entries = entries;
        this.leases = leases;
        this.dispatch = dispatch;
        this.links = links;
        this.clock = clock;
        this.zone = zone;
        this.leaseTtl = leaseTtl;
        this.owner = owner;
    }

    /** What one run did. */
    public record Run(boolean ran, LocalDate day, int sent) {
    }

    /** The scheduled entry point: works only if this instance holds (or takes) the lease. */
    public Run tick() {
        Instant now = clock.instant();
        if (!leases.tryLease(LEASE, owner, now, leaseTtl)) {
            return new Run(false, Digest.dayOf(now, zone), 0);
        }
        return sendToday();
    }

    /** Sends today's digests that were not sent yet, regardless of the lease. */
    public Run sendToday() {
        Instant now = clock.instant();
        LocalDate day = Digest.dayOf(now, zone);
        Instant cutoff = Digest.cutoff(day, zone);
        int sent = 0;
        for (String recipient : entries.recipientsWithPendingBefore(cutoff)) {
            try {
                if (send(recipient, day, cutoff, now)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                // The others still get theirs; this one's entries stay pending for the next run.
                // The exception's class only: a message might quote an address.
                log.warn("Daily digest of {} for one recipient not sent ({}); retried at the next run", day,
                        e.getClass().getName());
            }
        }
        if (sent > 0) {
            log.info("Daily digests of {}: {} sent", day, sent);
        }
        return new Run(true, day, sent);
    }

    private boolean send(String recipient, LocalDate day, Instant cutoff, Instant now) {
        String id = Digest.idOf(recipient, day);
        if (entries.digestSent(id)) {
            return false;
        }
        List<DigestEntry> pending = entries.pendingBefore(recipient, cutoff);
        if (pending.isEmpty()) {
            return false;
        }
        DigestEntry latest = pending.getLast();
        EmailText mail = EmailText.digest(day, latest.displayName(), pending.stream()
                .map(e -> new EmailText.DigestLine(e.notification(), links.to(e.notification())))
                .toList(), links.preferences());
        dispatch.enqueue(new OutboundMessage(id, Channel.EMAIL, latest.email(), mail.subject(), mail.text(),
                mail.html(), null, now));
        entries.markListed(pending.stream().map(DigestEntry::id).toList(), id);
        entries.recordDigest(id, recipient, pending.size(), now);
        return true;
    }
}
