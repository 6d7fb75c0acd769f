package cn.ipcity.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The default pledge threshold of high-value condition (4), used where no dated value has been entered.
 *
 * @param pledgeThreshold amount in 元 of one patent's pledge; default 10,000,000 元 (1,000万元), an assumption to
 *     confirm (see the README)
 * @param pledgeThresholdSince the date from which the default is in force; default 1985-04-01, the day the Patent
 *     Law took effect, so that it covers every pledge
 */
@ConfigurationProperties("ipcity.high-value")
public record HighValueProperties(
        @DefaultValue("10000000") BigDecimal pledgeThreshold,
        @DefaultValue("1985-04-01") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate pledgeThresholdSince) {

    public HighValueProperties {
        if (pledgeThreshold.signum() <= 0) {
            throw new IllegalStateException(
                    "ipcity.high-value.pledge-threshold must be greater than 0, was " + pledgeThreshold);
        }
    }
}
