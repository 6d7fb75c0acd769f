package cn.ipcity.program;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A work program (工作方案) as data, loaded from {@code programs/<code>.yml}.
 *
 * @param jurisdictionCode 6-digit code of the jurisdiction the program governs
 * @param sourceFile the government document's text, under {@code programs/sources/}
 */
public record Program(
        String code,
        String titleZh,
        String titleEn,
        String documentNumber,
        String issuingBody,
        LocalDate issueDate,
        String jurisdictionCode,
        LocalDate periodStart,
        LocalDate periodEnd,
        ProgramStatus status,
        List<Supersession> supersedes,
        String sourceFile,
        List<Indicator> indicators,
        List<Section> sections) {

    /** A document this program repeals (同时废止). */
    public record Supersession(String documentNumber, String title) {}

    public Stream<Task> tasks() {
        return sections.stream().flatMap(s -> s.tasks().stream());
    }

    public int taskCount() {
        return (int) tasks().count();
    }

    public List<Indicator> numericIndicators() {
        return indicators.stream().filter(Indicator::isNumeric).toList();
    }

    /** Every unit named by a task or annex row, in first-mention order. */
    public Set<String> allUnits() {
        Set<String> units = new LinkedHashSet<>();
        tasks().forEach(t -> {
            units.addAll(t.units());
            t.subItems().forEach(s -> units.addAll(s.units()));
        });
        return units;
    }
}
