package cn.ipcity.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.ipcity.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class JurisdictionApiTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Population population;

    private static RequestPostProcessor as(String user) {
        return httpBasic(user, user.equals("admin") ? ADMIN_PASSWORD : DEMO_PASSWORD);
    }

    private static String body(long value) {
        return "{\"residentPopulation\": " + value + ", \"kind\": \"年末常住人口\", \"source\": \"测试公报\"}";
    }

    @Test
    void cityShowsItsCountiesAndPopulationWithMissingYearsAsNull() throws Exception {
        mvc.perform(get("/api/v1/jurisdictions/3710").with(as("weihai.leader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("371000"))
                .andExpect(jsonPath("$.shortCode").value("3710"))
                .andExpect(jsonPath("$.name").value("威海市"))
                .andExpect(jsonPath("$.path[0].name").value("山东省"))
                .andExpect(jsonPath("$.children[*].name", hasItem("环翠区")))
                .andExpect(jsonPath("$.children[*].code", hasItem("371071"))) // 火炬高技术产业开发区
                // seeded from reference/population.csv with its source
                .andExpect(jsonPath("$.population[?(@.year == 2023)].residentPopulation")
                        .value(2913600))
                .andExpect(jsonPath("$.population[?(@.year == 2023)].source")
                        .value("Weihai 2023 statistical bulletin (291.36万)"))
                // no figure for 2022 was found: missing, never interpolated between 2021 and 2023
                .andExpect(jsonPath("$.population[?(@.year == 2022)].residentPopulation")
                        .value(hasItem(nullValue())))
                .andExpect(jsonPath("$.population[?(@.year == 2022)].missing").value(true))
                .andExpect(jsonPath("$.units[*].name", hasItem("威海海关")));
    }

    private static org.hamcrest.Matcher<Object> nullValue() {
        return org.hamcrest.Matchers.nullValue();
    }

    @Test
    void unknownAndMalformedCodesAreToldApart() throws Exception {
        mvc.perform(get("/api/v1/jurisdictions/999999").with(as("weihai.leader")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("999999"));
        mvc.perform(get("/api/v1/jurisdictions/37a").with(as("weihai.leader")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("37a")));
    }

    /** Who may write population figures of which jurisdiction. */
    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "huancui.officer, 371002, 200", // own district
        "huancui.officer, 3710,   403", // the city above it
        "huancui.officer, 3706,   403", // another city
        "weihai.officer,  3710,   200", // own city
        "weihai.officer,  371002, 200", // a district inside it
        "weihai.officer,  370602, 403", // 烟台 芝罘区
        "yantai.officer,  371002, 403",
        "weihai.kjj,      3710,   403", // reporters report, they do not edit reference data
        "weihai.leader,   3710,   403", // viewers read
        "admin,           3703,   200"
    })
    void populationWritesAreScopedToTheOfficersJurisdiction(String user, String code, int expected) throws Exception {
        mvc.perform(put("/api/v1/jurisdictions/" + code + "/population/2019")
                        .with(as(user))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(1_000_000)))
                .andExpect(status().is(expected));
    }

    @Test
    void aCorrectionIsAuditedWithBeforeAndAfter() throws Exception {
        mvc.perform(put("/api/v1/jurisdictions/371002/population/2024")
                        .with(as("huancui.officer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(482_000)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.residentPopulation").value(482000))
                .andExpect(jsonPath("$.updatedBy").value("huancui.officer"));
        mvc.perform(put("/api/v1/jurisdictions/371002/population/2024")
                        .with(as("huancui.officer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(482_500)))
                .andExpect(status().isOk());

        assertThat(population.of("371002", 2024)).hasValue(482_500);
        var last = jdbc.sql(
                        """
                        select actor, action, before_state ->> 'residentPopulation' as before,
                               after_state ->> 'residentPopulation' as after
                        from audit_log where entity_type = 'population' and entity_key = '371002/2024'
                        order by id""")
                .query((rs, i) -> rs.getString("actor") + " " + rs.getString("action") + " " + rs.getString("before")
                        + "→" + rs.getString("after"))
                .list();
        assertThat(last)
                .containsExactly(
                        "huancui.officer POPULATION_ADDED null→482000",
                        "huancui.officer POPULATION_CORRECTED 482000→482500");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"residentPopulation\": 0, \"kind\": \"k\", \"source\": \"s\"}          | residentPopulation | 正整数",
                "{\"residentPopulation\": 48.13, \"kind\": \"k\", \"source\": \"s\"}      | residentPopulation | 万人",
                "{\"residentPopulation\": 48, \"kind\": \"k\", \"source\": \"s\"}         | residentPopulation | 万人",
                "{\"residentPopulation\": 4813000000, \"kind\": \"k\", \"source\": \"s\"}  | residentPopulation | 万人",
                "{\"residentPopulation\": 481300, \"kind\": \"\", \"source\": \"s\"}      | kind               | 口径",
                "{\"residentPopulation\": 481300, \"kind\": \"k\"}                         | source             | 来源"
            })
    void badFiguresAreRefusedNamingTheField(String json, String field, String reason) throws Exception {
        mvc.perform(put("/api/v1/jurisdictions/371002/population/2020")
                        .with(as("huancui.officer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value(field))
                .andExpect(jsonPath("$.detail", containsString(reason)));
        assertThat(population.of("371002", 2020)).isEmpty();
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() throws Exception {
        mvc.perform(put("/api/v1/jurisdictions/371002/population/2020")
                        .with(as("huancui.officer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{residentPopulation: "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("JSON")));
    }

    @Test
    void aFutureYearIsRefused() throws Exception {
        mvc.perform(put("/api/v1/jurisdictions/371002/population/2099")
                        .with(as("huancui.officer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(500_000)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("year"));
    }
}
