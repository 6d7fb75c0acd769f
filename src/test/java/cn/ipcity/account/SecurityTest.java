package cn.ipcity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.ipcity.IntegrationTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

class SecurityTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    private void createUser(String username, String password) {
        if (!accounts.exists(username)) {
            jdbc.sql("insert into app_user (username, display_name, password_hash, role, jurisdiction_code)"
                            + " values (?, ?, ?, 'VIEWER', '371000')")
                    .params(username, username, encoder.encode(password))
                    .update();
        }
    }

    private int login(String username, String password) throws Exception {
        return mvc.perform(get("/api/v1/programs").with(httpBasic(username, password)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        createUser("lockout.test", "Right-pass-2026");
        for (int i = 0; i < 4; i++) {
            assertThat(login("lockout.test", "wrong")).isEqualTo(401);
        }
        assertThat(login("lockout.test", "Right-pass-2026"))
                .as("4 failures do not lock")
                .isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(login("lockout.test", "wrong")).isEqualTo(401);
        }
        assertThat(login("lockout.test", "Right-pass-2026"))
                .as("locked after 5")
                .isEqualTo(401);
        Instant lockedUntil = jdbc.sql("select locked_until from app_user where username = 'lockout.test'")
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        assertThat(lockedUntil)
                .isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(15 * 60 + 5));
        assertThat(jdbc.sql(
                                "select count(*) from audit_log where action = 'USER_LOCKED' and entity_key = 'lockout.test'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // once the 15 minutes are over, the right password works again
        jdbc.sql("update app_user set locked_until = now() - interval '1 second' where username = 'lockout.test'")
                .update();
        assertThat(login("lockout.test", "Right-pass-2026")).isEqualTo(200);
    }

    @Test
    void theLoginFormSaysWhenTheAccountIsLocked() throws Exception {
        createUser("lockout.form", "Right-pass-2026");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login")
                            .param("username", "lockout.form")
                            .param("password", "x")
                            .with(csrf()))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(post("/login")
                        .param("username", "lockout.form")
                        .param("password", "Right-pass-2026")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error=locked"));
    }

    @Test
    void formLoginWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "weihai.officer").param("password", DEMO_PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login")
                        .param("username", "weihai.officer")
                        .param("password", DEMO_PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void sessionFormPostsNeedTheCsrfToken() throws Exception {
        var session = mvc.perform(post("/login")
                        .param("username", "weihai.officer")
                        .param("password", DEMO_PASSWORD)
                        .with(csrf()))
                .andReturn()
                .getRequest()
                .getSession();
        mvc.perform(post("/jurisdictions/3710/population")
                        .session((org.springframework.mock.web.MockHttpSession) session)
                        .param("year", "2018")
                        .param("residentPopulation", "2900000")
                        .param("kind", "k")
                        .param("source", "s"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesRedirectAnonymousBrowsersToLoginAndTheApiAnswers401() throws Exception {
        mvc.perform(get("/programs").accept("text/html")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/jurisdictions/3710")).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
    }

    @Test
    void responsesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void onlyAdministratorsSeeTheAuditLog() throws Exception {
        mvc.perform(get("/admin/audit").with(httpBasic("weihai.officer", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = jdbc.sql("select password_hash from app_user where username = 'admin'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("$2a$12$").doesNotContain(ADMIN_PASSWORD);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                                "$.paths['/api/v1/programs/{code}']")
                        .exists())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                                "$.paths['/api/v1/jurisdictions/{code}']")
                        .exists());
    }
}
