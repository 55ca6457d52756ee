package fr.inclusion.orientation.notification.inbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecipientTest {

    @Test
    void venueStaffReadTheirVenueInboxAndTheirOwn() {
        assertThat(Recipient.venueStaff("u-1", "v-1").audiences())
                .containsExactly(Audience.venue("v-1"), Audience.user("u-1"));
    }

    @Test
    void otherPeopleReadOnlyTheirOwnInbox() {
        assertThat(Recipient.user("u-2").audiences()).containsExactly(Audience.user("u-2"));
        assertThat(Recipient.venueStaff("u-3", " ").audiences()).containsExactly(Audience.user("u-3"));
    }

    @Test
    void coordinatorsReadTheirTerritoryInboxAndTheirOwn() {
        assertThat(Recipient.coordinator("u-4", "55").audiences())
                .containsExactly(Audience.territory("55"), Audience.user("u-4"));
        assertThat(Recipient.coordinator("u-5", "245501184").audiences())
                .containsExactly(Audience.territory("245501184"), Audience.user("u-5"));
        assertThat(Recipient.coordinator("u-6", "").audiences()).containsExactly(Audience.user("u-6"));
    }

    @Test
    void audienceIsAVenueAUserOrATerritoryWithAnId() {
        assertThat(Audience.territory("55").value()).isEqualTo("territory:55");
        assertThat(Audience.territory("55").isTerritory()).isTrue();
        assertThat(Audience.territory("55").id()).isEqualTo("55");
        assertThat(Audience.venue("v-1").isVenue()).isTrue();
        assertThat(new Audience("user:u-1").isUser()).isTrue();
        assertThatThrownBy(() -> new Audience("territory:")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Audience.venue("v-1").value()).isEqualTo("venue:v-1");
        assertThat(Audience.user("u-1").value()).isEqualTo("user:u-1");
        assertThatThrownBy(() -> Audience.user("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Audience("territory")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Audience("venue:")).isInstanceOf(IllegalArgumentException.class);
    }
}
