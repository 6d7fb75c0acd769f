package cn.ipcity.metrics;

import cn.ipcity.account.AuditLog;
import cn.ipcity.account.CurrentUser;
import cn.ipcity.account.CurrentUsers;
import cn.ipcity.account.Role;
import cn.ipcity.common.ConflictException;
import cn.ipcity.common.InvalidInputException;
import cn.ipcity.common.NotFoundException;
import cn.ipcity.jurisdiction.GovernmentUnit;
import cn.ipcity.jurisdiction.GovernmentUnits;
import cn.ipcity.metrics.domain.ReportedValueRepository;
import cn.ipcity.program.DisplayUnit;
import cn.ipcity.program.Indicator;
import cn.ipcity.program.Program;
import cn.ipcity.program.Programs;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Values of {@code reported} indicators: entered by a unit reporter (UNIT_REPORTER of a unit the program names),
 * reviewed by a program officer whose jurisdiction contains the program's (or an administrator). Every change is
 * audited in the same transaction; every write names the version it saw, so that of two concurrent writes one
 * wins and the other gets a 409.
 *
 * <p>Validation: the indicator must be a numeric {@code reported} one; the unit must be the indicator's unit; the
 * year must lie in the program's period and not after the current year; % and 分 lie in 0–100, everything else
 * is ≥ 0, and counts (件, 家, 人次 …) are whole numbers; an evidence note is required.
 */
@Service
public class ReportedValues {

    private static final Set<DisplayUnit> BOUNDED = Set.of(DisplayUnit.PERCENT, DisplayUnit.FEN);
    private static final Set<DisplayUnit> FRACTIONAL = Set.of(
            DisplayUnit.PERCENT,
            DisplayUnit.FEN,
            DisplayUnit.YUAN,
            DisplayUnit.WAN_YUAN,
            DisplayUnit.YI_YUAN,
            DisplayUnit.WAN_JIAN);
    private static final int MAX_TEXT = 2000;

    private final Programs programs;
    private final GovernmentUnits units;
    private final ReportedValueRepository repository;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;
    private final Clock clock;

