package cn.ipcity.metrics;

import cn.ipcity.registry.PatentType;
import cn.ipcity.registry.RightState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Why a patent does or does not count as a high-value invention patent at {@code asOf}: its state, holders and
 * attributed county at that date, and each of the five conditions with its details. A condition is
 * {@code held} when its {@code since} date is on or before {@code asOf}.
 *
 * @param validInvention an invention patent in force (有效) at asOf
 * @param domesticHolder the first holder at asOf is domestic (not foreign, Hong Kong, Macao or Taiwan)
 * @param jurisdictionCode the county the first holder is attributed to at asOf; null when unattributed or foreign
 * @param highValue valid invention, domestic holder, and at least one condition held
 */
public record HighValueAssessment(
        String applicationNumber,
        LocalDate asOf,
        String title,
        PatentType type,
        LocalDate filingDate,
        RightState state,
        boolean validInvention,
        boolean domesticHolder,
        List<String> holders,
        String jurisdictionCode,
        String jurisdictionName,
        boolean highValue,
        List<HighValueCriterion> criteriaHeld,
        String rulesFingerprint,
        SeiCondition sei,
        FamilyCondition familyAbroad,
        MaintenanceCondition maintained,
        PledgeCondition pledge,
        AwardCondition award) {

    /** (1) The concordance rules matched (branch, rule, CSV line, symbol, pattern, key term). */
    public record SeiCondition(
            boolean held,
            LocalDate since,
            String tableVersion,
            String provenance,
            KeywordMode keywordMode,
            boolean mainSymbolOnly,
            List<SeiMatch> matches) {}

    /** (2) Every family member; those abroad and granted make the condition hold. */
    public record FamilyCondition(boolean held, LocalDate since, List<FamilyMember> members) {}

    /** A family member as imported from 简单同族. */
    public record FamilyMember(String office, String number, boolean granted, boolean abroad) {}

    /**
     * (3) Time since filing at asOf; the condition holds from {@code since}, the day after the 10th anniversary.
     */
    public record MaintenanceCondition(
            boolean held, LocalDate since, LocalDate tenthAnniversary, int years, int months, int days) {}

    /**
     * (4) Every registered pledge with the threshold in force on its date; {@code since} is the first qualifying
     * one. {@code thresholdAtAsOf} is the threshold in force at asOf, flagged when it is the unconfirmed default.
     */
    public record PledgeCondition(
            boolean held,
            LocalDate since,
            List<PledgeCheck> pledges,
            BigDecimal thresholdAtAsOf,
            boolean thresholdAtAsOfUnconfirmed,
            boolean anyUnconfirmedThresholdUsed) {}

    /**
     * One pledge: amount in 元 (null = not recorded), the threshold in force that day (null = none yet), whether
     * that threshold was the unconfirmed default, whether the pledge reaches it, and whether it lies after asOf.
     */
    public record PledgeCheck(
            LocalDate date,
            BigDecimal amountYuan,
            String pledgee,
            BigDecimal thresholdYuan,
            boolean thresholdUnconfirmed,
            boolean qualifies,
            boolean afterAsOf) {}

    /** (5) Every award text as judged: kind, year conferred (null = unknown, whole life) and from when it counts. */
    public record AwardCondition(boolean held, LocalDate since, List<AwardCheck> awards) {}

    public record AwardCheck(String text, String kind, Integer year, LocalDate countsFrom) {}
}
