package cn.ipcity.account;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail: every write records who, when, what, and the state before and after. Entries are written
 * in the caller's transaction, so a write that rolls back leaves no audit entry and no write goes unrecorded.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CurrentUsers currentUsers;

    AuditLog(JdbcClient jdbc, JsonMapper json, CurrentUsers currentUsers) {
        this.jdbc = jdbc;
        this.json = json;
        this.currentUsers = currentUsers;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            String action, String entityType, String entityKey, String jurisdictionCode, Object before, Object after) {
        recordAs(currentUsers.currentUsername(), action, entityType, entityKey, jurisdictionCode, before, after);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(
            String actor,
            String action,
            String entityType,
            String entityKey,
            String jurisdictionCode,
            Object before,
            Object after) {
        jdbc.sql(
                        """
                        insert into audit_log (actor, action, entity_type, entity_key, jurisdiction_code, before_state, after_state)
                        values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
                .params(actor, action, entityType, entityKey, jurisdictionCode, toJson(before), toJson(after))
                .update();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> page(int page, int size) {
        return jdbc.sql("select * from audit_log order by at desc, id desc limit ? offset ?")
                .params(size, (long) page * size)
                .query((rs, i) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("entity_type"),
                        rs.getString("entity_key"),
                        rs.getString("jurisdiction_code"),
                        rs.getString("before_state"),
                        rs.getString("after_state")))
                .list();
    }

    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*) from audit_log").query(Long.class).single();
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }
}
