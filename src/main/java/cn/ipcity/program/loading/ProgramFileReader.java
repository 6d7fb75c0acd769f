package cn.ipcity.program.loading;

import cn.ipcity.common.JurisdictionCodes;
import cn.ipcity.program.Comparator;
import cn.ipcity.program.DisplayUnit;
import cn.ipcity.program.Indicator;
import cn.ipcity.program.IndicatorAttribute;
import cn.ipcity.program.Program;
import cn.ipcity.program.ProgramFileError;
import cn.ipcity.program.ProgramStatus;
import cn.ipcity.program.ProgramValidationException;
import cn.ipcity.program.Section;
import cn.ipcity.program.TargetKind;
import cn.ipcity.program.Task;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads one program file and checks it against the document it encodes. Every problem is reported with the
 * file and line; a file with any problem yields no program.
 */
public final class ProgramFileReader {

    /** What a program file is checked against. */
    public record Context(
            Predicate<String> jurisdictionExists,
            Set<String> measureCodes,
            Function<String, Optional<String>> sourceText) {}

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000\\u00A0\\uFEFF]+");

    private static final List<String> PROGRAM_FIELDS = List.of(
            "code",
            "title",
            "documentNumber",
            "issuingBody",
            "issueDate",
            "jurisdiction",
            "periodStart",
            "periodEnd",
            "status",
            "supersedes",
            "source",
            "unitsOnEveryTask",
            "indicators",
            "sections");
    private static final List<String> TITLE_FIELDS = List.of("zh", "en");
    private static final List<String> SUPERSEDES_FIELDS = List.of("documentNumber", "title");
    private static final List<String> EVERY_TASK_FIELDS = List.of("units", "sourceQuote");
    private static final List<String> INDICATOR_FIELDS = List.of(
            "code",
            "name",
            "nameEn",
            "unit",
            "target",
            "targetKind",
            "comparator",
            "attribute",
            "measure",
            "sourceQuote",
            "baseline",
            "note");
    private static final List<String> SECTION_FIELDS = List.of("number", "title", "tasks");
    private static final List<String> TASK_FIELDS = List.of("number", "title", "text", "units", "lead", "subItems");
    private static final List<String> SUB_ITEM_FIELDS = List.of("text", "units");

    private final String file;
    private final Context context;
    private final List<ProgramFileError> errors = new ArrayList<>();
    private String normalizedSource;

    private ProgramFileReader(String file, Context context) {
        this.file = file;
        this.context = context;
    }

    /** Parses and validates; throws {@link ProgramValidationException} listing every problem found. */
    public static Program read(String file, String content, Context context) {
        return new ProgramFileReader(file, context).read(content);
    }

    static String withoutWhitespace(String text) {
        return WHITESPACE.matcher(text).replaceAll("");
    }

    private Program read(String content) {
        Node root = compose(content);
        if (root == null || YamlFields.isAbsent(root)) {
            throw new ProgramValidationException(List.of(new ProgramFileError(file, 1, "the file is empty")));
        }
        YamlFields f = YamlFields.of(file, root, "the program", errors, PROGRAM_FIELDS);
        if (f == null) {
            throw new ProgramValidationException(errors);
        }
        String code = f.string("code", true);
        if (code != null && !CODE.matcher(code).matches()) {
            f.error("code", "program code '" + code + "' must be lower-case letters, digits and hyphens");
        }
        YamlFields title = f.has("title") ? YamlFields.of(file, f.node("title"), "title", errors, TITLE_FIELDS) : null;
        if (!f.has("title")) {
            f.error("title", "missing required field 'title' (with zh and en)");
        }
        String titleZh = title == null ? null : title.string("zh", true);
        String titleEn = title == null ? null : title.string("en", true);
        String documentNumber = f.string("documentNumber", true);
        String issuingBody = f.string("issuingBody", true);
        LocalDate issueDate = f.date("issueDate", true);
        String jurisdiction = jurisdiction(f);
        LocalDate periodStart = f.date("periodStart", true);
        LocalDate periodEnd = f.date("periodEnd", true);
        if (periodStart != null && periodEnd != null && !periodEnd.isAfter(periodStart)) {
            f.error("periodEnd", "periodEnd " + periodEnd + " must be after periodStart " + periodStart);
        }
        ProgramStatus status = f.enumValue("status", ProgramStatus.class, "program status", true);
        List<Program.Supersession> supersedes = new ArrayList<>();
        for (Node item : f.list("supersedes", false)) {
            YamlFields s = YamlFields.of(file, item, "a superseded document", errors, SUPERSEDES_FIELDS);
            if (s != null) {
                supersedes.add(new Program.Supersession(s.string("documentNumber", true), s.string("title", false)));
            }
        }
        String source = f.string("source", true);
        if (source != null) {
            Optional<String> text = context.sourceText().apply(source);
            if (text.isEmpty()) {
                f.error("source", "source document '" + source + "' not found next to the program (programs/sources/)");
            } else {
                normalizedSource = withoutWhitespace(text.get());
            }
        }
        List<String> everyTaskUnits = everyTaskUnits(f);
        List<Indicator> indicators = indicators(f);
        List<Section> sections = sections(f, everyTaskUnits);
        if (!errors.isEmpty()) {
            throw new ProgramValidationException(errors);
        }
        return new Program(
                code,
                titleZh,
                titleEn,
                documentNumber,
                issuingBody,
                issueDate,
                jurisdiction,
                periodStart,
                periodEnd,
                status,
                List.copyOf(supersedes),
                source,
                indicators,
                sections);
    }

    /** The YAML node tree; any YAML error is reported with its line, never as a bare SnakeYAML exception. */
    private Node compose(String content) {
        // SnakeYAML rejects control characters while reading the stream, with a position relative to its
        // buffer rather than a line: find them first
        int line = 1;
        for (int i = 0; i < content.length(); ) {
            int c = content.codePointAt(i);
            if (!StreamReader.isPrintable(c)) {
                throw yamlError(line, String.format("special character U+%04X is not allowed", c));
            }
            if (c == '\n' || (c == '\r' && (i + 1 == content.length() || content.charAt(i + 1) != '\n'))) {
                line++;
            }
            i += Character.charCount(c);
        }
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).compose(new java.io.StringReader(content));
        } catch (MarkedYAMLException e) {
            int problemLine =
                    e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            String reason = e.getProblem() == null ? e.getMessage() : e.getProblem();
            if (e.getContext() != null) {
                int contextLine = e.getContextMark() == null
                        ? problemLine
                        : e.getContextMark().getLine() + 1;
                reason = e.getContext() + (contextLine == problemLine ? "" : " (line " + contextLine + ")") + ", "
                        + reason;
            }
            throw yamlError(problemLine, reason);
        } catch (YAMLException e) {
            // limits of the loader (aliases, size) carry no position
            throw yamlError(1, e.getMessage());
        }
    }

    private ProgramValidationException yamlError(int line, String reason) {
        return new ProgramValidationException(List.of(new ProgramFileError(file, line, "not valid YAML: " + reason)));
    }

    private String jurisdiction(YamlFields f) {
        String code = f.string("jurisdiction", true);
        if (code == null) {
            return null;
        }
        if (!JurisdictionCodes.isWellFormed(code)) {
            f.error("jurisdiction", "jurisdiction code '" + code + "' must have 2, 4 or 6 digits (quote it in YAML)");
            return null;
        }
        if (!context.jurisdictionExists().test(code)) {
            f.error("jurisdiction", "unknown jurisdiction code '" + code + "'");
            return null;
        }
        return JurisdictionCodes.normalize(code);
    }

    private List<String> everyTaskUnits(YamlFields f) {
        if (!f.has("unitsOnEveryTask")) {
            return List.of();
        }
        YamlFields e = YamlFields.of(file, f.node("unitsOnEveryTask"), "unitsOnEveryTask", errors, EVERY_TASK_FIELDS);
        if (e == null) {
            return List.of();
        }
        checkQuote(e, "sourceQuote");
        return e.distinctStrings("units", true, "unitsOnEveryTask lists a unit twice");
    }

    private List<Indicator> indicators(YamlFields f) {
        List<Indicator> result = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Node item : f.list("indicators", true)) {
            YamlFields i = YamlFields.of(file, item, "an indicator", errors, INDICATOR_FIELDS);
            if (i == null) {
                continue;
            }
            String code = i.string("code", true);
            if (code != null && !CODE.matcher(code).matches()) {
                i.error("code", "indicator code '" + code + "' must be lower-case letters, digits and hyphens");
            }
            if (code != null && !codes.add(code)) {
                i.error("code", "duplicate indicator code '" + code + "'");
            }
            String name = i.string("name", true);
            TargetKind kind = i.enumValue("targetKind", TargetKind.class, "target kind", true);
            // without a (valid) kind it is unknown whether unit, target and comparator are required: the kind
            // alone is reported
            boolean numeric = kind != null && kind.isNumeric();
            boolean qualitative = kind == TargetKind.QUALITATIVE;
            DisplayUnit unit = null;
            String unitText = i.string("unit", numeric);
            if (unitText != null) {
                unit = DisplayUnit.ofSymbol(unitText).orElse(null);
                if (unit == null) {
                    i.error("unit", "unknown unit '" + unitText + "' (expected one of: " + unitSymbols() + ")");
                }
            }
            BigDecimal target = i.decimal("target", numeric);
            Comparator comparator = i.enumValue("comparator", Comparator.class, "comparator", numeric);
            if (qualitative && (target != null || comparator != null)) {
                i.error("targetKind", "a QUALITATIVE indicator has no target and no comparator");
            }
            if (kind == TargetKind.CAGR || kind == TargetKind.RATE_EACH_YEAR) {
                if (unit != null && unit != DisplayUnit.PERCENT) {
                    i.error("unit", "a " + kind + " target is a percentage: its unit must be %");
                }
            }
            IndicatorAttribute attribute = i.enumValue("attribute", IndicatorAttribute.class, "attribute", true);
            String measure = i.string("measure", true);
            if (measure != null
                    && !measure.equals(Indicator.REPORTED)
                    && !context.measureCodes().contains(measure)) {
                i.error(
                        "measure",
                        "unknown measure '" + measure + "' (a code from measures/catalogue.yml, or 'reported')");
            }
            String quote = checkQuote(i, "sourceQuote");
            BigDecimal baseline = i.decimal("baseline", false);
            result.add(new Indicator(
                    code,
                    name,
                    i.string("nameEn", false),
                    unit,
                    target,
                    kind,
                    comparator,
                    attribute,
                    measure,
                    quote,
                    baseline,
                    i.string("note", false)));
        }
        return List.copyOf(result);
    }

    private List<Section> sections(YamlFields f, List<String> everyTaskUnits) {
        List<Section> result = new ArrayList<>();
        Set<String> sectionNumbers = new HashSet<>();
        for (Node item : f.list("sections", true)) {
            YamlFields s = YamlFields.of(file, item, "a section", errors, SECTION_FIELDS);
            if (s == null) {
                continue;
            }
            String number = s.string("number", true);
            if (number != null && !sectionNumbers.add(number)) {
                s.error("number", "duplicate section number '" + number + "'");
            }
            List<Task> tasks = new ArrayList<>();
            Set<String> taskNumbers = new HashSet<>();
            for (Node taskNode : s.list("tasks", true)) {
                Task task = task(taskNode, number, taskNumbers, everyTaskUnits);
                if (task != null) {
                    tasks.add(task);
                }
            }
            result.add(new Section(number, s.string("title", true), List.copyOf(tasks)));
        }
        return List.copyOf(result);
    }

    private Task task(Node node, String section, Set<String> taskNumbers, List<String> everyTaskUnits) {
        YamlFields t = YamlFields.of(file, node, "a task", errors, TASK_FIELDS);
        if (t == null) {
            return null;
        }
        String number = t.string("number", true);
        if (number != null && !taskNumbers.add(number)) {
            t.error("number", "duplicate task number '" + number + "' in section " + section);
        }
        String title = t.string("title", true);
        String text = t.string("text", true);
        if (text != null && normalizedSource != null && !normalizedSource.contains(withoutWhitespace(text))) {
            t.error("text", "the text of task " + number + " does not occur in the source document");
        }
        List<String> units = t.distinctStrings("units", false, "task " + number + " lists a unit twice");
        everyTaskUnits.stream().filter(u -> !units.contains(u)).forEach(units::add);
        String lead = t.string("lead", false);
        if (lead != null && !units.contains(lead)) {
            t.error("lead", "lead unit '" + lead + "' of task " + number + " is not among its units");
        }
        if (lead == null && !units.isEmpty()) {
            lead = units.get(0);
        }
        List<Task.SubItem> subItems = new ArrayList<>();
        for (Node item : t.list("subItems", false)) {
            YamlFields si = YamlFields.of(file, item, "a sub-item", errors, SUB_ITEM_FIELDS);
            if (si != null) {
                String subText = si.string("text", true);
                if (subText != null
                        && normalizedSource != null
                        && !normalizedSource.contains(withoutWhitespace(subText))) {
                    si.error("text", "a sub-item text of task " + number + " does not occur in the source document");
                }
                List<String> subUnits =
                        si.distinctStrings("units", true, "a sub-item of task " + number + " lists a unit twice");
                subItems.add(new Task.SubItem(subText, List.copyOf(subUnits)));
            }
        }
        return new Task(number, title, text, List.copyOf(units), lead, List.copyOf(subItems));
    }

    private String checkQuote(YamlFields fields, String key) {
        String quote = fields.string(key, true);
        if (quote != null && normalizedSource != null && !normalizedSource.contains(withoutWhitespace(quote))) {
            fields.error(key, "source quote does not occur in the source document: '" + quote + "'");
        }
        return quote;
    }

    private static String unitSymbols() {
        return String.join(
                " ",
                java.util.Arrays.stream(DisplayUnit.values())
                        .map(DisplayUnit::symbol)
                        .toList());
    }
}
