package cn.ipcity.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.ipcity.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

class DemoDataTest extends IntegrationTest {

    @Autowired
    DemoData demoData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void loadsTheThreeCitiesOnceThroughTheImporter() throws Exception {
        // The shared test context runs with ipcity.demo-data=false: nothing was loaded at start-up.
        assertThat(jdbc.sql("select count(*) from demo_data_load")
                        .query(Long.class)
                        .single())
                .isZero();

        // 1% of the demo scale's volume (about 22,000 rows at scale 0.01), a seed of its own.
        assertThat(demoData.load(0.01, 11)).isTrue();

        List<String> loaded = jdbc.sql("select unnest(loaded_files) from demo_data_load")
                .query(String.class)
                .list();
        // Dependency order first, then the other files in the generator's order; every file imported.
        assertThat(loaded).startsWith("party", "patent", "patent-event", "trademark");
        assertThat(loaded).contains("copyright", "designation", "tech-contract");
        // Each file was imported by its own successful system job.
        assertThat(jdbc.sql(
                                """
                        select count(*) from import_job
                         where created_by = 'system' and status = 'SUCCEEDED'
                           and file_name in ('party.csv', 'patent.csv', 'patent-event.csv', 'trademark.csv')""")
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
        // Patents of 威海 (and of 环翠区 in particular), 烟台 and 淄博 came from those jobs.
        for (String city : List.of("3710", "371002", "3706", "3703")) {
            assertThat(jdbc.sql(
                                    """
                            select count(*) from patent p join import_job j on j.id = p.import_job_id
                             where j.created_by = 'system' and p.applicant_jurisdiction_code like ?""")
                            .param(city + "%")
                            .query(Long.class)
                            .single())
                    .as("patents of %s", city)
                    .isPositive();
        }
        assertThat(demoData.isFinished()).isTrue();
        assertThat(demoData.progress()).isEmpty();
        long jobs =
                jdbc.sql("select count(*) from import_job").query(Long.class).single();

        // A second call (a restart) does nothing: no new job.
        assertThat(demoData.load(0.01, 11)).isFalse();
        assertThat(jdbc.sql("select count(*) from import_job").query(Long.class).single())
                .isEqualTo(jobs);

        // No load running: the home page's notice is empty and stops polling.
        mvc.perform(get("/demo-data/progress").with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("hx-get"))));
    }

    @Test
    void importsPartiesAndPatentsBeforeTheRest() {
        var summary = new cn.ipcity.generator.GenerationSummary(
                new java.util.LinkedHashMap<>(java.util.Map.of("copyright", 1L, "patent-event", 1L, "party", 1L)), 0);
        // Only files that were written, the named ones first.
        assertThat(DemoData.ordered(summary)).containsExactly("party", "patent-event", "copyright");
    }
}
