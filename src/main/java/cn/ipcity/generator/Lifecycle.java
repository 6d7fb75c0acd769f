package cn.ipcity.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The life of one patent from filing: publication, grant after an examination lag, annual-fee lapses whose hazard
 * grows with age, a few restorations, invalidations and surrenders, expiry at term. Transfers, licences and pledges
 * are added by the holder’s portfolio. Nothing is dated after {@link Calibration#END}.
 */
final class Lifecycle {

    enum Type {
        INVENTION(1, "发明"),
        UTILITY(2, "实用新型"),
        DESIGN(3, "外观设计");

        final int digit;
        final String label;

        Type(int digit, String label) {
            this.digit = digit;
            this.label = label;
        }
    }

    enum Kind {
        GRANT("授权", false),
        TRANSFER("专利权的转移", false),
        LICENCE("专利实施许可合同备案的生效", false),
        PLEDGE("专利权质押合同登记的生效", false),
        PLEDGE_RELEASE("专利权质押合同登记的注销", false),
        LAPSE("未缴年费专利权终止", true),
        RESTORATION("专利权的恢复", false),
        INVALID_WHOLE("专利权全部无效", true),
        INVALID_PART("专利权部分无效", false),
        ABANDON("专利权的主动放弃", true),
        EXPIRY("专利权期限届满", true),
        OPEN_LICENCE("专利开放许可声明", false);

        final String label;
        final boolean ends;

        Kind(String label, boolean ends) {
            this.label = label;
            this.ends = ends;
        }
    }

    record Event(
            Kind kind,
            LocalDate date,
            String newHolders,
            String licenceType,
            String licensee,
            long amount,
            String pledgee) {

        static Event of(Kind kind, LocalDate date) {
            return new Event(kind, date, "", "", "", 0, "");
        }
    }

    static final LocalDate DESIGN_TERM_CHANGE = LocalDate.of(2021, 6, 1);

    final Type type;
    final LocalDate filing;
    /** Null when not (yet) published: such an application is not in any export. */
    LocalDate publication;
    /** Null when not granted by the end of 2026. */
    LocalDate grant;
    /** Rejection or withdrawal of an invention application that was never granted. */
    LocalDate refusal;

    final List<Event> events = new ArrayList<>(4);

    private Lifecycle(Type type, LocalDate filing) {
        this.type = type;
        this.filing = filing;
    }

    static int term(Type type, LocalDate filing) {
        return switch (type) {
            case INVENTION -> 20;
            case UTILITY -> 10;
            case DESIGN -> filing.isBefore(DESIGN_TERM_CHANGE) ? 10 : 15;
        };
    }

    LocalDate expiry() {
        return filing.plusYears(term(type, filing));
    }

    boolean published() {
        return publication != null;
    }

    static Lifecycle simulate(SplittableRandom random, Type type, LocalDate filing, Party.Kind holder) {
        Lifecycle life = new Lifecycle(type, filing);
        LocalDate end = Calibration.END;
        int year = filing.getYear();
        double hazardFactor =
                switch (holder) {
                    case INDIVIDUAL -> 1.6;
                    case UNIVERSITY -> 1.25;
                    case INSTITUTE -> 1.1;
                    default -> 1.0;
                };
        LocalDate grant = null;
        LocalDate publication;
        if (type == Type.INVENTION) {
            double grantShare = year <= 2015 ? 0.55 : year <= 2020 ? 0.50 : 0.45;
            grantShare += switch (holder) {
                case UNIVERSITY -> 0.10;
                case INSTITUTE -> 0.05;
                case INDIVIDUAL -> -0.20;
                default -> 0.0;
            };
            publication = random.nextDouble() < 0.12
                    ? filing.plusMonths(6 + random.nextInt(7))
                    : filing.plusMonths(18).plusDays(random.nextInt(45));
            if (random.nextDouble() < grantShare) {
                int lagMonths = 12 + (int) (36 * Math.pow(random.nextDouble(), 1.4));
                grant = tuesday(filing.plusMonths(lagMonths).plusDays(random.nextInt(28)));
                if (!grant.isAfter(publication.plusDays(30))) {
                    LocalDate early = grant.minusMonths(3 + random.nextInt(4));
                    publication = early.isBefore(filing.plusMonths(3)) ? filing.plusMonths(3) : early;
                }
            } else {
                life.refusal = filing.plusMonths(24 + random.nextInt(31)).plusDays(random.nextInt(28));
            }
            publication = tuesday(publication);
        } else {
            double grantShare = type == Type.UTILITY ? 0.93 : 0.88;
            if (holder == Party.Kind.INDIVIDUAL) {
                grantShare -= 0.05;
            }
            if (random.nextDouble() < grantShare) {
                double span = type == Type.UTILITY ? 8 : 7;
                int months = (type == Type.UTILITY ? 4 : 3) + (int) (span * Math.pow(random.nextDouble(), 1.2));
                grant = tuesday(filing.plusMonths(months).plusDays(random.nextInt(28)));
            }
            publication = grant;
        }
        if (publication == null || publication.isAfter(end)) {
            return life;
        }
        life.publication = publication;
        if (grant == null || grant.isAfter(end)) {
            if (life.refusal != null && life.refusal.isAfter(end)) {
                life.refusal = null;
            }
            return life;
        }
        life.grant = grant;
        life.events.add(Event.of(Kind.GRANT, grant));
        life.afterGrant(random, hazardFactor);
        return life;
    }

    private void afterGrant(SplittableRandom random, double hazardFactor) {
        int term = term(type, filing);
        LocalDate expiry = expiry();
        int k = (int) ChronoUnit.YEARS.between(filing, grant) + 1;
        boolean ended = false;
        for (; k < term; k++) {
            LocalDate due = filing.plusYears(k);
            if (random.nextDouble() < hazard(k) * hazardFactor) {
                LocalDate lapse = due.plusMonths(6 + random.nextInt(6)).plusDays(random.nextInt(28));
                if (!lapse.isBefore(expiry)) {
                    lapse = due.plusMonths(3);
                }
                events.add(Event.of(Kind.LAPSE, tuesday(lapse)));
                LocalDate restored = tuesday(lapse.plusDays(30 + random.nextInt(120)));
                if (random.nextDouble() < 0.04 && restored.isBefore(expiry)) {
                    events.add(Event.of(Kind.RESTORATION, restored));
                    continue;
                }
                ended = true;
                break;
            }
        }
        if (!ended) {
            events.add(Event.of(Kind.EXPIRY, expiry));
        }
        double invalidWhole = type == Type.DESIGN ? 0.002 : 0.004;
        double abandon = type == Type.UTILITY ? 0.015 : type == Type.INVENTION ? 0.003 : 0.005;
        double r = random.nextDouble();
        if (r < invalidWhole) {
            endEarly(Kind.INVALID_WHOLE, grant.plusDays(180 + random.nextInt(1600)));
        } else if (r < invalidWhole + abandon) {
            endEarly(Kind.ABANDON, grant.plusDays(120 + random.nextInt(1300)));
        } else if (r < invalidWhole + abandon + 0.003 && type != Type.DESIGN) {
            LocalDate part = tuesday(grant.plusDays(200 + random.nextInt(1500)));
            if (validAt(part) && !part.isAfter(Calibration.END)) {
                insert(Event.of(Kind.INVALID_PART, part));
            }
        }
        events.removeIf(e -> e.date().isAfter(Calibration.END));
    }

    private double hazard(int age) {
        return switch (type) {
            case INVENTION -> age <= 3 ? 0.04 : age <= 6 ? 0.09 : age <= 10 ? 0.14 : age <= 15 ? 0.16 : 0.18;
            case UTILITY -> age == 1 ? 0.08 : age == 2 ? 0.13 : age == 3 ? 0.18 : age <= 5 ? 0.22 : 0.25;
            case DESIGN -> age == 1 ? 0.10 : age == 2 ? 0.15 : age == 3 ? 0.20 : 0.22;
        };
    }

    /** Ends the right at {@code date} if it is in force then; later status events no longer happen. */
    private void endEarly(Kind kind, LocalDate date) {
        LocalDate d = tuesday(date);
        if (!validAt(d) || d.equals(grant)) {
            return;
        }
        events.removeIf(e -> !e.date().isBefore(d));
        events.add(Event.of(kind, d));
    }

    void insert(Event event) {
        int i = events.size();
        while (i > 0 && events.get(i - 1).date().isAfter(event.date())) {
            i--;
        }
        events.add(i, event);
    }

    /** In force at the end of {@code date}: granted, and not ended by a lapse (unless restored), invalidation, surrender or expiry. */
    boolean validAt(LocalDate date) {
        if (grant == null || grant.isAfter(date)) {
            return false;
        }
        boolean valid = true;
        for (Event e : events) {
            if (e.date().isAfter(date)) {
                break;
            }
            if (e.kind().ends) {
                valid = false;
            } else if (e.kind() == Kind.RESTORATION) {
                valid = true;
            }
        }
        return valid;
    }

    /** The last date on which the right is in force (or {@link Calibration#END} if it still is). */
    LocalDate lastValidDate() {
        for (Event e : events) {
            if (e.kind().ends) {
                return e.date().minusDays(1);
            }
        }
        return Calibration.END;
    }

    /** 法律状态 at export time: 有效 / 审中 / 失效. */
    String status() {
        if (validAt(Calibration.END)) {
            return "有效";
        }
        if (grant == null && refusal == null) {
            return "审中";
        }
        return "失效";
    }

    /** CNIPA publishes on Tuesdays (and Fridays): move a date to the next Tuesday. */
    static LocalDate tuesday(LocalDate date) {
        return date.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    }
}
