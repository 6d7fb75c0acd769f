package cn.ipcity.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipcity.account.Role;
import cn.ipcity.jurisdiction.Jurisdiction;
import cn.ipcity.metrics.ReportedValueState;
import cn.ipcity.program.IndicatorAttribute;
import cn.ipcity.program.ProgramStatus;
import cn.ipcity.program.TargetKind;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI text exists in Chinese and in English; a key used by a template but missing anywhere fails. */
class MessagesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
    private static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{'([A-Za-z0-9_.]+)'\\s*\\+");

    /** Templates build these keys from enum values: each constant needs a text. */
    private static final Map<String, Class<? extends Enum<?>>> ENUM_KEYS = Map.ofEntries(
            Map.entry("status.", ProgramStatus.class),
            Map.entry("targetKind.", TargetKind.class),
            Map.entry("attribute.", IndicatorAttribute.class),
            Map.entry("level.", Jurisdiction.Level.class),
            Map.entry("role.", Role.class),
            Map.entry("reported.state.", ReportedValueState.class),
            // registry
            Map.entry("patentType.", cn.ipcity.registry.PatentType.class),
            Map.entry("rightState.", cn.ipcity.registry.RightState.class),
            Map.entry("trademarkState.", cn.ipcity.registry.TrademarkState.class),
            Map.entry("eventCode.", cn.ipcity.registry.PatentEventCode.class),
            Map.entry("licenceKind.", cn.ipcity.registry.LicenceKind.class),
            Map.entry("attribution.", cn.ipcity.registry.Attribution.Kind.class),
            Map.entry("recordType.", cn.ipcity.registry.importing.RecordType.class),
            Map.entry("importStatus.", cn.ipcity.registry.ImportJob.Status.class),
            Map.entry("exportStatus.", cn.ipcity.registry.ExportStatus.class),
            Map.entry("trademarkKind.", cn.ipcity.registry.TrademarkKind.class),
            // supervision
            Map.entry("sup.astatus.", cn.ipcity.supervision.AssignmentStatus.class),
            Map.entry("sup.rstatus.", cn.ipcity.supervision.ReportStatus.class),
            Map.entry("sup.role.", cn.ipcity.supervision.Assignment.UnitRole.class),
            Map.entry("sup.schedule.", cn.ipcity.supervision.Schedule.class),
            Map.entry("sup.due.", cn.ipcity.supervision.DueUnit.class),
            Map.entry("sup.mstatus.", cn.ipcity.supervision.MilestoneStatus.class),
            Map.entry("sup.mstate.", cn.ipcity.supervision.MilestoneProgress.class),
            Map.entry("sup.level.", cn.ipcity.supervision.DeadlineChecker.Level.class),
            // metrics
            Map.entry("availability.", cn.ipcity.metrics.MeasureValue.Availability.class),
            Map.entry("factKind.", cn.ipcity.metrics.facts.FactKind.class),
            // cockpit
            Map.entry("cockpit.status.", cn.ipcity.metrics.CockpitView.Status.class),
            Map.entry("cockpit.legend.", cn.ipcity.metrics.CockpitView.Status.class),
            Map.entry("cockpit.source.", cn.ipcity.metrics.IndicatorProgress.Source.class),
            Map.entry("cockpit.availability.", cn.ipcity.metrics.MeasureValue.Availability.class));

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> zh = load("messages.properties").stringPropertyNames();
        Set<String> en = load("messages_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(en)).as("keys missing in English").containsAll(zh);
        assertThat(new TreeSet<>(zh)).as("keys missing in Chinese").containsAll(en);
    }

    @Test
    void noTextIsBlank() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = load(file);
            assertThat(p.stringPropertyNames())
                    .allSatisfy(
                            k -> assertThat(p.getProperty(k)).as(file + " " + k).isNotBlank());
        }
    }

    @Test
    void theDefaultLanguageIsChinese() throws IOException {
        assertThat(load("messages.properties").getProperty("nav.programs")).isEqualTo("工作方案");
        assertThat(load("messages_en.properties").getProperty("nav.programs")).isEqualTo("Work programs");
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> zh = load("messages.properties").stringPropertyNames();
        Set<String> en = load("messages_en.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                collect(LITERAL_KEY.matcher(html), used);
                collect(DYNAMIC_KEY.matcher(html), prefixes);
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(zh).as("used by templates, missing in messages.properties").containsAll(used);
        assertThat(en)
                .as("used by templates, missing in messages_en.properties")
                .containsAll(used);
        assertThat(ENUM_KEYS.keySet())
                .as("templates build keys from these prefixes")
                .containsAll(prefixes);
        for (var entry : ENUM_KEYS.entrySet()) {
            Set<String> keys = Arrays.stream(entry.getValue().getEnumConstants())
                    .map(c -> entry.getKey() + c.name())
                    .collect(Collectors.toSet());
            assertThat(zh).containsAll(keys);
            assertThat(en).containsAll(keys);
        }
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
