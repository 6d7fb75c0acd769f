package cn.ipcity.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The numbers that make the data realistic, each tied to a published figure in {@code reference/ip-statistics.md}
 * or marked as an assumption (docs/generator.md explains each). Volumes are derived, not guessed: a city’s number
 * of invention filings is its published stock of valid invention patents divided by the probability, simulated
 * with the same {@link Lifecycle} the generator uses, that a filing is a valid patent at the figure’s date.
 */
final class Calibration {

    static final int FIRST_YEAR = 2005;
    static final int LAST_YEAR = 2026;
    static final LocalDate END = LocalDate.of(LAST_YEAR, 12, 31);

    /** Relative invention filings per year 2005–2026 (Shandong’s curve: steep to 2014, slower after). */
    static final double[] INVENTION_GROWTH = {
        0.09, 0.11, 0.14, 0.17, 0.21, 0.26, 0.33, 0.42, 0.52, 0.60, 0.66, 0.72, 0.74, 0.76, 0.78, 0.84, 0.90, 0.95,
        1.00, 1.04, 1.06, 1.08
    };
    /** Utility-model filings per invention filing, by year (peak 2020–2021, then the CNIPA quality drive). */
    static final double[] UTILITY_RATIO = {
        0.90, 0.95, 1.00, 1.05, 1.10, 1.20, 1.25, 1.30, 1.30, 1.30, 1.30, 1.40, 1.50, 1.70, 2.00, 2.30, 2.40, 2.10,
        1.85, 1.95, 1.85, 1.80
    };
    /** Design filings per invention filing, by year. */
    static final double[] DESIGN_RATIO = {
        0.90, 0.95, 1.00, 1.00, 0.95, 0.90, 0.80, 0.70, 0.60, 0.50, 0.45, 0.45, 0.45, 0.45, 0.45, 0.45, 0.45, 0.44,
        0.40, 0.42, 0.40, 0.40
    };
    /** Relative trademark applications that were registered, by application year (national curve, peak 2021). */
    static final double[] TRADEMARK_GROWTH = {
        0.05, 0.06, 0.07, 0.08, 0.10, 0.13, 0.15, 0.18, 0.20, 0.24, 0.30, 0.38, 0.50, 0.72, 0.82, 0.85, 1.00, 0.82,
        0.62, 0.62, 0.64, 0.66
    };
    /** Relative copyright work registrations per year (2023 = 1, Shandong’s 87万). */
    static final double[] COPYRIGHT_GROWTH = {
        0.01, 0.015, 0.02, 0.03, 0.04, 0.05, 0.07, 0.09, 0.12, 0.16, 0.22, 0.30, 0.42, 0.55, 0.68, 0.80, 0.88, 0.94,
        1.00, 1.05, 1.10, 1.12
    };

    /**
     * Share of patents whose IPC symbols come from the industry’s core subclasses (the rest from its general
     * ones): tuned so that strategic-emerging-industry patents are about 29% of valid invention patents, as
     * nationally at end-2025 (153.4万 of 229.2万 / 43.1% = 531.8万).
     */
    static final double CORE_IPC_SHARE = 0.28;

    /**
     * Yearly chance of a pledge contract per valid patent an enterprise holds (at full spread of pledge financing,
     * reached in 2019): tuned so that the seeded cities’ 2021 pledge financing is their share of valid invention
     * patents (~0.6%) of the national 3098亿元 (2021, patents and trademarks), i.e. about 18.6亿元.
     */
    static final double PLEDGE_RATE = 0.0026;

    /** Share of a city’s patent filings by holder kind (assumption, typical of CNIPA’s applicant statistics). */
    static final double UNIVERSITY_SHARE = 0.06;

    static final double INSTITUTE_SHARE = 0.015;
    static final double INDIVIDUAL_SHARE = 0.12;

    /** Type mix (invention, utility model, design) of universities, institutes and individuals. */
    static final double[] UNIVERSITY_MIX = {0.80, 0.18, 0.02};

