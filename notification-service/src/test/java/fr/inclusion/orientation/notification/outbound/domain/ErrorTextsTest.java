package fr.inclusion.orientation.notification.outbound.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorTextsTest {

    @Test
    void errorTextsLoseAddressesAndPhoneNumbers() {
        String redacted = ErrorTexts.redact(
                "550 5.1.1 <jeanne.dupont@example.fr>: user unknown; SMS to +33600000000 / 06 00 00 00 00 failed");

        assertThat(redacted).doesNotContain("jeanne", "example.fr", "+33600000000", "06 00 00 00 00")
                .contains("550 5.1.1").contains("[adresse masquée]").contains("[numéro masqué]");
    }

    @Test
    void statusCodesAndShortNumbersStay() {
        assertThat(ErrorTexts.redact("Fournisseur SMS : HTTP 500")).isEqualTo("Fournisseur SMS : HTTP 500");
    }

    @Test
    void idsStayReadable() {
        String id = "3d5fc66e-a214-464a-ae47-60b743b4ab0e:c64cd130-4aba-4d2d-ba2f-123456789012:EMAIL";

        assertThat(ErrorTexts.redact(id)).isEqualTo(id);
        assertThat(ErrorTexts.redact("evt:accueil@mediatheque-revigny.fr:EMAIL")).isEqualTo("evt:[adresse masquée]:EMAIL");
    }

    @Test
    void longTextsAreCut() {
        assertThat(ErrorTexts.redact("x".repeat(1000))).hasSize(301);
    }

    @Test
    void maskedAddressesTellRecipientsApartWithoutRevealingThem() {
        assertThat(ErrorTexts.mask("claire.martin@demo.orientation-numerique.fr"))
                .isEqualTo("c***@demo.orientation-numerique.fr");
        assertThat(ErrorTexts.mask("+33639980001")).isEqualTo("+336******01");
        assertThat(ErrorTexts.mask("123")).isEqualTo("***");
        assertThat(ErrorTexts.mask(null)).isEmpty();
    }
}
