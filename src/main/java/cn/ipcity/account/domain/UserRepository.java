package cn.ipcity.account.domain;

import cn.ipcity.account.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select * from app_user where username = ?")
                .param(username)
                .query(UserRepository::map)
                .optional();
    }

    public List<UserAccount> findAll() {
        return jdbc.sql("select * from app_user order by username")
                .query(UserRepository::map)
                .list();
    }

    public boolean anyWithRole(Role role) {
        return jdbc.sql("select exists(select 1 from app_user where role = ?)")
                .param(role.name())
                .query(Boolean.class)
                .single();
    }

    public long insert(
            String username, String displayName, String passwordHash, Role role, String jurisdictionCode, Long unitId) {
        return jdbc.sql(
                        """
                        insert into app_user (username, display_name, password_hash, role, jurisdiction_code, unit_id)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(username, displayName, passwordHash, role.name(), jurisdictionCode, unitId)
                .query(Long.class)
                .single();
    }

    public void updatePassword(String username, String passwordHash) {
        jdbc.sql("update app_user set password_hash = ? where username = ?")
                .params(passwordHash, username)
                .update();
    }

    /** Counts a failed login; returns the new count. Atomic, so parallel attempts cannot undercount. */
    public int recordFailedLogin(String username) {
        return jdbc.sql(
                        "update app_user set failed_logins = failed_logins + 1 where username = ? returning failed_logins")
                .param(username)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    public void lockUntil(String username, Instant until) {
        jdbc.sql("update app_user set locked_until = ?, failed_logins = 0 where username = ?")
                .params(Timestamp.from(until), username)
                .update();
    }

    public void resetFailedLogins(String username) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where username = ?"
                        + " and (failed_logins <> 0 or locked_until is not null)")
                .param(username)
                .update();
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        long unit = rs.getLong("unit_id");
        return new UserAccount(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")),
                rs.getString("jurisdiction_code"),
                rs.wasNull() ? null : unit,
                rs.getBoolean("enabled"),
                rs.getInt("failed_logins"),
                locked == null ? null : locked.toInstant());
    }
}
