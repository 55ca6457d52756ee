package fr.inclusion.orientation.referral.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static final String K1 = Base64.getEncoder().encodeToString(bytes(1));
    private static final String K2 = Base64.getEncoder().encodeToString(bytes(2));

    @Test
    void sealedValueOpensToThePlaintextAndNamesItsKey() {
        FieldCipher cipher = FieldCipher.fromBase64(Map.of("k1", K1), "k1");

        SealedValue sealed = cipher.seal("Josiane", "r1/resident.firstName");

        assertThat(sealed.keyId()).isEqualTo("k1");
        assertThat(sealed.data()).doesNotContain("Josiane");
        assertThat(new String(Base64.getDecoder().decode(sealed.data()))).doesNotContain("Josiane");
        assertThat(cipher.open(sealed, "r1/resident.firstName")).isEqualTo("Josiane");
    }

    @Test
    void sameValueSealsDifferentlyEachTime() {
        FieldCipher cipher = FieldCipher.fromBase64(Map.of("k1", K1), "k1");

        assertThat(cipher.seal("Josiane", "ctx").data()).isNotEqualTo(cipher.seal("Josiane", "ctx").data());
    }

    @Test
    void valueMovedToAnotherReferralOrFieldDoesNotOpen() {
        FieldCipher cipher = FieldCipher.fromBase64(Map.of("k1", K1), "k1");
        SealedValue sealed = cipher.seal("Josiane", "r1/resident.firstName");

        assertThatThrownBy(() -> cipher.open(sealed, "r2/resident.firstName"))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("Josiane");
    }

    @Test
    void alteredValueDoesNotOpen() {
        FieldCipher cipher = FieldCipher.fromBase64(Map.of("k1", K1), "k1");
        SealedValue sealed = cipher.seal("Josiane", "ctx");
        byte[] raw = Base64.getDecoder().decode(sealed.data());
        raw[raw.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.open(new SealedValue("k1", Base64.getEncoder().encodeToString(raw)), "ctx"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterRotationOldValuesStillOpenAndNewOnesUseTheNewKey() {
        SealedValue old = FieldCipher.fromBase64(Map.of("k1", K1), "k1").seal("Josiane", "ctx");
        FieldCipher rotated = FieldCipher.fromBase64(Map.of("k1", K1, "k2", K2), "k2");

        assertThat(rotated.open(old, "ctx")).isEqualTo("Josiane");
        assertThat(rotated.seal("Josiane", "ctx").keyId()).isEqualTo("k2");
    }

    @Test
    void valueSealedWithARetiredKeyIsReportedWithoutItsContent() {
        SealedValue old = FieldCipher.fromBase64(Map.of("k1", K1), "k1").seal("Josiane", "ctx");
        FieldCipher withoutK1 = FieldCipher.fromBase64(Map.of("k2", K2), "k2");

        assertThatThrownBy(() -> withoutK1.open(old, "ctx")).hasMessageContaining("k1");
    }

    @Test
    void keysMustBe256BitsAndTheActiveOneConfigured() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> FieldCipher.fromBase64(Map.of("k1", shortKey), "k1"))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> FieldCipher.fromBase64(Map.of("k1", K1), "k9")).hasMessageContaining("k9");
        assertThatThrownBy(() -> FieldCipher.fromBase64(Map.of("k1", "not base64!"), "k1"))
                .hasMessageContaining("base64");
    }

    @Test
    void nullStaysNull() {
        FieldCipher cipher = FieldCipher.fromBase64(Map.of("k1", K1), "k1");

        assertThat(cipher.seal(null, "ctx")).isNull();
        assertThat(cipher.open(null, "ctx")).isNull();
    }

    private static byte[] bytes(int seed) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 31 + i);
        }
        return key;
    }
}