    static final double[] INSTITUTE_MIX = {0.70, 0.28, 0.02};
    static final double[] INDIVIDUAL_MIX = {0.12, 0.55, 0.33};

    /** Published figures the volumes are derived from. */
    record Target(String cityCode, double validInventions, LocalDate inventionsDate, double validTrademarks) {}

    static final LocalDate TRADEMARK_DATE = LocalDate.of(2021, 12, 31);
    static final Map<String, Target> SEEDED = Map.of(
            // 威海市知识产权事业发展中心: 有效发明专利 8,545 to 2025-04-30
            "3710", new Target("3710", 8_545, LocalDate.of(2025, 4, 30), 52_500),
            // 大众日报: 烟台 2021 万人有效发明专利 14.91 × 7,102,116 residents (7th census) = 10,589; 有效注册商标 12.8万
            "3706", new Target("3706", perTenThousand(14.91, "3706"), LocalDate.of(2021, 12, 31), 128_000),
            // aggregator (questionable): 淄博 end-2022 每万人口发明专利 19.62 × 4,705,900 residents = 9,233
            "3703", new Target("3703", perTenThousand(19.62, "3703"), LocalDate.of(2022, 12, 31), 84_800));

    /** A figure per 10,000 residents times the city's population in reference/population.csv. */
    private static double perTenThousand(double figure, String cityCode) {
        return figure * ReferenceData.get().population(cityCode) / 10_000;
    }

    /** Shandong 2024 statistical bulletin: 年末有效发明专利 286,321; 有效注册商标 288.6万. */
    static final double SHANDONG_VALID_INVENTIONS = 286_321;

    static final LocalDate SHANDONG_DATE = LocalDate.of(2024, 12, 31);
    static final double SHANDONG_VALID_TRADEMARKS = 2_886_000;
    /** National end-2025: 229.2万 high-value invention patents = 43.1% of domestic valid invention patents. */
    static final double NATIONAL_VALID_INVENTIONS = 2_292_000 / 0.431;

    static final LocalDate NATIONAL_DATE = LocalDate.of(2025, 12, 31);
    /** Shandong white paper: 著作权作品登记 87万 in 2023. */
    static final double SHANDONG_WORKS_2023 = 870_000;
    /** Assumption: works registrations concentrate in 济南/青岛 and a few mass registrants; elsewhere 30% of the per-capita share. */
    static final double WORKS_CONCENTRATION = 0.3;

    private static final Map<LocalDate, Double> INVENTION_VALID = new HashMap<>();
    private static final Map<LocalDate, Double> TRADEMARK_VALID = new HashMap<>();
    private static final int SIMULATIONS = 100_000;

    private Calibration() {}

    static double[] yearWeights(Lifecycle.Type type) {
        double[] w = new double[INVENTION_GROWTH.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = switch (type) {
                case INVENTION -> INVENTION_GROWTH[i];
                case UTILITY -> INVENTION_GROWTH[i] * UTILITY_RATIO[i];
                case DESIGN -> INVENTION_GROWTH[i] * DESIGN_RATIO[i];
            };
        }
        return w;
    }

    static double total(double[] weights) {
        double t = 0;
        for (double w : weights) {
            t += w;
        }
        return t;
    }

    /** Filings of each type in a city whose invention filings over 2005–2026 total {@code inventions}. */
    static double[] typeTotals(double inventions) {
        double inv = total(yearWeights(Lifecycle.Type.INVENTION));
        return new double[] {
            inventions,
            inventions * total(yearWeights(Lifecycle.Type.UTILITY)) / inv,
            inventions * total(yearWeights(Lifecycle.Type.DESIGN)) / inv
        };
    }

