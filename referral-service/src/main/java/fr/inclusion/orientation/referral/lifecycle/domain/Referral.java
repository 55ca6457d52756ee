package fr.inclusion.orientation.referral.lifecycle.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.inclusion.orientation.support.problem.FieldError;

/**
 * Orientation: a resident sent by a mairie secretary to a venue for one need. Every move is checked against
 * {@link ReferralStatus}, appended to the history with its actor and time, and bumps the version by one; repeating
 * the move the referral is already in changes nothing and yields no transition (so no event).
 */
public final class Referral {

    private final String id;
    private final String createdBy;
    private final String idempotencyKey;
    private final String venueId;
    private final String need;
    private final String needOverrideReason;
    private final Resident resident;
    private final List<String> constraints;
    private final String note;
    private final LocalDate deadline;
    private final Consent consent;
    private final Instant createdAt;
    private final String reroutedFrom;
    private final List<Transition> history;
    private final List<Transition> pending = new ArrayList<>();
    private ReferralStatus status;
    private long version;
    // lifecycle details: personal free text (sealed at rest, never in events) and the forward link of a re-routing
    private String declineMessage;
    private String cancelReason;
    private String closingNote;
    private String reroutedTo;
    // only needed for the event of a pending re-routing, so not stored
    private String reroutedToVenueId;
    private Instant dueAt;
    private Instant remindAt;

    private Referral(String id, String createdBy, String idempotencyKey, String venueId, String need,
            String needOverrideReason, Resident resident, List<String> constraints, String note, LocalDate deadline,
            Consent consent, Instant createdAt, String reroutedFrom, ReferralStatus status,
            List<Transition> history, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.createdBy = createdBy;
        this.idempotencyKey = idempotencyKey;
        this.venueId = venueId;
        this.need = need;
        this.needOverrideReason = needOverrideReason;
        this.resident = resident;
        this.constraints = constraints == null ? List.of() : List.copyOf(constraints);
        this.note = note;
        this.deadline = deadline;
        this.consent = consent;
        this.createdAt = createdAt;
        this.reroutedFrom = reroutedFrom;
        this.status = status;
        this.history = new ArrayList<>(history);
        this.version = version;
    }

    /**
     * A secretary sends a resident to a venue: the draft is checked, consent is recorded in her name, and the
     * referral starts in {@link ReferralStatus#SENT} with its first history entry (from nothing to SENT).
     *
     * @throws InvalidReferralException when the draft breaks a rule of {@link ReferralRules}
     */
    public static Referral send(String id, ReferralDraft draft, String secretaryId, String idempotencyKey,
            Instant now) {
        List<FieldError> violations = ReferralRules.check(draft);
        if (!violations.isEmpty()) {
            throw new InvalidReferralException(violations);
        }
        Referral referral = new Referral(id, secretaryId, idempotencyKey, draft.venueId(), draft.need(),
                blankToNull(draft.needOverrideReason()), draft.resident(), draft.constraints(),
                blankToNull(draft.note()), draft.deadline(), new Consent(draft.consentWording(), secretaryId, now),
                now, null, null, List.of(), 0);
        referral.record(new Transition(null, ReferralStatus.SENT, secretaryId, now, null, 1));
        return referral;
    }

    /** Rebuilds a stored referral; nothing is pending. */
    public static Referral restore(String id, String createdBy, String idempotencyKey, String venueId, String need,
            String needOverrideReason, Resident resident, List<String> constraints, String note, LocalDate deadline,
            Consent consent, Instant createdAt, String reroutedFrom, ReferralStatus status,
            List<Transition> history, long version) {
        return new Referral(id, createdBy, idempotencyKey, venueId, need, needOverrideReason, resident, constraints,
                note, deadline, consent, createdAt, reroutedFrom, status, history, version);
    }

    /** The venue accepts the resident. Repeating it is harmless (empty result, no event). */
    public Optional<Transition> accept(String actorId, Instant at) {
        return moveTo(ReferralStatus.ACCEPTED, actorId, at, null);
    }

