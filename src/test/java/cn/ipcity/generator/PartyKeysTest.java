package cn.ipcity.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer knows a holder without a credit code by name and address (its duplicate key). At scale 2 the
 * generator wrote 13 pairs of different individuals with the same name at the same street number (济南, 青岛,
 * 临沂, 聊城), and once two foreign companies with the same name at the same number, which the import rejected as
 * duplicate rows. Individuals of a city now never share both, and trade names (字号, also of foreign holders) are
 * unique as documented.
 */
class PartyKeysTest {

    @TempDir
    Path temp;

    @Test
    void individualsOfACityNeverShareNameAndAddress() throws IOException {
        ReferenceData ref = ReferenceData.get();
        SplittableRandom random = new SplittableRandom(7);
        // 历下区 of 济南: 200,000 individuals in one county-level unit. Common names (王 alone is ~7% of surnames,
        // given names from ~110 characters) × ~35 streets × 399 numbers is a small space for that many people
        // (birthday paradox): without the check the first pair came at row 17,147 with this seed.
        ReferenceData.Area area = ref.area("370102");
        try (Output out = new Output(temp, StandardCharsets.UTF_8, false)) {
            CityGenerator city = new CityGenerator(
                    ref,
                    out,
                    new Codes(7),
                    new Names(random, 7),
                    random,
                    new Volumes(ref),
                    new Scope.CityPlan("3701", 0.01));
            for (int i = 0; i < 200_000; i++) {
                city.individual(area);
            }
        }
        Set<String> keys = new HashSet<>();
        long rows = 0;
        try (Reader reader = Files.newBufferedReader(temp.resolve("party.csv"), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder()
                        .setReader(reader)
                        .setFormat(CSVFormat.RFC4180
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get())
                        .get()) {
            for (CSVRecord r : parser) {
                rows++;
                assertThat(r.get("统一社会信用代码")).isEmpty();
                assertThat(keys.add(r.get("名称") + "\u0001" + r.get("地址")))
                        .as("row %d: %s, %s", r.getRecordNumber(), r.get("名称"), r.get("地址"))
                        .isTrue();
            }
        }
        assertThat(rows).isEqualTo(200_000);
    }

    @Test
    void tradeNamesOfARegionAreUnique() {
        // 95 distinct characters: the first 95² = 9,025 names of a region have two characters, the next three.
        // Before, four characters (海, 祥, 丰, 联) stood twice in the list, so 海丰 came up for two different
        // counters ("海丰电子株式会社" at 韩国首尔特别市江南区375号, rows 970,616 and 1,338,152 of scale 2).
        Names names = new Names(new SplittableRandom(7), 7);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String name = names.tradeName("@KR");
            assertThat(seen.add(name)).as("name %d: %s", i, name).isTrue();
        }
    }
}
