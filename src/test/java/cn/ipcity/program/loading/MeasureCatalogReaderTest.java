package cn.ipcity.program.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipcity.program.Measure;
import cn.ipcity.program.ProgramFileError;
import cn.ipcity.program.ProgramValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasureCatalogReaderTest {

    private static final String F = "measures/catalogue.yml";

    private static List<String> errors(String yaml) {
        try {
            MeasureCatalogReader.read(F, yaml);
        } catch (ProgramValidationException e) {
            return e.errors().stream().map(ProgramFileError::toString).toList();
        }
        throw new AssertionError("no error reported");
    }

    @Test
    void theShippedCatalogueDefinesRatiosByFormula() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/measures/catalogue.yml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Measure> measures = MeasureCatalogReader.read(F, text);
        Measure hv = measures.get("hv_invention_patents_per_10k");
        assertThat(hv.kind()).isEqualTo(Measure.Kind.RATIO);
        assertThat(hv.formula().numerator()).isEqualTo("hv_invention_patents");
        assertThat(hv.formula().denominator()).isEqualTo("resident_population");
        assertThat(hv.formula().factor()).isEqualByComparingTo("10000");
        assertThat(measures.get("valid_invention_patents").formula()).isNull();
        assertThat(measures.values().stream().filter(m -> m.kind() == Measure.Kind.RATIO))
                .allSatisfy(m -> assertThat(m.formula()).isNotNull());
    }

    @Test
    void factorDefaultsToOne() {
        Map<String, Measure> m = MeasureCatalogReader.read(
                F,
                """
                - {code: a, name: A, nameEn: A, unit: 件, kind: STOCK}
                - {code: b, name: B, nameEn: B, unit: 件, kind: STOCK}
                - {code: a_per_b, name: 比, nameEn: ratio, unit: "%", kind: RATIO, numerator: a, denominator: b}
                """);
        assertThat(m.get("a_per_b").formula().factor()).isEqualByComparingTo("1");
    }

    @Test
    void unknownMeasuresInAFormulaAreReportedWithTheLine() {
        assertThat(
                        errors(
                                """
                        - {code: a, name: A, nameEn: A, unit: 件, kind: STOCK}
                        - {code: a_per_x, name: 比, nameEn: ratio, unit: 件, kind: RATIO, numerator: a, denominator: x}
                        """))
                .containsExactly(F + ":2: measure 'a_per_x': unknown measure 'x' in its formula");
    }

    @Test
    void cyclesAreReported() {
        // r1 = r2 / a, r2 = r1 / a: each finds the loop through the other
        assertThat(
                        errors(
                                """
                        - {code: a, name: A, nameEn: A, unit: 件, kind: STOCK}
                        - {code: r1, name: R1, nameEn: R1, unit: 件, kind: RATIO, numerator: r2, denominator: a}
                        - {code: r2, name: R2, nameEn: R2, unit: 件, kind: RATIO, numerator: a, denominator: r1}
                        - {code: r3, name: R3, nameEn: R3, unit: 件, kind: RATIO, numerator: r3, denominator: a}
                        """))
                .containsExactly(
                        F + ":2: measure 'r1': its formula refers back to itself (r1 → r2 → r1)",
                        F + ":3: measure 'r2': its formula refers back to itself (r2 → r1 → r2)",
                        F + ":4: measure 'r3': its formula refers back to itself (r3 → r3)");
    }

    @Test
    void formulaFieldsBelongToRatiosOnly() {
        assertThat(
                        errors(
                                """
                        - {code: a, name: A, nameEn: A, unit: 件, kind: STOCK, numerator: a}
                        - {code: r, name: R, nameEn: R, unit: 件, kind: RATIO, numerator: a}
                        - {code: s, name: S, nameEn: S, unit: 件, kind: RATIO, numerator: a, denominator: a, factor: -1}
                        - {code: a, name: A, nameEn: A, unit: 件, kind: FLOW, colour: red}
                        - {code: t, name: T, nameEn: T, unit: 件, kind: SUM}
                        """))
                .containsExactly(
                        F + ":1: only a RATIO measure has a formula (numerator, denominator, factor)",
                        F + ":2: a RATIO measure needs a numerator and a denominator measure",
                        F + ":3: factor must be a positive number",
                        F + ":4: unknown field 'colour' in measure (allowed: code, name, nameEn, unit, kind, numerator,"
                                + " denominator, factor)",
                        F + ":4: duplicate measure code 'a' (first at line 1)",
                        F + ":5: unknown measure kind 'SUM' (expected one of: STOCK, FLOW, RATIO)");
    }

    @Test
    void notAListIsReported() {
        assertThatThrownBy(() -> MeasureCatalogReader.read(F, "code: a\n"))
                .isInstanceOf(ProgramValidationException.class)
                .hasMessageContaining(F + ":1: the catalogue must be a list of measures");
    }
}
