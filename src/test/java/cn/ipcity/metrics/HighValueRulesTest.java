package cn.ipcity.metrics;

import static cn.ipcity.metrics.HighValueCriterion.AWARD;
import static cn.ipcity.metrics.HighValueCriterion.FAMILY_ABROAD_GRANTED;
import static cn.ipcity.metrics.HighValueCriterion.MAINTAINED_10_YEARS;
import static cn.ipcity.metrics.HighValueCriterion.PLEDGE_THRESHOLD;
import static cn.ipcity.metrics.HighValueCriterion.SEI;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ipcity.metrics.HighValueInput.PledgeRecord;
import cn.ipcity.metrics.sei.ConcordanceTable;
import cn.ipcity.metrics.sei.SeiMatcher;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link HighValueRules#since} on hand-built patents. Rules: the shipped concordance (KEYWORD_RULES, all symbols),
 * the default threshold 10,000,000 元 from 1985-04-01 and an entered threshold of 5,000,000 元 from 2024-01-01.
 * IPC facts are those of ConcordanceTableTest: G06F 11/30 is covered by rule 1.1/1 (G06F11*); A47G 19/22 (a
 * drinking vessel) by no rule.
 */
class HighValueRulesTest {

    static final ConcordanceTable TABLE = table();
    static final LocalDate FILED = LocalDate.of(2015, 3, 10);
    static final PledgeThreshold DEFAULT =
            new PledgeThreshold(LocalDate.of(1985, 4, 1), new BigDecimal("10000000"), "", null, null, true);
    static final PledgeThreshold FROM_2024 =
            new PledgeThreshold(LocalDate.of(2024, 1, 1), new BigDecimal("5000000.00"), "2024年起", "admin", null, false);
    static final HighValueRules RULES = rules(List.of(FROM_2024));

