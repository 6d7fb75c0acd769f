package db.migration;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Loads the statistical division codes shipped in {@code reference/divisions} (see its README). */
public class V2__load_divisions extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into jurisdiction (code, name, level, parent_code) values (?, ?, ?, ?)")) {
            load(insert, "provinces.csv", "PROVINCE", null);
            load(insert, "cities.csv", "CITY", "provinceCode");
            load(insert, "areas.csv", "COUNTY", "cityCode");
        }
    }

    private static void load(PreparedStatement insert, String file, String level, String parentColumn)
            throws IOException, SQLException {
        for (CSVRecord row : ReferenceCsv.read("reference/divisions/" + file)) {
            String code = pad(row.get("code"));
            String parent = parentColumn == null ? null : pad(row.get(parentColumn));
            if (code.equals(parent)) {
                // 东莞, 中山, 儋州 have no county-level units: the area row repeats the city itself
                continue;
            }
            insert.setString(1, code);
            insert.setString(2, row.get("name"));
            insert.setString(3, level);
            insert.setString(4, parent);
            insert.addBatch();
        }
        insert.executeBatch();
    }

    private static String pad(String code) {
        return (code + "000000").substring(0, 6);
    }

    static final class ReferenceCsv {
        static Iterable<CSVRecord> read(String resource) throws IOException {
            var stream = V2__load_divisions.class.getClassLoader().getResourceAsStream(resource);
            if (stream == null) {
                throw new IOException("Missing reference file on the classpath: " + resource);
            }
            Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8);
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }
}
