package cn.ipcity.metrics;

import cn.ipcity.account.AuditLog;
import cn.ipcity.account.CurrentUser;
import cn.ipcity.account.CurrentUsers;
import cn.ipcity.common.InvalidInputException;
import cn.ipcity.jurisdiction.Jurisdiction;
import cn.ipcity.jurisdiction.Jurisdictions;
import cn.ipcity.metrics.domain.PledgeThresholdRepository;
import cn.ipcity.metrics.highvalue.Awards;
import cn.ipcity.metrics.highvalue.FamilyMembers;
import cn.ipcity.metrics.sei.SeiMatcher;
import cn.ipcity.registry.PatentDetail;
import cn.ipcity.registry.PatentEvent;
import cn.ipcity.registry.PatentEventCode;
import cn.ipcity.registry.PatentRecord;
import cn.ipcity.registry.PatentRegistry;
import cn.ipcity.registry.PatentStatus;
import cn.ipcity.registry.PatentType;
import cn.ipcity.registry.RightState;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * High-value invention patents (CNIPA's five conditions): the rules in force ({@link #rules()}, an immutable
 * snapshot rebuilt after a threshold changes), the dated pledge thresholds administrators maintain, and the
 * explanation of one patent at a date ({@link #assess}).
 */
@Service
public class HighValuePatents {

    /** The earliest date a threshold may be entered for: the Patent Law took effect on 1 April 1985. */
    static final LocalDate FIRST_POSSIBLE = LocalDate.of(1985, 4, 1);

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");

    private final SeiMatcher sei;
    private final HighValueProperties properties;
    private final PledgeThresholdRepository thresholds;
    private final PatentRegistry registry;
    private final Jurisdictions jurisdictions;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile HighValueRules rules;

    HighValuePatents(
            StrategicEmergingIndustries industries,
            HighValueProperties properties,
            PledgeThresholdRepository thresholds,
            PatentRegistry registry,
            Jurisdictions jurisdictions,
            CurrentUsers currentUsers,
            AuditLog audit,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock) {
        this.sei = industries.newMatcher();
        this.properties = properties;
        this.thresholds = thresholds;
        this.registry = registry;
        this.jurisdictions = jurisdictions;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The rules in force now; loaded at first use and rebuilt after every threshold change is committed. */
    public HighValueRules rules() {
        HighValueRules current = rules;
        if (current == null) {
            synchronized (this) {
                if (rules == null) {
                    rules = load();
                }
                current = rules;
            }
        }
        return current;
    }

    private HighValueRules load() {
        PledgeThreshold byDefault = new PledgeThreshold(
                properties.pledgeThresholdSince(), properties.pledgeThreshold(), "", null, null, true);
        List<PledgeThreshold> entered = thresholds.all().stream()
                .map(r -> new PledgeThreshold(
                        r.validFrom(), r.amountYuan(), r.note(), r.enteredBy(), r.enteredAt(), false))
                .toList();
        return new HighValueRules(sei, byDefault, entered);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void reload(HighValueRulesChanged changed) {
        synchronized (this) {
            rules = load();
        }
    }

    /** The thresholds in date order, as read from the database now (the default included where no row replaces it). */
    @Transactional(readOnly = true)
    public List<PledgeThreshold> pledgeThresholds() {
        return load().pledgeThresholds();
    }

    /** A dated threshold entered by an administrator. */
    public record NewThreshold(LocalDate validFrom, BigDecimal amountYuan, String note) {}

    /**
     * Enters (or replaces) the threshold in force from a date. Administrators only; audited with before and after;
     * publishes {@link HighValueRulesChanged}, after whose commit {@link #rules()} returns the new rules.
     */
    @Transactional
    public PledgeThreshold addPledgeThreshold(NewThreshold input) {
        CurrentUser user = currentUsers.current().orElseThrow(() -> new AccessDeniedException("未登录 / not signed in"));
        if (!user.isAdmin()) {
            throw new AccessDeniedException(
                    "只有系统管理员可以设定质押融资金额门槛 / only administrators set the pledge threshold, not " + user.username());
        }
        if (input == null || input.validFrom() == null) {
            throw new InvalidInputException("validFrom", "请填写生效日期 / the date from which the value applies is required");
        }
        if (input.validFrom().isBefore(FIRST_POSSIBLE)) {
            throw new InvalidInputException(
                    "validFrom", "生效日期不能早于1985-04-01（专利法施行）/ the date cannot precede 1985-04-01 (Patent Law)");
        }
        BigDecimal amount = input.amountYuan();
        if (amount == null) {
            throw new InvalidInputException("amountYuan", "请填写金额（元）/ the amount in 元 is required");
        }
        if (amount.signum() <= 0) {
            throw new InvalidInputException(
                    "amountYuan", "金额必须大于0 / the amount must be greater than 0, was " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidInputException(
                    "amountYuan",
                    "金额以元计，最多两位小数 / the amount is in 元 with at most 2 decimals: " + amount.toPlainString());
        }
        String note = input.note() == null ? "" : input.note().strip();
        if (note.length() > 500) {
            throw new InvalidInputException("note", "说明不超过500字 / the note has at most 500 characters");
        }
        Optional<PledgeThresholdRepository.Row> before = thresholds.find(input.validFrom());
        thresholds.save(input.validFrom(), amount, note, user.username());
        PledgeThresholdRepository.Row after = thresholds.find(input.validFrom()).orElseThrow();
        audit.record(
                "PLEDGE_THRESHOLD_SET",
                "pledge_threshold",
                input.validFrom().toString(),
                null,
                before.map(HighValuePatents::auditState).orElse(null),
                auditState(after));
        HighValueRules next = load();
        events.publishEvent(new HighValueRulesChanged(input.validFrom(), next.fingerprint()));
        return new PledgeThreshold(
                after.validFrom(), after.amountYuan(), after.note(), after.enteredBy(), after.enteredAt(), false);
    }

    private static Map<String, Object> auditState(PledgeThresholdRepository.Row row) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("validFrom", row.validFrom().toString());
        state.put("amountYuan", row.amountYuan().toPlainString());
        state.put("note", row.note());
        return state;
    }

    /**
     * Why a patent counts (or not) as high-value at {@code asOf} (today when null): state, holders and county at
     * that date from the registry, and each condition with its details. 400 for a malformed number, 404 for an
     * unknown one.
     */
    @Transactional(readOnly = true)
    public HighValueAssessment assess(String applicationNumber, LocalDate asOf) {
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        PatentDetail detail = registry.detail(applicationNumber, date);
        PatentRecord r = detail.record();
        PatentStatus status = detail.status();
        HighValueRules current = rules();
        List<HighValueInput.PledgeRecord> pledges = new ArrayList<>();
        for (PatentEvent e : detail.events()) {
            if (e.code() == PatentEventCode.PLEDGE) {
                pledges.add(new HighValueInput.PledgeRecord(e.date(), e.pledgeAmount()));
            }
        }
        HighValueInput input = new HighValueInput(
                r.applicationNumber(),
                r.filingDate(),
                r.ipcSymbols(),
                r.title(),
                r.abstractText(),
                r.familyMembersJson(),
                r.awards(),
                pledges);
        Map<HighValueCriterion, LocalDate> since = current.since(input);

        SeiClassification classification = current.seiClassification(r.ipcSymbols(), r.title(), r.abstractText());
        var sei = new HighValueAssessment.SeiCondition(
                held(since, HighValueCriterion.SEI, date),
                since.get(HighValueCriterion.SEI),
                classification.tableVersion(),
                classification.provenance(),
                classification.keywordMode(),
                classification.mainSymbolOnly(),
                classification.matches());

        var family = new HighValueAssessment.FamilyCondition(
                held(since, HighValueCriterion.FAMILY_ABROAD_GRANTED, date),
                since.get(HighValueCriterion.FAMILY_ABROAD_GRANTED),
                FamilyMembers.parse(r.familyMembersJson()).stream()
                        .map(m -> new HighValueAssessment.FamilyMember(m.office(), m.number(), m.granted(), m.abroad()))
                        .toList());

        Period age = date.isBefore(r.filingDate()) ? Period.ZERO : Period.between(r.filingDate(), date);
        var maintained = new HighValueAssessment.MaintenanceCondition(
                held(since, HighValueCriterion.MAINTAINED_10_YEARS, date),
                since.get(HighValueCriterion.MAINTAINED_10_YEARS),
                r.filingDate().plusYears(10),
                age.getYears(),
                age.getMonths(),
                age.getDays());

        List<HighValueAssessment.PledgeCheck> checks = new ArrayList<>();
        boolean unconfirmedUsed = false;
        for (PatentEvent e : detail.events()) {
            if (e.code() != PatentEventCode.PLEDGE) {
                continue;
            }
            Optional<PledgeThreshold> t = current.pledgeThresholdInForce(e.date());
            boolean unconfirmed = t.map(PledgeThreshold::unconfirmedDefault).orElse(false);
            unconfirmedUsed |= unconfirmed;
            checks.add(new HighValueAssessment.PledgeCheck(
                    e.date(),
                    e.pledgeAmount(),
                    e.pledgee(),
                    t.map(PledgeThreshold::amountYuan).orElse(null),
                    unconfirmed,
                    t.isPresent()
                            && e.pledgeAmount() != null
                            && e.pledgeAmount().compareTo(t.get().amountYuan()) >= 0,
                    e.date().isAfter(date)));
        }
        Optional<PledgeThreshold> atAsOf = current.pledgeThresholdInForce(date);
        var pledge = new HighValueAssessment.PledgeCondition(
                held(since, HighValueCriterion.PLEDGE_THRESHOLD, date),
                since.get(HighValueCriterion.PLEDGE_THRESHOLD),
                List.copyOf(checks),
                atAsOf.map(PledgeThreshold::amountYuan).orElse(null),
                atAsOf.map(PledgeThreshold::unconfirmedDefault).orElse(false),
                unconfirmedUsed);

        var award = new HighValueAssessment.AwardCondition(
                held(since, HighValueCriterion.AWARD, date),
                since.get(HighValueCriterion.AWARD),
                r.awards().stream()
                        .map(text -> Awards.check(text, r.filingDate()))
                        .map(c -> new HighValueAssessment.AwardCheck(
                                c.text(), c.kind().name(), c.year(), c.countsFrom()))
                        .toList());

        List<HighValueCriterion> held = since.entrySet().stream()
                .filter(e -> !e.getValue().isAfter(date))
                .map(Map.Entry::getKey)
                .toList();
        boolean validInvention = r.type() == PatentType.INVENTION && status.state() == RightState.VALID;
        boolean domestic = domesticHolder(detail, date);
        String county = status.jurisdictionCode();
        String countyName = county == null
                ? null
                : jurisdictions.find(county).map(Jurisdiction::name).orElse(null);
        return new HighValueAssessment(
                r.applicationNumber(),
                date,
                r.title(),
                r.type(),
                r.filingDate(),
                status.state(),
                validInvention,
                domestic,
                status.holders(),
                county,
                countyName,
                validInvention && domestic && !held.isEmpty(),
                held,
                current.fingerprint(),
                sei,
                family,
                maintained,
                pledge,
                award);
    }

    private static boolean held(Map<HighValueCriterion, LocalDate> since, HighValueCriterion c, LocalDate date) {
        LocalDate d = since.get(c);
        return d != null && !d.isAfter(date);
    }

    /**
     * Whether the holder at the date is domestic: attributed to a county → yes; otherwise the applicant's flag when
     * no transfer happened by then, else the flag the importer stored on that transfer (unknown holder → counted
     * as domestic, since only a known foreign, HK, Macao or Taiwan holder is excluded).
     */
    private boolean domesticHolder(PatentDetail detail, LocalDate date) {
        if (detail.status().jurisdictionCode() != null) {
            return true;
        }
        boolean transferred = detail.events().stream()
                .anyMatch(e -> e.code() == PatentEventCode.TRANSFER && !e.date().isAfter(date));
        if (!transferred) {
            return detail.record().applicantDomestic();
        }
        List<Boolean> flags = jdbc.sql(
                        """
                        select holder_domestic from patent_event
                         where application_number = ? and code = 'TRANSFER' and event_date <= ?
                         order by event_date desc, id desc limit 1""")
                .params(detail.record().applicationNumber(), date)
                .query((rs, i) -> (Boolean) rs.getObject(1))
                .list();
        return flags.isEmpty() || !Boolean.FALSE.equals(flags.get(0));
    }
}
