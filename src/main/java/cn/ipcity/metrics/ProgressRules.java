package cn.ipcity.metrics;

import java.math.BigDecimal;

/**
 * The thresholds of the progress status and the forecast.
 *
 * @param atRiskShare behind by at most this share of the planned change (target − baseline) for level targets,
 *     of the target for averages and scores, or of the target growth rate for compound growth → at risk;
 *     further behind → off track
 * @param forecastPoints the forecast fits a least-squares line through this many latest observations
 * @param minForecastPoints with fewer usable observations (baseline included) there is no forecast
 */
public record ProgressRules(BigDecimal atRiskShare, int forecastPoints, int minForecastPoints) {

    public static final ProgressRules DEFAULT = new ProgressRules(new BigDecimal("0.10"), 8, 3);

    public ProgressRules {
        if (atRiskShare.signum() < 0 || minForecastPoints < 2 || forecastPoints < minForecastPoints) {
            throw new IllegalArgumentException("invalid progress rules");
        }
    }
}