    /** Actor named in the history of moves nobody made by hand (expiry by the service-level scheduler). */
    public static final String SYSTEM_ACTOR = "system";

    /**
     * Sets when the venue's answer is due and when to remind it (see the servicelevel feature); kept as they were
     * computed at creation, so that a later change of the venue's delay does not move them.
     */
    public Referral answerDue(Instant dueAt, Instant remindAt) {
        this.dueAt = dueAt;
        this.remindAt = remindAt;
        return this;
    }

    /** Nobody answered by the due date: SENT → EXPIRED, by the system. Repeating it is harmless. */
    public Optional<Transition> expire(Instant at) {
        return moveTo(ReferralStatus.EXPIRED, SYSTEM_ACTOR, at, null);
    }

    /** The secretary cancels while the referral is SENT or ACCEPTED. Repeating it is harmless. */
    public Optional<Transition> cancel(String actorId, Instant at, String reason) {
        // the secretary's words may name the resident: sealed like the note, never in the history nor in events
        Optional<Transition> moved = moveTo(ReferralStatus.CANCELLED, actorId, at, null);
        moved.ifPresent(t -> cancelReason = blankToNull(reason));
        return moved;
    }

    /**
     * The venue declines with a coded reason ({@link DeclineReason}) and an optional message for the secretary.
     * Repeating it is harmless: the first reason and message stay.
     */
    public Optional<Transition> decline(String actorId, Instant at, DeclineReason reason, String message) {
        Optional<Transition> moved = moveTo(ReferralStatus.DECLINED, actorId, at, reason.code());
        moved.ifPresent(t -> declineMessage = blankToNull(message));
        return moved;
    }

    /** The venue closes an accepted referral with its outcome and an optional note. Repeating it is harmless. */
    public Optional<Transition> close(String actorId, Instant at, Outcome outcome, String note) {
        Optional<Transition> moved = moveTo(ReferralStatus.CLOSED, actorId, at, outcome.code());
        moved.ifPresent(t -> closingNote = blankToNull(note));
        return moved;
    }

    /**
     * Links this declined or expired referral to the new one replacing it. The status does not change: the history
     * gets an entry from and to the current status with reason {@value #REROUTED}, which is what yields the
     * ReferralRerouted event. Re-routing twice is refused unless it names the same new referral (then nothing).
     *
     * @throws IllegalTransitionException when the referral is neither DECLINED nor EXPIRED, or was already re-routed elsewhere
     */
    public Optional<Transition> markReroutedTo(String newReferralId, String newVenueId, String actorId, Instant at) {
        if (newReferralId.equals(reroutedTo)) {
            return Optional.empty();
        }
        if (reroutedTo != null || (status != ReferralStatus.DECLINED && status != ReferralStatus.EXPIRED)) {
            throw new IllegalTransitionException(status, status, "Seule une orientation refusée ou expirée, et pas encore "
                    + "réorientée, peut être réorientée vers un autre lieu.");
        }
        reroutedTo = newReferralId;
        reroutedToVenueId = newVenueId;
        Transition transition = new Transition(status, status, actorId, at, REROUTED, version + 1);
        record(transition);
        return Optional.of(transition);
    }

    /**
     * The new referral replacing a declined or expired one: same resident, need, constraints, note and consent
     * (the resident agreed to be oriented, not to one venue), sent to another venue by whoever re-routes it.
     * Its idempotency key is derived from the first referral, so only one replacement can ever be stored.
     */
    public static Referral reroutedFrom(Referral first, String newId, String newVenueId, String actorId,
            Instant now) {
        Referral referral = new Referral(newId, first.createdBy, "reroute:" + first.id, newVenueId, first.need,
                first.needOverrideReason, first.resident, first.constraints, first.note, first.deadline,
                first.consent, now, first.id, null, List.of(), 0);
        referral.record(new Transition(null, ReferralStatus.SENT, actorId, now, null, 1));
        return referral;
    }

    /** Reason of the history entry recording a re-routing (a link, not a change of status). */
    public static final String REROUTED = "rerouted";

