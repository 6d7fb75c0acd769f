package cn.ipcity.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChineseNumbersTest {

    private static String f(String value, String unit) {
        return ChineseNumbers.format(value == null ? null : new BigDecimal(value), unit);
    }

    @Test
    void countsFromTenThousandInWan() {
        // 123456 / 10000 = 12.3456 → two decimals half up
        assertThat(f("123456", "件")).isEqualTo("12.35万件");
        assertThat(f("10000", "件")).isEqualTo("1万件");
        assertThat(f("90000", "件")).isEqualTo("9万件");
        // 2 910 000 residents of 威海 → 291万人
        assertThat(f("2910000", "人")).isEqualTo("291万人");
        // 99 995 / 10 000 = 9.9995 → 10.00: shown as 10万件, not 9.99
        assertThat(f("99995", "件")).isEqualTo("10万件");
    }

    @Test
    void amountsFromHundredMillionInYi() {
        assertThat(f("3000000000", "元")).isEqualTo("30亿元");
        assertThat(f("150000000", "元")).isEqualTo("1.5亿元");
        // 99 999 999 元 = 9999.9999万, which rounds to 10000.00万: shown in the next unit as 1亿元
        assertThat(f("99999999", "元")).isEqualTo("1亿元");
        assertThat(f("9999.999", "件")).isEqualTo("1万件");
        assertThat(f("25000", "元")).isEqualTo("2.5万元");
        assertThat(f("1234567890000", "件")).isEqualTo("12345.68亿件");
    }

    @Test
    void smallNumbersUnchanged() {
        assertThat(f("7500", "件")).isEqualTo("7500件");
        assertThat(f("9999", "家")).isEqualTo("9999家");
        assertThat(f("11.8", "件")).isEqualTo("11.8件");
        assertThat(f("11.804", "件")).isEqualTo("11.8件");
        assertThat(f("0", "件")).isEqualTo("0件");
        assertThat(f("1200", "人次")).isEqualTo("1200人次");
    }

    @Test
    void negativeValuesKeepTheirSign() {
        assertThat(f("-123456", "件")).isEqualTo("-12.35万件");
        assertThat(f("-5", "家")).isEqualTo("-5家");
        assertThat(f("-0.001", "件")).isEqualTo("0件");
    }

    @Test
    void percentagesAndScoresAreNeverScaled() {
        assertThat(f("85.5", "%")).isEqualTo("85.5%");
        assertThat(f("33.3333", "%")).isEqualTo("33.33%");
        assertThat(f("12000", "%")).isEqualTo("12000%");
        assertThat(f("88", "分")).isEqualTo("88分");
    }

    @Test
    void missingIsADashNeverZero() {
        assertThat(f(null, "件")).isEqualTo("—");
        assertThat(f("42", null)).isEqualTo("42");
    }

    @Test
    void chartScaleFollowsTheLargestValue() {
        ChineseNumbers.Scale scale = ChineseNumbers.scale("件", new BigDecimal("75000"));
        assertThat(scale.unit()).isEqualTo("万件");
        assertThat(scale.apply(new BigDecimal("7500"))).isEqualByComparingTo("0.75");
        assertThat(scale.apply(null)).isNull();
        assertThat(ChineseNumbers.scale("元", new BigDecimal("3000000000")).unit())
                .isEqualTo("亿元");
        assertThat(ChineseNumbers.scale("件", null).unit()).isEqualTo("件");
        assertThat(ChineseNumbers.scale("%", new BigDecimal("1000000")).divisor())
                .isEqualByComparingTo("1");
    }
}
