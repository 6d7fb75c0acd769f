package cn.ipcity;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Base of every test that needs the running application. All such tests share one Spring context and so one
 * embedded PostgreSQL (a fresh cluster under target/, wiped at the start of the run); keep the annotations
 * here identical for all of them, or the context cache would start a second database on the same folder.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ipcity.embedded-db.data-directory=target/test-pg",
            "ipcity.embedded-db.clean-on-start=true",
            "ipcity.demo-users=true",
            "ipcity.demo-data=false",
            "ipcity.security.admin-password=" + IntegrationTest.ADMIN_PASSWORD
        })
@AutoConfigureMockMvc
public abstract class IntegrationTest {

    public static final String ADMIN_PASSWORD = "Root-test-2026";
    /** The demo users' password (see DemoUsers and the README). */
    public static final String DEMO_PASSWORD = "Demo2026ipcity";
}
