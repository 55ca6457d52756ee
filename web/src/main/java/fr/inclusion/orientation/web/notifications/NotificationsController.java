package fr.inclusion.orientation.web.notifications;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

import fr.inclusion.orientation.web.api.PageNumber;
import fr.inclusion.orientation.support.page.Page;
import fr.inclusion.orientation.web.notifications.NotificationsApi.Notification;

/**
 * {@code /notifications}: the inbox, newest first, 20 a page, unread ones marked; each links to its referral's
 * page. « Marquer comme lue » and « Tout marquer comme lu » are plain forms answered by 303 back to the list, so
 * the page works without JavaScript; with it, the list and the bell refresh when the service's stream announces a
 * notification. {@code /notifications/compteur} is the bell's counter, an htmx partial.
 */
@Controller
@RequestMapping("/notifications")
class NotificationsController {

    static final int PAGE_SIZE = 20;
    /** « Tout marquer comme lu » marks at most this many pages of {@link NotificationsApi#MAX_PAGE_SIZE}. */
    static final int MARK_ALL_ROUNDS = 10;
    /** Beyond this the bell shows « 99+ ». */
    static final int COUNTER_MAX = 99;

    private final NotificationsApi api;
    private final Clock clock;

    NotificationsController(NotificationsApi api, ObjectProvider<Clock> clock) {
        this.api = api;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** A notification as the list shows it; {@code anchor} is its element id, made of safe characters only. */
    record Line(String id, String anchor, String referralId, String title, String body, boolean unread,
            String when, String datetime) {

        static Line of(Notification n, Clock clock) {
            return new Line(n.id(), NotificationsController.anchor(n.id()), n.referralId(), n.title(), n.body(), !n.read(),
                    FrenchTimes.describe(n.createdAt(), clock),
                    n.createdAt() == null ? null : n.createdAt().toString());
        }
    }

    @GetMapping
    String list(@RequestParam(name = "page", required = false) String pageParam,
            @RequestParam(name = "lues", required = false) String allMarked,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
            Model model, HttpServletResponse response) {
        int page = PageNumber.of(pageParam);
        Instant renderedAt = clock.instant();
        Page<Notification> inbox = api.inbox(false, page, PAGE_SIZE);
        long unread = api.unreadCount();
        long pages = Math.max(1, (inbox.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("notifications", inbox.items().stream().map(n -> Line.of(n, clock)).toList());
        model.addAttribute("total", inbox.total());
        model.addAttribute("unread", unread);
        model.addAttribute("unreadText", unreadText(unread));
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("hasPrevious", page > 0);
        model.addAttribute("hasNext", page + 1 < pages);
        model.addAttribute("renderedAt", renderedAt.toString());
        model.addAttribute("allMarked", allMarked != null);
        response.setHeader(HttpHeaders.VARY, "HX-Request");
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        // the live refresh (htmx, on the stream's event) takes the list and the announcement only
        return "true".equals(htmx) && historyRestore == null ? "notifications/live" : "notifications/list";
    }

    @GetMapping("/compteur")
    String counter(Model model, HttpServletResponse response) {
        long unread = api.unreadCount();
        boolean many = unread > COUNTER_MAX;
        model.addAttribute("count", unread == 0 ? "" : many ? COUNTER_MAX + "+" : String.valueOf(unread));
        model.addAttribute("countText", unread == 0 ? ""
                : many ? "plus de " + COUNTER_MAX + " non lues" : unread + (unread == 1 ? " non lue" : " non lues"));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return "notifications/counter :: count";
    }

    @PostMapping("/{id}/lue")
    ResponseEntity<Void> markRead(@PathVariable String id,
            @RequestParam(name = "page", required = false) String pageParam) {
        api.markRead(id);
        return seeOther(listUri(PageNumber.of(pageParam)).fragment(anchor(id)).build().toUri());
    }

    /**
     * Marks read what had arrived when the list was shown ({@code jusqua}, the time it was drawn): a notification
     * arriving in between stays unread. The inbox has no bulk action: unread pages are marked one by one.
     */
    @PostMapping("/tout-lu")
    ResponseEntity<Void> markAllRead(@RequestParam(name = "jusqua", required = false) String until) {
        Instant cutoff = instant(until);
        for (int round = 0; round < MARK_ALL_ROUNDS; round++) {
            List<Notification> unread = api.inbox(true, 0, NotificationsApi.MAX_PAGE_SIZE).items();
            List<Notification> seen = unread.stream()
                    .filter(n -> n.createdAt() == null || !n.createdAt().isAfter(cutoff))
                    .toList();
            seen.forEach(n -> api.markRead(n.id()));
            if (seen.isEmpty() || unread.size() < NotificationsApi.MAX_PAGE_SIZE) {
                break;
            }
        }
        return seeOther(listUri(0).queryParam("lues").build().toUri());
    }

    private Instant instant(String value) {
        Instant now = clock.instant();
        if (value == null || value.isBlank()) {
            return now;
        }
        try {
            Instant given = Instant.parse(value.strip());
            return given.isAfter(now) ? now : given;
        } catch (DateTimeParseException e) {
            return now;
        }
    }

    private static UriComponentsBuilder listUri(int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/notifications");
        return page > 0 ? uri.queryParam("page", page) : uri;
    }

    private static ResponseEntity<Void> seeOther(URI location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(location).build();
    }

    static String anchor(String id) {
        return "notification-" + id.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    static String unreadText(long unread) {
        if (unread == 0) {
            return "Aucune notification non lue.";
        }
        return unread == 1 ? "1 notification non lue." : unread + " notifications non lues.";
    }
}
