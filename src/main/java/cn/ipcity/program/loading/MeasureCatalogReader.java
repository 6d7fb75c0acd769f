package cn.ipcity.program.loading;

import cn.ipcity.program.Measure;
import cn.ipcity.program.ProgramFileError;
import cn.ipcity.program.ProgramValidationException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the measure catalogue. A RATIO measure is a formula over two other measures ({@code numerator},
 * {@code denominator}, optional {@code factor}, default 1); unknown measures in a formula, a formula on a measure
 * that is not a RATIO, and cycles between ratios are reported with file and line, like the program files.
 */
public final class MeasureCatalogReader {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");
    private static final List<String> FIELDS =
            List.of("code", "name", "nameEn", "unit", "kind", "numerator", "denominator", "factor");

    private MeasureCatalogReader() {}

    public static Map<String, Measure> read(String file, String content) {
        List<ProgramFileError> errors = new ArrayList<>();
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(content));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new ProgramValidationException(
                    List.of(new ProgramFileError(file, line, "not valid YAML: " + e.getProblem())));
        }
        if (!(root instanceof SequenceNode list)) {
            throw new ProgramValidationException(List.of(
                    new ProgramFileError(file, YamlFields.line(root), "the catalogue must be a list of measures")));
        }
        Map<String, Measure> measures = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (Node item : list.getValue()) {
            YamlFields f = YamlFields.of(file, item, "measure", errors, FIELDS);
            if (f == null) {
                continue;
            }
            String code = f.string("code", true);
            String name = f.string("name", true);
            String nameEn = f.string("nameEn", true);
            String unit = f.string("unit", true);
            Measure.Kind kind = f.enumValue("kind", Measure.Kind.class, "measure kind", true);
            String numerator = f.string("numerator", false);
            String denominator = f.string("denominator", false);
            BigDecimal factor = f.decimal("factor", false);
            if (code != null && !CODE.matcher(code).matches()) {
                f.error("code", "measure code '" + code + "' must be lower case letters, digits and _");
                code = null;
            }
            if (code != null && measures.containsKey(code)) {
                f.error("code", "duplicate measure code '" + code + "' (first at line " + lines.get(code) + ")");
                continue;
            }
            Measure.Formula formula = null;
            if (kind == Measure.Kind.RATIO) {
                if (numerator == null || denominator == null) {
                    f.error("kind", "a RATIO measure needs a numerator and a denominator measure");
                } else {
                    if (factor != null && factor.signum() <= 0) {
                        f.error("factor", "factor must be a positive number");
                    }
                    formula = new Measure.Formula(numerator, denominator, factor == null ? BigDecimal.ONE : factor);
                }
            } else if (kind != null && (numerator != null || denominator != null || factor != null)) {
                f.error(
                        f.has("numerator") ? "numerator" : f.has("denominator") ? "denominator" : "factor",
                        "only a RATIO measure has a formula (numerator, denominator, factor)");
            }
            if (code != null && kind != null) {
                measures.put(code, new Measure(code, name, nameEn, unit, kind, formula));
                lines.put(code, f.line());
            }
        }
        checkFormulas(file, measures, lines, errors);
        if (!errors.isEmpty()) {
            throw new ProgramValidationException(errors);
        }
        return Collections.unmodifiableMap(measures);
    }

    private static void checkFormulas(
            String file, Map<String, Measure> measures, Map<String, Integer> lines, List<ProgramFileError> errors) {
        for (Measure m : measures.values()) {
            if (m.formula() == null) {
                continue;
            }
            for (String operand : List.of(m.formula().numerator(), m.formula().denominator())) {
                if (!measures.containsKey(operand)) {
                    errors.add(new ProgramFileError(
                            file,
                            lines.get(m.code()),
                            "measure '" + m.code() + "': unknown measure '" + operand + "' in its formula"));
                }
            }
        }
        for (Measure m : measures.values()) {
            List<String> cycle = cycleFrom(m.code(), measures, new ArrayList<>());
            if (!cycle.isEmpty() && cycle.get(0).equals(m.code())) {
                errors.add(new ProgramFileError(
                        file,
                        lines.get(m.code()),
                        "measure '" + m.code() + "': its formula refers back to itself (" + String.join(" → ", cycle)
                                + ")"));
            }
        }
    }

    /** The path back to a measure already on {@code path}, or empty when the formulas below end. */
    private static List<String> cycleFrom(String code, Map<String, Measure> measures, List<String> path) {
        if (path.contains(code)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(code), path.size()));
            cycle.add(code);
            return cycle;
        }
        Measure m = measures.get(code);
        if (m == null || m.formula() == null) {
            return List.of();
        }
        path.add(code);
        for (String operand : List.of(m.formula().numerator(), m.formula().denominator())) {
            List<String> cycle = cycleFrom(operand, measures, path);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        return List.of();
    }
}
