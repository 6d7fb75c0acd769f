package cn.ipcity.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipcity.common.InvalidInputException;
import cn.ipcity.program.DisplayUnit;
import cn.ipcity.program.Indicator;
import cn.ipcity.program.IndicatorAttribute;
import cn.ipcity.program.Program;
import cn.ipcity.program.TargetKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Validation of a reported entry, with a program running 2024–2028 and "today" on 2026-11-21. */
class ReportedValueValidationTest {

    static final Program PROGRAM = new Program(
            "test-2024",
            "测试方案",
            "Test",
            "测〔2024〕1号",
            "测试",
            LocalDate.parse("2024-01-01"),
            "371000",
            LocalDate.parse("2024-01-01"),
            LocalDate.parse("2028-12-31"),
            cn.ipcity.program.ProgramStatus.IN_FORCE,
            List.of(),
            "x.txt",
            List.of(),
            List.of());
    static final LocalDate TODAY = LocalDate.parse("2026-11-21");

    static Indicator indicator(DisplayUnit unit) {
        return new Indicator(
                "i",
                "指标",
                "indicator",
                unit,
                BigDecimal.TEN,
                TargetKind.STOCK_AT_END,
                cn.ipcity.program.Comparator.GE,
                IndicatorAttribute.NONE,
                "reported",
                "q",
                null,
                null);
    }

    static BigDecimal check(DisplayUnit unit, int year, String value, String unitText, String evidence) {
        return ReportedValues.validate(
                PROGRAM,
                indicator(unit),
                new ReportedValues.Entry(year, value == null ? null : new BigDecimal(value), unitText, evidence),
                TODAY);
    }

    static String fieldOf(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e.field();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void acceptsAndConvertsToTheBaseUnit() {
        // 1.25 亿元 = 125 000 000 元
        assertThat(check(DisplayUnit.YI_YUAN, 2025, "1.25", "亿元", "年报")).isEqualByComparingTo("125000000");
        // the current year is not the future
        assertThat(check(DisplayUnit.REN_CI, 2026, "1200", "人次", "签到表")).isEqualByComparingTo("1200");
        // boundaries of % and 分
        assertThat(check(DisplayUnit.PERCENT, 2024, "100", "%", "统计表")).isEqualByComparingTo("100");
        assertThat(check(DisplayUnit.FEN, 2024, "0", "分", "调查报告")).isEqualByComparingTo("0");
    }

    @Test
    void refusesWithTheFieldAtFault() {
        // 2027 lies in the period but in the future
        assertThat(fieldOf(() -> check(DisplayUnit.REN_CI, 2027, "1", "人次", "e")))
                .isEqualTo("year");
        assertThat(fieldOf(() -> check(DisplayUnit.REN_CI, 2023, "1", "人次", "e")))
                .isEqualTo("year");
        assertThat(fieldOf(() -> check(DisplayUnit.PERCENT, 2025, "100.01", "%", "e")))
                .isEqualTo("value");
        assertThat(fieldOf(() -> check(DisplayUnit.FEN, 2025, "-1", "分", "e"))).isEqualTo("value");
        // a count is whole; 12.0 is fine, 12.5 is not
        assertThat(check(DisplayUnit.JIA, 2025, "12.0", "家", "e")).isEqualByComparingTo("12");
        assertThat(fieldOf(() -> check(DisplayUnit.JIA, 2025, "12.5", "家", "e")))
                .isEqualTo("value");
        assertThat(fieldOf(() -> check(DisplayUnit.JIA, 2025, null, "家", "e"))).isEqualTo("value");
        // the unit must be the indicator's: 万元 for an indicator in 亿元 is refused, not converted
        assertThat(fieldOf(() -> check(DisplayUnit.YI_YUAN, 2025, "1", "万元", "e")))
                .isEqualTo("unit");
        assertThat(fieldOf(() -> check(DisplayUnit.JIA, 2025, "1", "家", "  "))).isEqualTo("evidence");
        assertThat(fieldOf(() -> check(DisplayUnit.JIA, 2025, "1", "家", "x".repeat(2001))))
                .isEqualTo("evidence");
    }

    @Test
    void illegalTransitionsAreRefused() {
        assertThat(ReportedValueState.DRAFT.submit()).isEqualTo(ReportedValueState.SUBMITTED);
        assertThat(ReportedValueState.RETURNED.submit()).isEqualTo(ReportedValueState.SUBMITTED);
        assertThat(ReportedValueState.SUBMITTED.approve()).isEqualTo(ReportedValueState.APPROVED);
        assertThat(ReportedValueState.SUBMITTED.returnForCorrection()).isEqualTo(ReportedValueState.RETURNED);
        assertThat(ReportedValueState.APPROVED.reopen()).isEqualTo(ReportedValueState.RETURNED);
        assertThatThrownBy(ReportedValueState.DRAFT::approve).hasMessageContaining("cannot approve a DRAFT");
        assertThatThrownBy(ReportedValueState.APPROVED::submit).hasMessageContaining("cannot submit");
        assertThatThrownBy(ReportedValueState.APPROVED::approve).hasMessageContaining("cannot approve");
        assertThatThrownBy(ReportedValueState.APPROVED::returnForCorrection).hasMessageContaining("cannot return");
        assertThatThrownBy(ReportedValueState.SUBMITTED::submit).hasMessageContaining("cannot submit");
        assertThatThrownBy(ReportedValueState.DRAFT::reopen).hasMessageContaining("cannot reopen");
        assertThatThrownBy(ReportedValueState.RETURNED::approve).hasMessageContaining("cannot approve");
        assertThatThrownBy(ReportedValueState.APPROVED::requireEditable).hasMessageContaining("cannot be changed");
        assertThatThrownBy(ReportedValueState.SUBMITTED::requireEditable).hasMessageContaining("cannot be changed");
    }
}
