package fr.inclusion.orientation.notification.preferences.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.inclusion.orientation.notification.preferences.domain.NotificationKind;
import fr.inclusion.orientation.notification.preferences.application.PreferenceSettings;
import fr.inclusion.orientation.notification.preferences.domain.KindSetting;
import fr.inclusion.orientation.notification.preferences.domain.PreferenceChange;
import fr.inclusion.orientation.notification.preferences.domain.Preferences;
import fr.inclusion.orientation.notification.preferences.domain.PreferredChannel;
import fr.inclusion.orientation.support.security.Caller;

/**
 * {@code GET|PUT /api/notification-preferences}: the caller's own preferences, any authenticated role. Every kind
 * is listed, with its French label and whether it concerns the caller's roles.
 */
@RestController
@RequestMapping("/api/notification-preferences")
class PreferencesController {

    private final PreferenceSettings settings;

    PreferencesController(PreferenceSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    PreferencesView get(@AuthenticationPrincipal Jwt jwt) {
        Caller caller = Caller.from(jwt);
        return PreferencesView.of(settings.of(caller.id()), caller);
    }

    /** The kinds listed get the settings given; the kinds not listed keep theirs. */
    @PutMapping
    PreferencesView put(@AuthenticationPrincipal Jwt jwt, @RequestBody PreferencesUpdate update) {
        Caller caller = Caller.from(jwt);
        return PreferencesView.of(settings.change(caller.id(), update.kindChanges()), caller);
    }

    /** Body of a PUT: {@code {kinds: [{kind, channels: [in_app, email, sms], delivery: immediate|daily_digest}]}}. */
    record PreferencesUpdate(List<KindUpdate> kinds) {

        List<PreferenceChange> kindChanges() {
            return kinds == null ? null
                    : kinds.stream()
                            .map(k -> k == null ? null : new PreferenceChange(k.kind(), k.channels(), k.delivery()))
                            .toList();
        }
    }

    record KindUpdate(String kind, List<String> channels, String delivery) {
    }

    /**
     * @param customized false while the caller never chose anything (these are the defaults)
     * @param updatedAt  when the caller last changed them, {@code null} if never
     */
    record PreferencesView(List<KindView> kinds, boolean customized, Instant updatedAt) {

        static PreferencesView of(Preferences preferences, Caller caller) {
            List<KindView> kinds = Arrays.stream(NotificationKind.values())
                    .map(kind -> KindView.of(kind, preferences.of(kind), concerns(caller, kind)))
                    .toList();
            return new PreferencesView(kinds, preferences.customized(), preferences.updatedAt());
        }

        /** Each kind has one audience: a venue's staff, the referring secretary, the territory's coordinators. */
        private static boolean concerns(Caller caller, NotificationKind kind) {
            return switch (kind) {
                case REFERRAL_RECEIVED, REFERRAL_CANCELLED, REFERRAL_REMINDER -> caller.has(Caller.VENUE_STAFF);
                case REFERRAL_ACCEPTED, REFERRAL_DECLINED, REFERRAL_CLOSED, REFERRAL_EXPIRED ->
                        caller.has(Caller.SECRETARY);
                case REFERRAL_ESCALATED -> caller.has(Caller.COORDINATOR);
            };
        }
    }

    /**
     * @param label       the kind named in French
     * @param channels    among {@code in_app} (always), {@code email}, {@code sms}
     * @param delivery    {@code immediate} or {@code daily_digest}
     * @param concernsYou whether the caller's roles receive this kind at all
     */
    record KindView(String kind, String label, List<String> channels, String delivery, boolean concernsYou) {

        static KindView of(NotificationKind kind, KindSetting setting, boolean concernsYou) {
            Set<PreferredChannel> channels = setting.channels();
            return new KindView(kind.name(), kind.label(),
                    Arrays.stream(PreferredChannel.values()).filter(channels::contains).map(PreferredChannel::code)
                            .toList(),
                    setting.delivery().code(), concernsYou);
        }
    }
}