    /**
     * Type mix of enterprises, so that the mix over all holder kinds equals the city’s: what universities,
     * institutes and individuals do not file, enterprises do.
     */
    static double[] enterpriseMix(double[] cityTotals) {
        double all = cityTotals[0] + cityTotals[1] + cityTotals[2];
        double enterpriseShare = 1 - UNIVERSITY_SHARE - INSTITUTE_SHARE - INDIVIDUAL_SHARE;
        double[] mix = new double[3];
        double sum = 0;
        for (int t = 0; t < 3; t++) {
            double rest = cityTotals[t] / all
                    - UNIVERSITY_SHARE * UNIVERSITY_MIX[t]
                    - INSTITUTE_SHARE * INSTITUTE_MIX[t]
                    - INDIVIDUAL_SHARE * INDIVIDUAL_MIX[t];
            mix[t] = Math.max(0.02, rest / enterpriseShare);
            sum += mix[t];
        }
        for (int t = 0; t < 3; t++) {
            mix[t] /= sum;
        }
        return mix;
    }

    /** Probability that an invention filing (year drawn from the growth curve) is a valid patent at {@code date}. */
    static synchronized double inventionValidShare(LocalDate date) {
        if (!INVENTION_VALID.containsKey(date)) {
            simulateInventions(date);
        }
        return INVENTION_VALID.get(date);
    }

    /** One simulation pass answers every date the volumes need (and the one asked for). */
    private static void simulateInventions(LocalDate asked) {
        List<LocalDate> dates = new ArrayList<>(List.of(asked, SHANDONG_DATE, NATIONAL_DATE));
        SEEDED.values().forEach(t -> dates.add(t.inventionsDate()));
        SplittableRandom random = new SplittableRandom(20_250_430L);
        double[] weights = yearWeights(Lifecycle.Type.INVENTION);
        double[] enterprise = enterpriseMix(typeTotals(1));
        double[] kinds = {
            (1 - UNIVERSITY_SHARE - INSTITUTE_SHARE - INDIVIDUAL_SHARE) * enterprise[0],
            UNIVERSITY_SHARE * UNIVERSITY_MIX[0],
            INSTITUTE_SHARE * INSTITUTE_MIX[0],
            INDIVIDUAL_SHARE * INDIVIDUAL_MIX[0]
        };
        Party.Kind[] kindOf = {Party.Kind.ENTERPRISE, Party.Kind.UNIVERSITY, Party.Kind.INSTITUTE, Party.Kind.INDIVIDUAL
        };
        int[] valid = new int[dates.size()];
        for (int i = 0; i < SIMULATIONS; i++) {
            Party.Kind kind = kindOf[pick(random, kinds)];
            Lifecycle life = Lifecycle.simulate(random, Lifecycle.Type.INVENTION, filingDate(random, weights), kind);
            for (int d = 0; d < valid.length; d++) {
                if (life.validAt(dates.get(d))) {
                    valid[d]++;
                }
            }
        }
        for (int d = 0; d < valid.length; d++) {
            INVENTION_VALID.put(dates.get(d), valid[d] / (double) SIMULATIONS);
        }
    }

    /** Probability that a registered mark (application year from the growth curve) is in force at {@code date}. */
    static synchronized double trademarkValidShare(LocalDate date) {
        if (!TRADEMARK_VALID.containsKey(date)) {
            List<LocalDate> dates = List.of(date, TRADEMARK_DATE, SHANDONG_DATE);
            SplittableRandom random = new SplittableRandom(20_211_231L);
            int[] valid = new int[dates.size()];
            for (int i = 0; i < SIMULATIONS; i++) {
                LocalDate filing = filingDate(random, TRADEMARK_GROWTH);
                TrademarkLife life = TrademarkLife.simulate(random, filing, random.nextDouble() < 0.75 ? 0.55 : 0.35);
                for (int d = 0; d < valid.length; d++) {
                    if (life.validAt(dates.get(d))) {
                        valid[d]++;
                    }
                }
            }
            for (int d = 0; d < valid.length; d++) {
                TRADEMARK_VALID.put(dates.get(d), valid[d] / (double) SIMULATIONS);
            }
        }
        return TRADEMARK_VALID.get(date);
    }

    static int pick(SplittableRandom random, double[] weights) {
        double x = random.nextDouble() * total(weights);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static LocalDate filingDate(SplittableRandom random, double[] yearWeights) {
        int year = FIRST_YEAR + pick(random, yearWeights);
        return LocalDate.ofYearDay(
                year, 1 + random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
    }
}