    ReportedValues(
            Programs programs,
            GovernmentUnits units,
            ReportedValueRepository repository,
            CurrentUsers currentUsers,
            AuditLog audit,
            Clock clock) {
        this.programs = programs;
        this.units = units;
        this.repository = repository;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a reporter enters. */
    public record Entry(Integer year, BigDecimal value, String unit, String evidence) {}

    /** The numeric {@code reported} indicators of a program, which this flow applies to. */
    public List<Indicator> reportedIndicators(String programCode) {
        return programs.get(programCode).indicators().stream()
                .filter(i -> i.isReported() && i.isNumeric() && i.unit() != null)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<ReportedValue> list(String programCode, String indicatorCode) {
        Indicator indicator = indicator(programs.get(programCode), indicatorCode);
        return repository.of(programCode, indicatorCode).stream()
                .map(r -> view(r, indicator))
                .toList();
    }

    /** All reported values of a program by indicator code, each list ordered by year. */
    @Transactional(readOnly = true)
    public Map<String, List<ReportedValue>> byIndicator(String programCode) {
        Program program = programs.get(programCode);
        Map<String, Indicator> indicators =
                program.indicators().stream().collect(Collectors.toMap(Indicator::code, i -> i));
        Map<String, List<ReportedValue>> result = new LinkedHashMap<>();
        for (ReportedValueRepository.Row r : repository.of(programCode)) {
            Indicator i = indicators.get(r.indicatorCode());
            if (i != null) {
                result.computeIfAbsent(r.indicatorCode(), k -> new ArrayList<>())
                        .add(view(r, i));
            }
        }
        return result;
    }

    /**
     * The approved values as a yearly series for {@link ProgressCalculator}, in the base unit, each dated on the
     * last day of its year; values not yet approved do not count.
     */
    @Transactional(readOnly = true)
    public IndicatorSeries approvedSeries(String programCode, String indicatorCode) {
        Indicator indicator = indicator(programs.get(programCode), indicatorCode);
        List<Observation> observations = repository.of(programCode, indicatorCode).stream()
                .filter(r -> r.state() == ReportedValueState.APPROVED)
                .map(r -> new Observation(LocalDate.of(r.year(), 12, 31), plain(r.valueBase())))
                .toList();
        return new IndicatorSeries(
                indicator.baseline() == null ? null : indicator.unit().toBase(indicator.baseline()), observations);
    }

    /** A reporter enters a new value as a draft. */
    @Transactional
    public ReportedValue create(String programCode, String indicatorCode, Entry entry) {
        Program program = programs.get(programCode);
        Indicator indicator = indicator(program, indicatorCode);
        CurrentUser reporter = requireReporter(program);
        BigDecimal base = validate(program, indicator, entry);
        Optional<Long> id = repository.insert(
                programCode,
                indicatorCode,
                entry.year(),
                base,
                indicator.unit().symbol(),
                entry.evidence().strip(),
                reporter.unitId(),
                reporter.username());
        if (id.isEmpty()) {
            throw new ConflictException(
                    "该年度已有填报值，请修改已有记录 / a value for " + entry.year() + " exists already: change that one");
        }
        ReportedValue created = get(program, indicator, entry.year());
        audit.record(
                "REPORTED_VALUE_CREATED",
                "reported_value",
                created.key(),
                program.jurisdictionCode(),
                null,
                snapshot(created));
        return created;
    }

    /** A reporter of the value's unit changes a draft or returned value. */
    @Transactional
    public ReportedValue update(String programCode, String indicatorCode, int year, Entry entry, int version) {
        Program program = programs.get(programCode);
        Indicator indicator = indicator(program, indicatorCode);
        CurrentUser reporter = requireReporter(program);
        ReportedValue before = get(program, indicator, year);
        requireOwnUnit(reporter, before);
        requireVersion(before, version);
        before.state().requireEditable();
        if (entry.year() != null && entry.year() != year) {
            throw new InvalidInputException("year", "年度不可修改 / the year of a value cannot be changed");
        }
        BigDecimal base = validate(program, indicator, new Entry(year, entry.value(), entry.unit(), entry.evidence()));
        write(repository.updateEntry(
                before.id(), version, base, entry.evidence().strip(), reporter.username(), before.state()));
        ReportedValue after = get(program, indicator, year);
        audit.record(
                "REPORTED_VALUE_UPDATED",
                "reported_value",
                after.key(),
                program.jurisdictionCode(),
                snapshot(before),
                snapshot(after));
        return after;
    }

    @Transactional
    public ReportedValue submit(String programCode, String indicatorCode, int year, int version) {
        Program program = programs.get(programCode);
        Indicator indicator = indicator(program, indicatorCode);
        CurrentUser reporter = requireReporter(program);
        ReportedValue before = get(program, indicator, year);
        requireOwnUnit(reporter, before);
        requireVersion(before, version);
        ReportedValueState next = before.state().submit();
        write(repository.updateState(before.id(), version, next, false, reporter.username(), null));
        return audited("REPORTED_VALUE_SUBMITTED", program, indicator, before);
    }

    @Transactional
    public ReportedValue approve(String programCode, String indicatorCode, int year, int version) {
        Program program = programs.get(programCode);
        Indicator indicator = indicator(program, indicatorCode);
        CurrentUser officer = currentUsers.requireManage(program.jurisdictionCode());
        ReportedValue before = get(program, indicator, year);
        requireVersion(before, version);
        ReportedValueState next = before.state().approve();
        write(repository.updateState(before.id(), version, next, true, officer.username(), null));
        return audited("REPORTED_VALUE_APPROVED", program, indicator, before);
    }

    /** The officer returns a submitted value to its unit with a comment. */
    @Transactional
    public ReportedValue returnForCorrection(
            String programCode, String indicatorCode, int year, int version, String comment) {
        return review(programCode, indicatorCode, year, version, comment, false);
    }

    /** The correction flow: the officer reopens an approved value, with the reason, so that its unit corrects it. */
    @Transactional
    public ReportedValue reopen(String programCode, String indicatorCode, int year, int version, String comment) {
        return review(programCode, indicatorCode, year, version, comment, true);
    }

    private ReportedValue review(
            String programCode, String indicatorCode, int year, int version, String comment, boolean reopen) {
        Program program = programs.get(programCode);
        Indicator indicator = indicator(program, indicatorCode);
        CurrentUser officer = currentUsers.requireManage(program.jurisdictionCode());
        ReportedValue before = get(program, indicator, year);
        requireVersion(before, version);
        ReportedValueState next =
                reopen ? before.state().reopen() : before.state().returnForCorrection();
        String text = requireText("comment", comment, "退回须说明理由 / a comment saying what to correct is required");
        write(repository.updateState(before.id(), version, next, true, officer.username(), text));
        return audited(reopen ? "REPORTED_VALUE_REOPENED" : "REPORTED_VALUE_RETURNED", program, indicator, before);
    }

    /** Whether the current user may enter values for this program (for the UI). */
    @Transactional(readOnly = true)
    public boolean canReport(String programCode) {
        Program program = programs.get(programCode);
        return currentUsers.current().map(u -> isReporterOf(u, program)).orElse(false);
    }

    /** Whether the current user may review values of this program (for the UI). */
    @Transactional(readOnly = true)
    public boolean canReview(String programCode) {
        Program program = programs.get(programCode);
        return currentUsers
                .current()
                .map(u -> u.canManage(program.jurisdictionCode()))
                .orElse(false);
    }

    private ReportedValue audited(String action, Program program, Indicator indicator, ReportedValue before) {
        ReportedValue after = get(program, indicator, before.year());
        audit.record(
                action, "reported_value", after.key(), program.jurisdictionCode(), snapshot(before), snapshot(after));
        return after;
    }

    private static void write(boolean updated) {
        if (!updated) {
            throw new ConflictException(
                    "该记录已被他人修改，请刷新后重试 / the value was changed by someone else" + " meanwhile: reload it and try again");
        }
    }

    private static void requireVersion(ReportedValue value, int version) {
        if (value.version() != version) {
            throw new ConflictException("该记录已被他人修改（当前版本 " + value.version() + "），请刷新后重试 / the value"
                    + " was changed meanwhile (version " + value.version() + ", not " + version + "): reload it");
        }
    }

    private static void requireOwnUnit(CurrentUser reporter, ReportedValue value) {
        if (reporter.unitId() == null || reporter.unitId() != value.unitId()) {
            throw new AccessDeniedException(
                    "只能修改本单位的填报值 / only reporters of " + value.unitName() + " may change this value");
        }
    }

    private CurrentUser requireReporter(Program program) {
        CurrentUser user = currentUsers.current().orElseThrow(() -> new AccessDeniedException("未登录 / not signed in"));
        if (!isReporterOf(user, program)) {
            throw new AccessDeniedException("只有方案所列责任单位的填报员可以填报 / only reporters of a unit named by" + " program "
                    + program.code() + " may enter its reported values");
        }
        return user;
    }

    private boolean isReporterOf(CurrentUser user, Program program) {
        if (user.role() != Role.UNIT_REPORTER || user.unitId() == null) {
            return false;
        }
        return program.allUnits().stream()
                .map(name -> units.find(program.jurisdictionCode(), name))
                .flatMap(Optional::stream)
                .map(GovernmentUnit::id)
                .anyMatch(id -> id.equals(user.unitId()));
    }

    private BigDecimal validate(Program program, Indicator indicator, Entry entry) {
        return validate(program, indicator, entry, LocalDate.now(clock));
    }

    /** Checks an entry and returns its value in the base unit. */
    static BigDecimal validate(Program program, Indicator indicator, Entry entry, LocalDate today) {
        if (entry.year() == null) {
            throw new InvalidInputException("year", "缺少年度 / the year is required");
        }
        int year = entry.year();
        int first = program.periodStart().getYear();
        int last = program.periodEnd().getYear();
        if (year < first || year > last) {
            throw new InvalidInputException(
                    "year",
                    "年度须在方案期限 " + first + "–" + last + " 内 / the year must lie" + " in the program period " + first
                            + "–" + last);
        }
        int thisYear = today.getYear();
        if (year > thisYear) {
            throw new InvalidInputException("year", "不能填报未来年度 / " + year + " lies in the future");
        }
        BigDecimal value = entry.value();
        if (value == null) {
            throw new InvalidInputException("value", "缺少数值 / the value is required");
        }
        DisplayUnit unit = indicator.unit();
        if (entry.unit() == null || !entry.unit().strip().equals(unit.symbol())) {
            throw new InvalidInputException(
                    "unit",
                    "单位须为“" + unit.symbol() + "” / the unit of this indicator is " + unit.symbol() + ", not '"
                            + entry.unit() + "'");
        }
        if (value.signum() < 0) {
            throw new InvalidInputException("value", "数值不能为负 / the value cannot be negative");
        }
        if (BOUNDED.contains(unit) && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException(
                    "value", "数值须在 0–100 之间 / a value in " + unit.symbol() + " lies between 0 and 100");
        }
        if (!FRACTIONAL.contains(unit) && value.stripTrailingZeros().scale() > 0) {
            throw new InvalidInputException(
                    "value", "以“" + unit.symbol() + "”计的数值须为整数 / a count in " + unit.symbol() + " is a whole number");
        }
        if (value.precision() - value.scale() > 15 || value.scale() > 6) {
            throw new InvalidInputException("value", "数值超出范围 / the value is too large or too precise");
        }
        requireText("evidence", entry.evidence(), "须填写依据说明 / an evidence note is required");
        return unit.toBase(value);
    }

    private static String requireText(String field, String text, String message) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, message);
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "文字过长（最多 " + MAX_TEXT + " 字） / at most " + MAX_TEXT + " characters");
        }
        return text.strip();
    }

    private Indicator indicator(Program program, String indicatorCode) {
        Indicator indicator = program.indicators().stream()
                .filter(i -> i.code().equals(indicatorCode))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("indicator", program.code() + "/" + indicatorCode));
        if (!indicator.isReported() || !indicator.isNumeric() || indicator.unit() == null) {
            throw new InvalidInputException(
                    "indicatorCode", "该指标不是由单位填报的数值指标 / " + indicatorCode + " is not a numeric reported indicator");
        }
        return indicator;
    }

    private ReportedValue get(Program program, Indicator indicator, int year) {
        return repository
                .find(program.code(), indicator.code(), year)
                .map(r -> view(r, indicator))
                .orElseThrow(() ->
                        new NotFoundException("reported value", program.code() + "/" + indicator.code() + "/" + year));
    }

    private static ReportedValue view(ReportedValueRepository.Row r, Indicator indicator) {
        BigDecimal factor = indicator.unit().toBase(BigDecimal.ONE);
        BigDecimal value = r.valueBase().divide(factor, MathContext.DECIMAL64).stripTrailingZeros();
        return new ReportedValue(
                r.id(),
                r.programCode(),
                r.indicatorCode(),
                r.year(),
                value.scale() < 0 ? value.setScale(0) : value,
                r.unit(),
                plain(r.valueBase()),
                r.evidence(),
                r.state(),
                r.unitId(),
                r.unitName(),
                r.reportedBy(),
                r.reportedAt(),
                r.reviewComment(),
                r.reviewedBy(),
                r.reviewedAt(),
                r.version());
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private static Map<String, Object> snapshot(ReportedValue v) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("value", v.value().toPlainString());
        s.put("unit", v.unit());
        s.put("evidence", v.evidence());
        s.put("state", v.state().name());
        s.put("unit_id", v.unitId());
        s.put("review_comment", v.reviewComment());
        s.put("version", v.version());
        return s;
    }
}
