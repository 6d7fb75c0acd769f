package cn.ipcity.database;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipcity.IpcityApplication;
import cn.ipcity.account.UserAccounts;
import cn.ipcity.program.Programs;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With a datasource URL configured, ipcity uses that server: it migrates it, starts no embedded PostgreSQL
 * and creates no demo users. A separately started PostgreSQL stands in for the office's own server.
 */
class ExternalDatabaseTest {

    @Test
    void runsOnTheConfiguredServerInsteadOfTheEmbeddedOne() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of("target/external-pg"))
                .setCleanDataDirectory(true)
                .start()) {
            String url = external.getJdbcUrl("postgres", "postgres");
            // as an operator would start it: command-line arguments outrank application.yml
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(IpcityApplication.class)
                    .run(
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=",
                            "--server.port=0",
                            "--ipcity.security.admin-password=External-test-2026")) {
                assertThat(app.getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();
                assertThat(app.getBeansOfType(EmbeddedDatabaseMode.class)).isEmpty();
                assertThat(app.getBean(Programs.class).all()).hasSize(5);

                UserAccounts accounts = app.getBean(UserAccounts.class);
                assertThat(accounts.exists("admin")).isTrue();
                assertThat(accounts.exists("weihai.officer"))
                        .as("no demo users on a real server")
                        .isFalse();

                // the schema and reference data landed in the external server itself
                JdbcClient direct = JdbcClient.create(external.getPostgresDatabase());
                assertThat(direct.sql("select count(*) from jurisdiction where code = '371002'")
                                .query(Long.class)
                                .single())
                        .isEqualTo(1);
                assertThat(direct.sql("select count(*) from flyway_schema_history where success")
                                .query(Long.class)
                                .single())
                        .isGreaterThanOrEqualTo(7);
            }
        }
    }
}
