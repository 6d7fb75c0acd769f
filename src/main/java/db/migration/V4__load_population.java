package db.migration;

import java.sql.PreparedStatement;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Seeds resident population from {@code reference/population.csv}, keeping each row's source. */
public class V4__load_population extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection()
                .prepareStatement("insert into population (jurisdiction_code, year, resident_population, kind,"
                        + " source, updated_by) values (?, ?, ?, ?, ?, 'reference/population.csv')")) {
            for (CSVRecord row : V2__load_divisions.ReferenceCsv.read("reference/population.csv")) {
                insert.setString(1, (row.get("jurisdiction_code") + "000000").substring(0, 6));
                insert.setInt(2, Integer.parseInt(row.get("year")));
                insert.setLong(3, Long.parseLong(row.get("resident_population")));
                insert.setString(4, row.get("kind"));
                insert.setString(5, row.get("source"));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
