package cn.ipcity.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * What a scale covers. Scale above 0 up to 1: the seeded cities 威海, 烟台 and 淄博 (every county-level unit) at
 * {@code scale} × their realistic volume. Above 1 up to 2: in addition the other 13 cities of Shandong at
 * {@code scale − 1} × theirs. Above 2 up to 3: in addition every other province’s cities at {@code scale − 2} × theirs.
 */
final class Scope {

    static final double MAX_SCALE = 3.0;
    static final List<String> SEEDED = List.of("3710", "3706", "3703");

    record CityPlan(String cityCode, double volume) {}

    private Scope() {}

    static List<CityPlan> plan(ReferenceData ref, double scale) {
        List<CityPlan> plans = new ArrayList<>();
        for (String code : SEEDED) {
            plans.add(new CityPlan(code, Math.min(scale, 1)));
        }
        if (scale > 1) {
            for (ReferenceData.City city : ref.citiesOf("37")) {
                if (!SEEDED.contains(city.code())) {
                    plans.add(new CityPlan(city.code(), Math.min(scale - 1, 1)));
                }
            }
        }
        if (scale > 2) {
            for (String province : ref.provinces().keySet()) {
                if (!province.equals("37")) {
                    for (ReferenceData.City city : ref.citiesOf(province)) {
                        plans.add(new CityPlan(city.code(), Math.min(scale - 2, 1)));
                    }
                }
            }
        }
        return plans;
    }
}
