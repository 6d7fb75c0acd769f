package cn.ipcity.metrics;

import cn.ipcity.common.InvalidInputException;
import cn.ipcity.metrics.sei.ConcordanceTable;
import cn.ipcity.metrics.sei.SeiMatcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;

/**
 * High-value condition (1): does a patent belong to a strategic emerging industry by the SEI–IPC concordance? The
 * table is read and checked once at start-up from {@code ipcity.sei.table}; a malformed table stops the start with
 * its file and line.
 */
@Service
public class StrategicEmergingIndustries {

    private static final Logger log = LoggerFactory.getLogger(StrategicEmergingIndustries.class);

    private final ConcordanceTable table;
    private final SeiProperties properties;

    StrategicEmergingIndustries(SeiProperties properties, ResourceLoader resources) {
        this.properties = properties;
        Resource resource = resources.getResource(properties.table());
        try (InputStream in = resource.getInputStream()) {
            this.table = ConcordanceTable.read(
                    resource.getFilename(),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    properties.provenance());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the SEI–IPC concordance " + properties.table(), e);
        }
        log.info(
                "SEI–IPC concordance {} with {} rules",
                table.version(),
                table.rules().size());
    }

    public String tableVersion() {
        return table.version();
    }

    /** A cached matcher over the loaded table with the configured keyword mode and symbol choice. */
    SeiMatcher newMatcher() {
        return new SeiMatcher(table, properties.keywordMode(), properties.mainSymbolOnly());
    }

    public int ruleCount() {
        return table.rules().size();
    }

    /**
     * The rules a patent matches under the configured keyword mode and symbol choice.
     *
     * @param ipcSymbols the patent's IPC symbols, main symbol first ({@code G06F 11/14} or {@code G06F11/14})
     */
    public SeiClassification classify(List<String> ipcSymbols, String title, String abstractText) {
        if (ipcSymbols == null || ipcSymbols.isEmpty()) {
            throw new InvalidInputException("ipc", "至少需要一个IPC分类号 / at least one IPC symbol is needed");
        }
        try {
            return table.classify(
                    ipcSymbols, title, abstractText, properties.keywordMode(), properties.mainSymbolOnly());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "ipc",
                    "不是有效的IPC分类号 / not an IPC symbol at group level (e.g. G06F 11/14): '" + e.getMessage() + "'");
        }
    }
}