    /** Sets the stored lifecycle details after {@link #restore}; kept apart so that signature stays stable. */
    public Referral restoreLifecycle(String declineMessage, String closingNote, String reroutedTo) {
        this.declineMessage = declineMessage;
        this.closingNote = closingNote;
        this.reroutedTo = reroutedTo;
        return this;
    }

    /** Venue of the replacement, known only in the request that re-routes (for its event). */
    public String reroutedToVenueId() {
        return reroutedToVenueId;
    }

    /** Sets the secretary's free-text reason of a cancellation, as stored. */
    public Referral restoreCancelReason(String reason) {
        this.cancelReason = reason;
        return this;
    }

    /** Free-text reason the secretary gave when cancelling, personal like the note. */
    public String cancelReason() {
        return cancelReason;
    }

    /** Free-text message of the venue's decline, personal like the note. */
    public String declineMessage() {
        return declineMessage;
    }

    /** Free-text note of the venue when closing, personal like the note. */
    public String closingNote() {
        return closingNote;
    }

    /** Id of the referral replacing this one after a re-routing, if any. */
    public String reroutedTo() {
        return reroutedTo;
    }

    /**
     * The one way a status changes. Further moves (decline, close, expire) are one-line methods calling this.
     *
     * @throws IllegalTransitionException when the lifecycle does not allow the move from the current status
     */
    private Optional<Transition> moveTo(ReferralStatus target, String actorId, Instant at, String reason) {
        if (status == target) {
            return Optional.empty();
        }
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(status, target);
        }
        Transition transition = new Transition(status, target, actorId, at, reason, version + 1);
        record(transition);
        return Optional.of(transition);
    }

    private void record(Transition transition) {
        status = transition.to();
        version = transition.version();
        history.add(transition);
        pending.add(transition);
    }

    /** Whether a retried request with the same idempotency key asks for exactly this referral. */
    public boolean isRequestedBy(ReferralDraft draft) {
        return Objects.equals(venueId, draft.venueId())
                && Objects.equals(need, draft.need())
                && Objects.equals(needOverrideReason, blankToNull(draft.needOverrideReason()))
                && Objects.equals(resident, draft.resident())
                && Objects.equals(constraints, draft.constraints())
                && Objects.equals(note, blankToNull(draft.note()))
                && Objects.equals(deadline, draft.deadline())
                && consent != null && Objects.equals(consent.wordingVersion(), draft.consentWording());
    }

    /** Transitions made since this object was created or restored, oldest first: the events to store with it. */
    public List<Transition> pendingTransitions() {
        return List.copyOf(pending);
    }

    /** The version the store must still hold for the pending changes to apply (optimistic concurrency). */
    public long storedVersion() {
        return version - pending.size();
    }

    public String id() {
        return id;
    }

    public String createdBy() {
        return createdBy;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String venueId() {
        return venueId;
    }

    public String need() {
        return need;
    }

    public String needOverrideReason() {
        return needOverrideReason;
    }

    public Resident resident() {
        return resident;
    }

    /** INSEE code of the resident's commune. */
    public String communeCode() {
        return resident.communeCode();
    }

    public List<String> constraints() {
        return constraints;
    }

    public String note() {
        return note;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public Consent consent() {
        return consent;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Time of the last move. */
    public Instant updatedAt() {
        return history.isEmpty() ? createdAt : history.getLast().at();
    }

    /** Id of the declined or expired referral this one replaces, if any. */
    public String reroutedFrom() {
        return reroutedFrom;
    }

    public ReferralStatus status() {
        return status;
    }

    /** When the venue's answer is due; {@code null} for referrals stored before service levels existed. */
    public Instant dueAt() {
        return dueAt;
    }

    /** When the venue is reminded (half of its answer delay); {@code null} like {@link #dueAt()}. */
    public Instant remindAt() {
        return remindAt;
    }

    public List<Transition> history() {
        return List.copyOf(history);
    }

    public long version() {
        return version;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String toString() {
        return "Referral[id=" + id + ", status=" + status + ", venueId=" + venueId + ", version=" + version + "]";
    }
}
