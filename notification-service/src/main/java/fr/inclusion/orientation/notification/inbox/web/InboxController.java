package fr.inclusion.orientation.notification.inbox.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import fr.inclusion.orientation.notification.inbox.application.InboxReading;
import fr.inclusion.orientation.notification.inbox.domain.Notification;
import fr.inclusion.orientation.notification.inbox.domain.Recipient;
import fr.inclusion.orientation.support.page.Page;
import fr.inclusion.orientation.support.security.Caller;

/** The caller's inbox: {@code GET /api/notifications}, mark read, and the live stream. Any authenticated role. */
@RestController
@RequestMapping("/api/notifications")
class InboxController {

    private final InboxReading inbox;
    private final LiveNotifications live;

    InboxController(InboxReading inbox, LiveNotifications live) {
        this.inbox = inbox;
        this.live = live;
    }

    @GetMapping
    Page<NotificationView> inbox(@AuthenticationPrincipal Jwt jwt,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "doit être positif ou nul") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "doit être compris entre 1 et 100")
            @Max(value = 100, message = "doit être compris entre 1 et 100") int size) {
        Page<Notification> result = inbox.inbox(recipient(jwt), unread, page, size);
        return result.map(NotificationView::of);
    }

    @PostMapping("/{id}/read")
    NotificationView markRead(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return NotificationView.of(inbox.markRead(recipient(jwt), id));
    }

    /**
     * One {@code notification} event per new notification for the caller, {@code id} = notification id. The stream
     * ends when the caller's access token expires; a user has a limited number of streams open (429 beyond).
     */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@AuthenticationPrincipal Jwt jwt) {
        return live.open(recipient(jwt), jwt.getExpiresAt());
    }

    /**
     * Venue staff also read their venue's inbox, coordinators their territory's (the {@code territory} claim: an
     * EPCI SIREN or a département code); everyone reads their own.
     */
    static Recipient recipient(Jwt jwt) {
        Caller caller = Caller.from(jwt);
        String venue = caller.has(Caller.VENUE_STAFF) ? caller.venue().orElse(null) : null;
        String territory = caller.has(Caller.COORDINATOR) ? caller.territory() : null;
        return new Recipient(caller.id(), venue, territory);
    }
}
