package cn.ipcity.generator;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reading generated files back, and attributing an address to a county-level code from reference/divisions only. */
final class GeneratedFiles {

    private GeneratedFiles() {}

    static void each(Path dir, String type, Consumer<CSVRecord> consumer) {
        try (Reader reader = Files.newBufferedReader(dir.resolve(type + ".csv"), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(reader)) {
            for (CSVRecord r : parser) {
                consumer.accept(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> header(Path dir, String type) throws IOException {
        String first = Files.newBufferedReader(dir.resolve(type + ".csv"), StandardCharsets.UTF_8)
                .readLine();
        return List.of(first.split(",", -1));
    }

    /**
     * Attributes an address the way an importer would, using only the division tables: the province (optional),
     * then a city of it, then a county-level unit of that city; historical names map to today's units. Returns
     * the 6-digit code, the 4-digit city code when the address names no county, or null.
     */
    static final class Resolver {

        private static final Map<String, String> HISTORICAL = Map.of("文登市", "371003", "蓬莱市", "370614");

        private final ReferenceData ref = ReferenceData.get();

        String resolve(String address) {
            for (Map.Entry<String, String> h : HISTORICAL.entrySet()) {
                if (address.contains(h.getKey())) {
                    return h.getValue();
                }
            }
            List<ReferenceData.City> candidates = new ArrayList<>();
            for (String province : ref.provinces().keySet()) {
                for (ReferenceData.City city : ref.citiesOf(province)) {
                    String name = city.name().equals("市辖区") ? ref.provinceName(province) : city.name();
                    int at = address.indexOf(name);
                    if (at >= 0 && at <= ref.provinceName(province).length()) {
                        candidates.add(city);
                    }
                }
            }
            for (ReferenceData.City city : candidates) {
                String best = null;
                for (ReferenceData.Area area : city.areas()) {
                    if (address.contains(area.name())
                            && (best == null
                                    || area.name().length()
                                            > ref.area(best).name().length())) {
                        best = area.code();
                    }
                }
                if (best != null) {
                    return best;
                }
            }
            return candidates.size() == 1 ? candidates.get(0).code() : null;
        }
    }

    /** Name → party row, for the holders named in patent rows. */
    static Map<String, CSVRecord> parties(Path dir) {
        Map<String, CSVRecord> parties = new HashMap<>();
        each(dir, "party", r -> parties.put(r.get("名称"), r));
        return parties;
    }
}
