package db.migration;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Loads the State Council holiday arrangements shipped in {@code reference/cn-workday-calendar.csv}. */
public class V21__load_workday_calendar extends BaseJavaMigration {

    private static final String FILE = "reference/cn-workday-calendar.csv";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        var stream = getClass().getClassLoader().getResourceAsStream(FILE);
        if (stream == null) {
            throw new IllegalStateException("Missing reference file on the classpath: " + FILE);
        }
        var rows = new java.util.ArrayList<CSVRecord>();
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .forEach(rows::add);
        }
        TreeSet<Integer> years = new TreeSet<>();
        rows.forEach(r -> years.add(LocalDate.parse(r.get("date")).getYear()));
        try (PreparedStatement year = connection.prepareStatement(
                        "insert into calendar_year (year, source, added_by) values (?, ?, 'system')");
                PreparedStatement day = connection.prepareStatement(
                        "insert into calendar_day (day, year, is_off_day, holiday_name) values (?, ?, ?, ?)")) {
            for (int y : years) {
                year.setInt(1, y);
                year.setString(2, "国务院办公厅关于" + y + "年部分节假日安排的通知 (" + FILE + ")");
                year.addBatch();
            }
            year.executeBatch();
            for (CSVRecord r : rows) {
                LocalDate date = LocalDate.parse(r.get("date"));
                day.setDate(1, Date.valueOf(date));
                day.setInt(2, date.getYear());
                day.setBoolean(3, Boolean.parseBoolean(r.get("is_off_day")));
                day.setString(4, r.get("holiday_name"));
                day.addBatch();
            }
            day.executeBatch();
        }
    }
}
