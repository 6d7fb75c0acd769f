package cn.ipcity.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JurisdictionCodesTest {

    @ParameterizedTest
    @CsvSource({"37, 370000", "3710, 371000", "371002, 371002", " 3706 , 370600"})
    void normalizesToSixDigits(String code, String expected) {
        assertThat(JurisdictionCodes.normalize(code)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3", "371", "37100", "3710021", "37a0", "三七"})
    void refusesOtherShapesNamingTheValue(String code) {
        assertThatThrownBy(() -> JurisdictionCodes.normalize(code))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'" + code + "'");
    }

    @Test
    void containmentFollowsTheCodePrefixes() {
        assertThat(JurisdictionCodes.contains("3710", "371002")).isTrue();
        assertThat(JurisdictionCodes.contains("371000", "371071")).isTrue(); // development zone
        assertThat(JurisdictionCodes.contains("37", "370602")).isTrue();
        assertThat(JurisdictionCodes.contains("371002", "371002")).isTrue();
        assertThat(JurisdictionCodes.contains("371002", "3710")).isFalse(); // a district does not contain its city
        assertThat(JurisdictionCodes.contains("3710", "370602")).isFalse();
        assertThat(JurisdictionCodes.contains("3710", "3701")).isFalse();
    }

    @Test
    void significantPrefix() {
        assertThat(JurisdictionCodes.significant("370000")).isEqualTo("37");
        assertThat(JurisdictionCodes.significant("371000")).isEqualTo("3710");
        assertThat(JurisdictionCodes.significant("371002")).isEqualTo("371002");
    }
}
