package cn.ipcity.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseCodesTest {

    @Test
    void usccCheckCharacterOfAPublishedCode() {
        // 华为技术有限公司's code, as shown in the public enterprise credit system
        assertThat(ChineseCodes.usccCheckCharacter("91440300192203821")).isEqualTo('6');
        assertThat(ChineseCodes.isValidUscc("914403001922038216")).isTrue();
        assertThat(ChineseCodes.isValidUscc("914403001922038217")).isFalse();
    }

    @Test
    void usccByHand() {
        // 9137100000000000?: digits 9,1,3,7,1,0 … with weights 1,3,9,27,19,26 → 9+3+27+189+19+0 = 247;
        // 247 mod 31 = 30; 31 - 30 = 1 → '1'
        assertThat(ChineseCodes.usccCheckCharacter("91371000000000000")).isEqualTo('1');
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91110000600037341", "91110000600037341LL", "9111000060003734IL"})
    void malformedCreditCodesAreInvalid(String code) {
        assertThat(ChineseCodes.isValidUscc(code)).isFalse();
    }

    @Test
    void applicationNumberCheckDigitByHand() {
        // 202223220665: 2·2+0·3+2·4+2·5+2·6+3·7+2·8+2·9+0·2+6·3+6·4+5·5 = 4+0+8+10+12+21+16+18+0+18+24+25 = 156;
        // 156 mod 11 = 2 → .2, as printed on CN202223220665.2
        assertThat(ChineseCodes.applicationCheckDigit("202223220665")).isEqualTo('2');
    }

    @ParameterizedTest
    @ValueSource(strings = {"CN202223220665.2", "2022232206652", "202223220665.2", "cn202223220665.2"})
    void acceptsTheUsualSpellings(String raw) {
        assertThat(ChineseCodes.normalizeApplicationNumber(raw)).hasValue("202223220665.2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"202223220665.3", "20222322066.2", "CN20222322066X", "abc"})
    void refusesWrongCheckDigitsAndShapes(String raw) {
        assertThat(ChineseCodes.normalizeApplicationNumber(raw)).isEmpty();
    }

    @Test
    void checkDigitTenIsWrittenX() {
        // find a body whose sum mod 11 is 10 by construction: 00000000000 + last digit d with weight 5 → 5d mod 11
        // d = 2 → 10 → X
        assertThat(ChineseCodes.applicationCheckDigit("000000000002")).isEqualTo('X');
        assertThat(ChineseCodes.normalizeApplicationNumber("000000000002.X")).hasValue("000000000002.X");
    }
}
