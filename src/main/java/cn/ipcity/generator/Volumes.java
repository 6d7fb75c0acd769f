package cn.ipcity.generator;

/**
 * Realistic volume of each city over 2005–2026: invention filings (from which utility-model and design filings
 * follow by the yearly ratios), registered-trademark applications and 2023 copyright work registrations.
 */
final class Volumes {

    record Volume(double inventionFilings, double trademarks, double works2023) {}

    private final ReferenceData ref;
    private final double shandongOtherInventions;
    private final double shandongOtherTrademarks;
    private final double shandongOtherWorks;
    private final double shandongOtherWeight;
    private final double nationalOtherInventions;
    private final double nationalOtherWeight;
    private final double shandongCounties;

    Volumes(ReferenceData ref) {
        this.ref = ref;
        double seededInventions = 0;
        double seededTrademarks = 0;
        double seededWorks = 0;
        for (Calibration.Target t : Calibration.SEEDED.values()) {
            seededInventions += t.validInventions()
                    * Calibration.inventionValidShare(Calibration.SHANDONG_DATE)
                    / Calibration.inventionValidShare(t.inventionsDate());
            seededTrademarks += t.validTrademarks()
                    * Calibration.trademarkValidShare(Calibration.SHANDONG_DATE)
                    / Calibration.trademarkValidShare(Calibration.TRADEMARK_DATE);
            seededWorks += seededWorks(t.cityCode());
        }
        shandongOtherInventions = Math.max(0, Calibration.SHANDONG_VALID_INVENTIONS - seededInventions);
        shandongOtherTrademarks = Math.max(0, Calibration.SHANDONG_VALID_TRADEMARKS - seededTrademarks);
        shandongOtherWorks = Math.max(0, Calibration.SHANDONG_WORKS_2023 - seededWorks);
        double weight = 0;
        double counties = 0;
        for (ReferenceData.City city : ref.citiesOf("37")) {
            counties += city.areas().size();
            if (!Scope.SEEDED.contains(city.code())) {
                weight += cityWeight(city);
            }
        }
        shandongOtherWeight = weight;
        shandongCounties = counties;
        double shandongAtNationalDate = Calibration.SHANDONG_VALID_INVENTIONS
                * Calibration.inventionValidShare(Calibration.NATIONAL_DATE)
                / Calibration.inventionValidShare(Calibration.SHANDONG_DATE);
        nationalOtherInventions = Calibration.NATIONAL_VALID_INVENTIONS - shandongAtNationalDate;
        double national = 0;
        for (String province : ref.provinces().keySet()) {
            if (!province.equals("37")) {
                for (ReferenceData.City city : ref.citiesOf(province)) {
                    national += cityWeight(city);
                }
            }
        }
        nationalOtherWeight = national;
    }

    /** The city's share of Shandong's residents (latest figures in reference/population.csv) × the concentration. */
    private double seededWorks(String cityCode) {
        return Calibration.SHANDONG_WORKS_2023
                * ref.population(cityCode)
                / ref.population("37")
                * Calibration.WORKS_CONCENTRATION;
    }

    Volume of(String cityCode) {
        ReferenceData.City city = ref.city(cityCode);
        Calibration.Target target = Calibration.SEEDED.get(cityCode);
        if (target != null) {
            return new Volume(
                    target.validInventions() / Calibration.inventionValidShare(target.inventionsDate()),
                    target.validTrademarks() / Calibration.trademarkValidShare(Calibration.TRADEMARK_DATE),
                    seededWorks(cityCode));
        }
        double share = cityWeight(city);
        if (city.provinceCode().equals("37")) {
            share /= shandongOtherWeight;
            return new Volume(
                    shandongOtherInventions * share / Calibration.inventionValidShare(Calibration.SHANDONG_DATE),
                    shandongOtherTrademarks * share / Calibration.trademarkValidShare(Calibration.SHANDONG_DATE),
                    shandongOtherWorks * share);
        }
        // other provinces: inventions share the national rest by weight; trademarks and works per county-level
        // unit as in Shandong (no provincial figures in the reference)
        double perCounty = city.areas().size() / shandongCounties;
        return new Volume(
                nationalOtherInventions
                        * share
                        / nationalOtherWeight
                        / Calibration.inventionValidShare(Calibration.NATIONAL_DATE),
                Calibration.SHANDONG_VALID_TRADEMARKS
                        * perCounty
                        / Calibration.trademarkValidShare(Calibration.SHANDONG_DATE),
                Calibration.SHANDONG_WORKS_2023 * perCounty);
    }

    /** Provincial capitals and 青岛 weigh three times their county count (assumption: no city figures). */
    static double cityWeight(ReferenceData.City city) {
        double w = 0;
        for (ReferenceData.Area area : city.areas()) {
            w += areaWeight(area);
        }
        boolean capital = city.code().endsWith("01") || city.code().equals("3702");
        return capital ? 3 * w : w;
    }

    /** Urban districts and high-tech zones file more than counties (assumption). */
    static double areaWeight(ReferenceData.Area area) {
        String name = area.name();
        double w;
        if (name.contains("高新") || name.contains("高技术")) {
            w = 1.6;
        } else if (name.contains("经济技术开发区")) {
            w = 1.0;
        } else if (name.contains("开发区") || name.contains("新区") || name.contains("园区") || name.contains("管理区")) {
            w = 0.6;
        } else if (name.endsWith("区")) {
            w = 1.5;
        } else if (name.endsWith("市")) {
            w = 1.0;
        } else if (name.endsWith("县") || name.endsWith("旗")) {
            w = 0.5;
        } else {
            w = 0.6;
        }
        return area.code().equals("371002") ? w * 1.5 : w;
    }
}
