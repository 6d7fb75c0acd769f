package cn.ipcity.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.ipcity.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Submitting import files through the API and waiting for their jobs. */
abstract class ImportTestSupport extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, user.equals("admin") ? ADMIN_PASSWORD : DEMO_PASSWORD);
    }

    /** Submits a file and waits for its job to finish; returns the job status as parsed JSON. */
    Map<String, Object> importFile(String user, String type, String fileName, byte[] content, String... params)
            throws Exception {
        var request = multipart("/api/v1/imports")
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .param("type", type)
                .with(as(user));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        String body = mvc.perform(request)
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.jobId")).longValue();
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            String job = mvc.perform(get("/api/v1/imports/" + id).with(as(user)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            String st = JsonPath.read(job, "$.status");
            if (st.equals("SUCCEEDED") || st.equals("FAILED")) {
                return JsonPath.read(job, "$");
            }
            assertThat(System.currentTimeMillis()).as("job " + id + " finishes").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    Map<String, Object> importCsv(String type, String text, String... params) throws Exception {
        return importFile("admin", type, type + ".csv", text.getBytes(StandardCharsets.UTF_8), params);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> errors(Map<String, Object> job) {
        return (List<Map<String, Object>>) job.get("errors");
    }

    static long n(Map<String, Object> job, String key) {
        return ((Number) job.get(key)).longValue();
    }
}
