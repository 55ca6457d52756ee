package fr.inclusion.orientation.notification.preferences.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.support.problem.FieldError;


class PreferencesTest {

    @Test
    void defaultsFollowTheNetworkRulesAndKeepSmsOff() {
        Preferences defaults = Preferences.defaults("u-1");

        assertThat(defaults.customized()).isFalse();
        assertThat(defaults.of(NotificationKind.REFERRAL_RECEIVED)).isEqualTo(KindSetting.emailNow());
        assertThat(defaults.of(NotificationKind.REFERRAL_REMINDER)).isEqualTo(KindSetting.emailNow());
        assertThat(defaults.of(NotificationKind.REFERRAL_ACCEPTED)).isEqualTo(KindSetting.emailNow());
        assertThat(defaults.of(NotificationKind.REFERRAL_DECLINED)).isEqualTo(KindSetting.emailNow());
        assertThat(defaults.of(NotificationKind.REFERRAL_EXPIRED)).isEqualTo(KindSetting.emailNow());
        assertThat(defaults.of(NotificationKind.REFERRAL_ESCALATED)).isEqualTo(KindSetting.emailDigest());
        assertThat(defaults.of(NotificationKind.REFERRAL_CLOSED)).isEqualTo(KindSetting.inAppOnly());
        assertThat(defaults.of(NotificationKind.REFERRAL_CANCELLED)).isEqualTo(KindSetting.inAppOnly());
        assertThat(Arrays.stream(NotificationKind.values()).map(defaults::of))
                .allSatisfy(s -> assertThat(s.has(PreferredChannel.SMS)).isFalse())
                .allSatisfy(s -> assertThat(s.has(PreferredChannel.IN_APP)).isTrue());
    }

    @Test
    void aChangeKeepsTheKindsItDoesNotName() {
        Map<NotificationKind, KindSetting> changes = PreferenceChange.validate(List.of(
                new PreferenceChange("REFERRAL_ACCEPTED", List.of("in_app", "sms", "email"), "immediate")));

        Preferences changed = Preferences.defaults("u-1").with(changes, Instant.parse("2026-12-01T08:00:00Z"));

        assertThat(changed.customized()).isTrue();
        assertThat(changed.of(NotificationKind.REFERRAL_ACCEPTED).channels())
                .containsExactlyInAnyOrder(PreferredChannel.IN_APP, PreferredChannel.EMAIL, PreferredChannel.SMS);
        assertThat(changed.of(NotificationKind.REFERRAL_DECLINED)).isEqualTo(KindSetting.emailNow());
    }

    @Test
    void inAppCannotBeRemoved() {
        InvalidPreferencesException invalid = catchThrowableOfType(InvalidPreferencesException.class, () -> PreferenceChange.validate(
                List.of(new PreferenceChange("REFERRAL_RECEIVED", List.of("email"), "immediate"))));

        assertThat(invalid.errors()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("kinds[0].channels");
            assertThat(v.message()).contains("in_app").contains("ne peut pas être retirée");
        });
        assertThatThrownBy(() -> new KindSetting(Set.of(PreferredChannel.EMAIL), DeliveryTiming.IMMEDIATE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyBrokenRuleIsListedWithItsField() {
        InvalidPreferencesException invalid = catchThrowableOfType(InvalidPreferencesException.class, () -> PreferenceChange.validate(
                List.of(new PreferenceChange("REFERRAL_TELEPORTED", List.of("in_app"), "immediate"),
                        new PreferenceChange("REFERRAL_RECEIVED", List.of("in_app", "pigeon"), "immediate"),
                        new PreferenceChange("REFERRAL_ACCEPTED", List.of("in_app"), "weekly"),
                        new PreferenceChange("REFERRAL_ESCALATED", List.of("in_app"), "daily_digest"),
                        new PreferenceChange("REFERRAL_CLOSED", List.of("in_app", "email", "sms"), "daily_digest"),
                        new PreferenceChange("REFERRAL_EXPIRED", null, null),
                        new PreferenceChange("REFERRAL_REMINDER", List.of("in_app"), "immediate"),
                        new PreferenceChange("REFERRAL_REMINDER", List.of("in_app"), "immediate"))));

        assertThat(invalid.errors()).extracting(FieldError::field).containsExactly(
                "kinds[0].kind", "kinds[1].channels", "kinds[2].delivery", "kinds[3].delivery", "kinds[4].channels",
                "kinds[5].channels", "kinds[5].delivery", "kinds[7].kind");
        assertThat(invalid.errors().get(0).message()).contains("REFERRAL_TELEPORTED").contains("REFERRAL_RECEIVED");
        assertThat(invalid.errors().get(1).message()).contains("canal inconnu : pigeon");
        assertThat(invalid.errors().get(2).message()).contains("mode d'envoi inconnu : weekly");
        assertThat(invalid.errors().get(3).message()).contains("récapitulatif quotidien est envoyé par courriel");
        assertThat(invalid.errors().get(4).message()).contains("SMS");
        assertThat(invalid.errors().get(7).message()).contains("déjà listé");
    }

    @Test
    void anEmptyChangeIsInvalid() {
        assertThat(catchThrowableOfType(InvalidPreferencesException.class, () -> PreferenceChange.validate(List.of()))
                .errors()).extracting(FieldError::field).containsExactly("kinds");
        assertThat(catchThrowableOfType(InvalidPreferencesException.class, () -> PreferenceChange.validate(null))
                .errors()).extracting(FieldError::field).containsExactly("kinds");
    }
}
