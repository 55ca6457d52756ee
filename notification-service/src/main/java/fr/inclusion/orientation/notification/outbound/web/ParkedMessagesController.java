package fr.inclusion.orientation.notification.outbound.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.inclusion.orientation.notification.outbound.application.OutboundQueue;
import fr.inclusion.orientation.notification.outbound.domain.Delivery;
import fr.inclusion.orientation.support.page.Page;

/**
 * Messages that kept failing ({@code GET /api/outbound/parked}) and their replay once the cause is fixed
 * ({@code POST /api/outbound/parked/{id}/replay}: back to pending with no attempt counted, sent once). Admin only.
 */
@RestController
@RequestMapping("/api/outbound/parked")
class ParkedMessagesController {

    private final OutboundQueue queue;

    ParkedMessagesController(OutboundQueue queue) {
        this.queue = queue;
    }

    @GetMapping
    Page<OutboundMessageView> parked(
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "doit être positif ou nul") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "doit être compris entre 1 et 100")
            @Max(value = 100, message = "doit être compris entre 1 et 100") int size) {
        Page<Delivery> result = queue.parked(page, size);
        return result.map(OutboundMessageView::of);
    }

    @PostMapping("/{id}/replay")
    OutboundMessageView replay(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return OutboundMessageView.of(queue.replay(id, jwt.getSubject()));
    }
}