    static ConcordanceTable table() {
        try (InputStream in = HighValueRulesTest.class.getResourceAsStream("/reference/sei-ipc-concordance-2021.csv")) {
            return ConcordanceTable.read(
                    "sei-ipc-concordance-2021.csv", new String(in.readAllBytes(), StandardCharsets.UTF_8), "test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static HighValueRules rules(List<PledgeThreshold> entered) {
        return new HighValueRules(new SeiMatcher(TABLE, KeywordMode.KEYWORD_RULES, false), DEFAULT, entered);
    }

    static HighValueInput plain(LocalDate filed) {
        return new HighValueInput(
                "201510099770.1", filed, List.of("A47G 19/22"), "一种水杯", null, "[]", List.of(), List.of());
    }

    static HighValueInput with(List<String> ipc, String family, List<String> awards, List<PledgeRecord> pledges) {
        return new HighValueInput("201510099770.1", FILED, ipc, "一种装置", "摘要", family, awards, pledges);
    }

    static PledgeRecord pledge(String date, String amount) {
        return new PledgeRecord(LocalDate.parse(date), new BigDecimal(amount));
    }

    @Test
    void aPatentWithNoConditionOnlyGetsItsMaintenanceDate() {
        // filed 2015-03-10: the 10th anniversary is 2025-03-10, which does not count; from 2025-03-11 it does
        Map<HighValueCriterion, LocalDate> since = RULES.since(plain(FILED));
        assertThat(since).containsOnlyKeys(MAINTAINED_10_YEARS);
        assertThat(since.get(MAINTAINED_10_YEARS)).isEqualTo("2025-03-11");
    }

    @Test
    void strategicEmergingIndustryAloneHoldsFromFiling() {
        Map<HighValueCriterion, LocalDate> since = RULES.since(with(List.of("G06F 11/30"), "[]", List.of(), List.of()));
        assertThat(since).containsOnlyKeys(SEI, MAINTAINED_10_YEARS);
        assertThat(since.get(SEI)).isEqualTo(FILED);
        // the second symbol decides when the first is in no rule
        assertThat(RULES.since(with(List.of("A47G 19/22", "G06F 11/30"), null, null, null)))
                .containsKey(SEI);
        // a symbol that is not an IPC symbol matches nothing instead of stopping an index
        assertThat(RULES.since(with(List.of("XYZ"), null, null, null))).doesNotContainKey(SEI);
    }

    @Test
    void keywordRulesNeedTheirTermInTitleOrAbstract() {
        // B82Y 10/00 is listed by 1.2/7 only with 量子计算、量子芯片、量子测控等量子计算机相关关键词
        List<String> ipc = List.of("B82Y 10/00");
        boolean anyOtherRule = TABLE.classify(ipc, null, null, KeywordMode.IPC_ONLY, false).matches().stream()
                .anyMatch(m -> !(m.branchCode().equals("1.2") && m.ruleNo() == 7));
        assertThat(anyOtherRule).as("B82Y 10/00 is in 1.2/7 only").isFalse();
        assertThat(RULES.since(new HighValueInput("x", FILED, ipc, "一种纳米结构", "", "[]", List.of(), List.of())))
                .doesNotContainKey(SEI);
        assertThat(RULES.since(new HighValueInput("x", FILED, ipc, "一种量子 芯片", "", "[]", List.of(), List.of())))
                .containsEntry(SEI, FILED);
    }

    @Test
    void aGrantedFamilyMemberAbroadCountsAPendingOneDoesNot() {
        // as PostgreSQL prints jsonb (keys reordered, spaces) and as the importer writes it
        String granted = "[{\"number\": \"US11234567B2\", \"office\": \"US\", \"granted\": true},"
                + " {\"number\": \"EP3456789A1\", \"office\": \"EP\", \"granted\": false}]";
        String pending = "[{\"office\":\"US\",\"number\":\"US11234567A1\",\"granted\":false},"
                + "{\"office\":\"EP\",\"number\":\"EP3456789A1\",\"granted\":false}]";
        String chinaOnly = "[{\"office\":\"CN\",\"number\":\"CN115123456B\",\"granted\":true}]";
        String euGranted = "[{\"office\":\"EP\",\"number\":\"EP3456789B1\",\"granted\":true}]";
        String pct = "[{\"office\":\"WO\",\"number\":\"WO2019123456A1\",\"granted\":true}]";
        assertThat(RULES.since(with(List.of("A47G 19/22"), pct, null, null))).doesNotContainKey(FAMILY_ABROAD_GRANTED);
        assertThat(RULES.since(with(List.of("A47G 19/22"), granted, null, null)))
                .containsEntry(FAMILY_ABROAD_GRANTED, FILED);
        assertThat(RULES.since(with(List.of("A47G 19/22"), euGranted, null, null)))
                .containsEntry(FAMILY_ABROAD_GRANTED, FILED);
        assertThat(RULES.since(with(List.of("A47G 19/22"), pending, null, null)))
                .doesNotContainKey(FAMILY_ABROAD_GRANTED);
        assertThat(RULES.since(with(List.of("A47G 19/22"), chinaOnly, null, null)))
                .doesNotContainKey(FAMILY_ABROAD_GRANTED);
        assertThat(RULES.since(with(List.of("A47G 19/22"), null, null, null))).doesNotContainKey(FAMILY_ABROAD_GRANTED);
    }

    @Test
    void maintenanceCountsFromTheDayAfterTheTenthAnniversary() {
        assertThat(RULES.since(plain(LocalDate.of(2014, 5, 10))).get(MAINTAINED_10_YEARS))
                .isEqualTo("2024-05-11");
        // 29 February 2012 + 10 years = 28 February 2022 (java.time, as the registry's term): from 1 March
        assertThat(RULES.since(plain(LocalDate.of(2012, 2, 29))).get(MAINTAINED_10_YEARS))
                .isEqualTo("2022-03-01");
        // 29 February 2016 + 10 years = 28 February 2026 → 1 March 2026
        assertThat(HighValueRules.maintainedSince(LocalDate.of(2016, 2, 29))).isEqualTo("2026-03-01");
        // 31 December 2013 → 31 December 2023 does not count, 1 January 2024 does
        assertThat(HighValueRules.maintainedSince(LocalDate.of(2013, 12, 31))).isEqualTo("2024-01-01");
    }

    @Test
    void thePledgeIsJudgedAgainstTheThresholdInForceOnItsDate() {
        // up to 2023-12-31: 10,000,000 元 (default); from 2024-01-01: 5,000,000 元
        assertThat(RULES.pledgeThresholdAt(LocalDate.of(2023, 12, 31))).isEqualByComparingTo("10000000");
        assertThat(RULES.pledgeThresholdAt(LocalDate.of(2024, 1, 1))).isEqualByComparingTo("5000000");
        assertThat(RULES.pledgeThresholdAt(LocalDate.of(1985, 3, 31))).isNull();
        // just below the old threshold the day before the change: no
        assertThat(RULES.since(with(List.of("A47G 19/22"), null, null, List.of(pledge("2023-12-31", "9999999.99")))))
                .doesNotContainKey(PLEDGE_THRESHOLD);
        // exactly at the old threshold: yes, from that day
        assertThat(RULES.since(with(List.of("A47G 19/22"), null, null, List.of(pledge("2023-12-31", "10000000")))))
                .containsEntry(PLEDGE_THRESHOLD, LocalDate.of(2023, 12, 31));
        // 5,000,000 the day before the change: no; on the day of the change: yes
        assertThat(RULES.since(with(List.of("A47G 19/22"), null, null, List.of(pledge("2023-12-31", "5000000")))))
                .doesNotContainKey(PLEDGE_THRESHOLD);
        assertThat(RULES.since(with(List.of("A47G 19/22"), null, null, List.of(pledge("2024-01-01", "5000000")))))
                .containsEntry(PLEDGE_THRESHOLD, LocalDate.of(2024, 1, 1));
        // just below the new threshold: no
        assertThat(RULES.since(with(List.of("A47G 19/22"), null, null, List.of(pledge("2024-01-01", "4999999.99")))))
                .doesNotContainKey(PLEDGE_THRESHOLD);
        // several pledges in any order: the first qualifying date (6,000,000 in 2020 was below 10,000,000)
        List<PledgeRecord> several = List.of(
                pledge("2025-06-01", "8000000"),
                pledge("2020-05-01", "6000000"),
                pledge("2024-03-01", "6000000"),
                new PledgeRecord(LocalDate.of(2019, 1, 1), null));
        assertThat(RULES.since(with(List.of("A47G 19/22"), null, null, several)))
                .containsEntry(PLEDGE_THRESHOLD, LocalDate.of(2024, 3, 1));
    }

    @Test
    void awardsCountFromTheEndOfTheYearConferredOrFromFiling() {
        // 第二十三届 → 1999 + 23 = 2022 → from 2022-12-31
        assertThat(RULES.since(with(List.of("A47G 19/22"), null, List.of("第二十三届中国专利金奖"), null)))
                .containsEntry(AWARD, LocalDate.of(2022, 12, 31));
        // 第十五届: years of sessions before the 22nd are not verified → the whole life (filing date)
        assertThat(RULES.since(with(List.of("A47G 19/22"), null, List.of("第十五届中国专利优秀奖"), null)))
                .containsEntry(AWARD, FILED);
        // 2019年度 national awards were conferred in 2020 → from 2020-12-31
        assertThat(RULES.since(with(List.of("A47G 19/22"), null, List.of("2019年度国家科学技术进步奖二等奖"), null)))
                .containsEntry(AWARD, LocalDate.of(2020, 12, 31));
        assertThat(RULES.since(with(List.of("A47G 19/22"), null, List.of("国家技术发明奖二等奖"), null)))
                .containsEntry(AWARD, FILED);
        // provincial awards and design awards do not count
        assertThat(RULES.since(
                        with(List.of("A47G 19/22"), null, List.of("山东省专利奖一等奖", "中国外观设计金奖", "山东省科学技术进步奖一等奖"), null)))
                .doesNotContainKey(AWARD);
        // several: the earliest
        assertThat(RULES.since(with(List.of("A47G 19/22"), null, List.of("第二十四届中国专利银奖", "第二十二届中国专利优秀奖"), null)))
                .containsEntry(AWARD, LocalDate.of(2021, 12, 31));
    }

    @Test
    void overlappingConditionsAreAllReported() {
        String family = "[{\"office\":\"JP\",\"number\":\"JP7123456B2\",\"granted\":true}]";
        Map<HighValueCriterion, LocalDate> since = RULES.since(
                with(List.of("G06F 11/30"), family, List.of("第二十五届中国专利金奖"), List.of(pledge("2024-06-04", "5200000"))));
        assertThat(since)
                .containsExactly(
                        Map.entry(SEI, FILED),
                        Map.entry(FAMILY_ABROAD_GRANTED, FILED),
                        Map.entry(MAINTAINED_10_YEARS, LocalDate.of(2025, 3, 11)),
                        Map.entry(PLEDGE_THRESHOLD, LocalDate.of(2024, 6, 4)),
                        Map.entry(AWARD, LocalDate.of(2024, 12, 31)));
    }

    @Test
    void anEnteredValueForTheDefaultsDateReplacesTheDefault() {
        PledgeThreshold confirmed =
                new PledgeThreshold(DEFAULT.validFrom(), new BigDecimal("10000000"), "确认", "admin", null, false);
        HighValueRules r = rules(List.of(confirmed));
        assertThat(r.pledgeThresholds()).hasSize(1);
        assertThat(r.pledgeThresholdInForce(LocalDate.of(2020, 1, 1))
                        .orElseThrow()
                        .unconfirmedDefault())
                .isFalse();
        assertThat(RULES.pledgeThresholdInForce(LocalDate.of(2020, 1, 1))
                        .orElseThrow()
                        .unconfirmedDefault())
                .isTrue();
        // the fingerprint names every threshold, so the index sees any change
        assertThat(r.fingerprint()).isNotEqualTo(rules(List.of()).fingerprint());
        assertThat(RULES.fingerprint()).contains("2024-01-01=5000000").startsWith(TABLE.version());
    }
}
