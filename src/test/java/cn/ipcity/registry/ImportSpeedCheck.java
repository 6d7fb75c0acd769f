package cn.ipcity.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipcity.common.ChineseCodes;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A speed check, not part of the suite: {@code mvn test -Dtest=ImportSpeedCheck -Dipcity.speedcheck=100000}
 * writes that many patents in the cn-patent format, imports them (validation, COPY to staging, upsert), then
 * times a raw PostgreSQL COPY of the same file into a table of text columns, and prints both rates.
 */
@EnabledIfSystemProperty(named = "ipcity.speedcheck", matches = "\\d+")
class ImportSpeedCheck extends ImportTestSupport {

    @Autowired
    DataSource dataSource;

    @Test
    void importRateAgainstRawCopy() throws Exception {
        int n = Integer.parseInt(System.getProperty("ipcity.speedcheck"));
        Path file = Path.of("target", "speedcheck-patents.csv");
        String[] addresses = {"山东省威海市环翠区文化西路180号", "山东省烟台市芝罘区南大街1号", "山东省淄博市张店区人民西路1号", "山东省文登市米山路1号"};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(ImportFixtures.PATENT_HEADER + "\n");
            for (int i = 0; i < n; i++) {
                String body = "2018" + "1" + String.format("%07d", 3_000_000 + i);
                String number = body + "." + ChineseCodes.applicationCheckDigit(body);
                w.write(number + ",2018-03-" + (10 + i % 18) + ",发明,\"一种基于深度学习的图像识别方法, 系统及装置" + i
                        + "\",本发明公开了一种方法，包括获取图像、提取特征、分类识别等步骤。,CN1" + (100000 + i % 900000) + "A,2018-09-10,,,"
                        + "G06F 16/29,G06F 16/29;G06N 3/08;H04L 9/32,威海某某科技有限公司" + (i % 500) + ";山东大学,威海某某科技有限公司,"
                        + "张伟;李娜;王芳," + addresses[i % addresses.length] + ",审中,US11234567B2(授权),F" + i + ",\n");
            }
        }
        long size = Files.size(file);
        long t0 = System.nanoTime();
        Map<String, Object> job = importFile("admin", "patent", "speed.csv", Files.readAllBytes(file));
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        assertThat(job.get("status")).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(n(job, "rowsImported")).isEqualTo(n);

        double jobSeconds = jdbc.sql("select extract(epoch from finished_at - started_at) from import_job where id = ?")
                .param(n(job, "jobId"))
                .query(Double.class)
                .single();
        // the same file again: everything is validated and compared, nothing is written
        Map<String, Object> again = importFile("admin", "patent", "speed.csv", Files.readAllBytes(file));
        assertThat(n(again, "rowsUnchanged")).isEqualTo(n);
        double againSeconds = jdbc.sql(
                        "select extract(epoch from finished_at - started_at) from import_job where id = ?")
                .param(n(again, "jobId"))
                .query(Double.class)
                .single();
        System.out.printf(
                "SPEEDCHECK re-import of the same file: %.2f s = %.0f rows/s%n", againSeconds, n / againSeconds);
        double copySeconds;
        try (Connection con = dataSource.getConnection()) {
            con.setAutoCommit(false);
            StringBuilder cols = new StringBuilder();
            for (int i = 0; i < 19; i++) {
                cols.append(i == 0 ? "" : ", ").append("c").append(i).append(" text");
            }
            con.createStatement().execute("create temp table raw_copy (" + cols + ") on commit drop");
            long c0 = System.nanoTime();
            try (InputStream in = Files.newInputStream(file)) {
                con.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("copy raw_copy from stdin with (format csv, header true)", in);
            }
            con.commit();
            copySeconds = (System.nanoTime() - c0) / 1e9;
        }
        System.out.printf(
                "SPEEDCHECK %d patents, %.1f MB: job %.2f s = %.0f rows/s (%.2f s with upload and polling);"
                        + " raw COPY %.2f s = %.0f rows/s; ratio %.2f%n",
                n,
                size / 1e6,
                jobSeconds,
                n / jobSeconds,
                importSeconds,
                copySeconds,
                n / copySeconds,
                copySeconds / jobSeconds);
    }
}
