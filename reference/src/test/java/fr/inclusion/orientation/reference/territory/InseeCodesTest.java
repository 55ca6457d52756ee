package fr.inclusion.orientation.reference.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InseeCodesTest {

    @ParameterizedTest
    @CsvSource({
            "55427, 55",
            "01053, 01",
            "95500, 95",
            "2A004, 2A",
            "2B033, 2B",
            "2a004, 2A",
            "97411, 974",
            "97101, 971",
            "97611, 976",
            "98735, 987",
            "98818, 988"})
    void departementOfACommuneCode(String inseeCode, String departement) {
        assertThat(InseeCodes.departementOf(inseeCode)).isEqualTo(departement);
        assertThat(InseeCodes.isCommuneCode(inseeCode)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"554", "5542", "554270", "20000", "20200", "00123", "96001", "97011", "98000",
            "2C004", "2A04X", "55 42", " 55427", "ABCDE"})
    void notACommuneCodeHasNoDepartement(String code) {
        assertThat(InseeCodes.isCommuneCode(code)).isFalse();
        assertThat(InseeCodes.departementOf(code)).isNull();
        assertThatThrownBy(() -> InseeCodes.requireCommuneCode(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void postalCodesOfCorsicaAreNotTakenForCommuneCodes() {
        assertThat(InseeCodes.departementOf("20000")).isNull();
        assertThat(InseeCodes.departementOf("20090")).isNull();
    }

    @Test
    void requireCommuneCodeAnswersInUpperCase() {
        assertThat(InseeCodes.requireCommuneCode("2b033")).isEqualTo("2B033");
        assertThat(InseeCodes.requireCommuneCode("55427")).isEqualTo("55427");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "55", "95", "2A", "2B", "2a", "971", "974", "976", "987"})
    void departementCodes(String code) {
        assertThat(InseeCodes.isDepartementCode(code)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"00", "20", "96", "97", "970", "980", "5", "055", "2C"})
    void notDepartementCodes(String code) {
        assertThat(InseeCodes.isDepartementCode(code)).isFalse();
        assertThatThrownBy(() -> InseeCodes.requireDepartementCode(code))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
