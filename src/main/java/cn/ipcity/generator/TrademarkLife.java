package cn.ipcity.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A registered mark: registration after the examination lag of its era, 10-year terms, renewals, cancellations. */
final class TrademarkLife {

    final LocalDate application;
    /** Null when not registered by the end of 2026 (such marks are not written). */
    LocalDate registration;

    LocalDate termEnd;
    final List<LocalDate> renewals = new ArrayList<>(1);
    String status = "注册";
    LocalDate statusDate;

    private TrademarkLife(LocalDate application) {
        this.application = application;
    }

    static TrademarkLife simulate(SplittableRandom random, LocalDate application, double renewShare) {
        TrademarkLife life = new TrademarkLife(application);
        int year = application.getYear();
        int lagMonths =
                year <= 2012 ? 18 + random.nextInt(19) : year <= 2016 ? 10 + random.nextInt(11) : 6 + random.nextInt(7);
        LocalDate registration = application.plusMonths(lagMonths).plusDays(random.nextInt(28));
        if (registration.isAfter(Calibration.END)) {
            return life;
        }
        life.registration = registration;
        life.statusDate = registration;
        life.termEnd = registration.plusYears(10).minusDays(1);
        LocalDate ended = null;
        while (life.termEnd.isBefore(Calibration.END)) {
            if (random.nextDouble() < renewShare) {
                LocalDate renewal = life.termEnd.minusDays(random.nextInt(330));
                life.renewals.add(renewal);
                life.statusDate = renewal;
                life.termEnd =
                        registration.plusYears(10L * (1 + life.renewals.size())).minusDays(1);
            } else {
                LocalDate cancelled = life.termEnd.plusDays(183 + random.nextInt(180));
                if (!cancelled.isAfter(Calibration.END)) {
                    ended = cancelled;
                    life.status = "注销";
                    life.statusDate = cancelled;
                }
                break;
            }
        }
        double r = random.nextDouble();
        LocalDate early = null;
        String earlyStatus = null;
        if (r < 0.02) {
            early = registration.plusDays(3 * 365 + random.nextInt(5 * 365));
            earlyStatus = "撤销";
        } else if (r < 0.025) {
            early = registration.plusDays(180 + random.nextInt(4 * 365));
            earlyStatus = "无效";
        }
        if (early != null && !early.isAfter(Calibration.END) && (ended == null || early.isBefore(ended))) {
            LocalDate cut = early;
            life.renewals.removeIf(d -> !d.isBefore(cut));
            life.status = earlyStatus;
            life.statusDate = early;
            life.termEnd =
                    registration.plusYears(10L * (1 + life.renewals.size())).minusDays(1);
        }
        return life;
    }

    boolean registered() {
        return registration != null;
    }

    boolean validAt(LocalDate date) {
        if (registration == null || registration.isAfter(date) || termEnd.isBefore(date)) {
            return false;
        }
        return "注册".equals(status) || date.isBefore(statusDate);
    }
}
