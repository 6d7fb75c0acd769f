package cn.ipcity.registry.importing;

import cn.ipcity.account.AuditLog;
import cn.ipcity.account.CurrentUser;
import cn.ipcity.account.CurrentUsers;
import cn.ipcity.common.InvalidInputException;
import cn.ipcity.common.NotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mapping profiles in the database: the shipped ones (src/main/resources/import-profiles/*.yml, refreshed at
 * every start) and those users upload. A user profile may be replaced by its author's role; a shipped one
 * cannot be overwritten (upload it under another name).
 */
@Service
public class ImportProfiles implements ApplicationRunner {

    /** A stored profile: its parsed form and the YAML text it came from. */
    public record StoredProfile(ImportProfile profile, String yaml, boolean builtin, String createdBy) {}

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final AuditLog auditLog;

    ImportProfiles(JdbcClient jdbc, CurrentUsers currentUsers, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.auditLog = auditLog;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:import-profiles/*.yml")) {
            String yaml = r.getContentAsString(StandardCharsets.UTF_8);
            ImportProfile p = ProfileParser.parse(yaml);
            jdbc.sql(
                            """
                            insert into import_profile (name, record_type, yaml, builtin, created_by)
                            values (?, ?, ?, true, 'system')
                            on conflict (name) do update set record_type = excluded.record_type, yaml = excluded.yaml,
                                builtin = true""")
                    .params(p.name(), p.type().code(), yaml)
                    .update();
        }
    }

    @Transactional(readOnly = true)
    public List<StoredProfile> all() {
        return jdbc.sql("select * from import_profile order by builtin desc, record_type, name")
                .query((rs, i) -> new StoredProfile(
                        ProfileParser.parse(rs.getString("yaml")),
                        rs.getString("yaml"),
                        rs.getBoolean("builtin"),
                        rs.getString("created_by")))
                .list();
    }

    @Transactional(readOnly = true)
    public StoredProfile get(String name) {
        return jdbc.sql("select * from import_profile where name = ?")
                .param(name)
                .query((rs, i) -> new StoredProfile(
                        ProfileParser.parse(rs.getString("yaml")),
                        rs.getString("yaml"),
                        rs.getBoolean("builtin"),
                        rs.getString("created_by")))
                .optional()
                .orElseThrow(() -> new NotFoundException("import profile", name));
    }

    /** Validates and stores a user profile; officers and administrators may define profiles. */
    @Transactional
    public ImportProfile save(String yaml) {
        CurrentUser user = currentUsers.current().orElseThrow(() -> new AccessDeniedException("未登录 / not signed in"));
        if (!user.isAdmin() && user.role() != cn.ipcity.account.Role.PROGRAM_OFFICER) {
            throw new AccessDeniedException("只有项目专员和管理员可以定义导入配置 / only officers and administrators define profiles");
        }
        if (yaml == null || yaml.isBlank()) {
            throw new InvalidInputException("profile", "配置为空 / the profile is empty");
        }
        ImportProfile p = ProfileParser.parse(yaml);
        var existing = jdbc.sql("select builtin, yaml from import_profile where name = ?")
                .param(p.name())
                .query((rs, i) -> Map.entry(rs.getBoolean(1), rs.getString(2)))
                .optional();
        if (existing.isPresent() && existing.get().getKey()) {
            throw new InvalidInputException(
                    "name", "内置配置不能覆盖，请换一个名称 / '" + p.name() + "' is a shipped profile; use another name");
        }
        jdbc.sql(
                        """
                        insert into import_profile (name, record_type, yaml, builtin, created_by) values (?, ?, ?, false, ?)
                        on conflict (name) do update set record_type = excluded.record_type, yaml = excluded.yaml,
                            created_by = excluded.created_by, created_at = now()""")
                .params(p.name(), p.type().code(), yaml, user.username())
                .update();
        auditLog.record(
                existing.isPresent() ? "UPDATE" : "CREATE",
                "import_profile",
                p.name(),
                user.jurisdictionCode(),
                existing.map(e -> Map.of("yaml", e.getValue())).orElse(null),
                Map.of("yaml", yaml));
        return p;
    }
}
