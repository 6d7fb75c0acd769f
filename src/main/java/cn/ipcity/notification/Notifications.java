package cn.ipcity.notification;

import cn.ipcity.account.CurrentUser;
import cn.ipcity.account.CurrentUsers;
import cn.ipcity.common.InvalidInputException;
import cn.ipcity.common.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-app inbox. {@link #send} writes the message in the caller's transaction; when SMTP is configured and
 * the user gave an address, the message is also queued for e-mail, which {@link MailOutbox} sends after commit.
 */
@Service
public class Notifications {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CurrentUsers currentUsers;
    private final ObjectProvider<JavaMailSender> mail;

    Notifications(JdbcClient jdbc, Clock clock, CurrentUsers currentUsers, ObjectProvider<JavaMailSender> mail) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentUsers = currentUsers;
        this.mail = mail;
    }

    /**
     * Puts a message in each recipient's inbox. Mail is queued when an address is known; it is sent by the
     * configured SMTP server, or stays queued until one is configured.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Collection<String> usernames, String subject, String body, String link) {
        for (String username : usernames.stream().distinct().toList()) {
            Optional<String> address = addressOf(username);
            jdbc.sql(
                            """
                            insert into notification (username, subject, body, link, created_at, mail_to, mail_status)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            username,
                            subject,
                            body,
                            link,
                            Timestamp.from(clock.instant()),
                            address.orElse(null),
                            address.isPresent() ? "PENDING" : "NONE")
                    .update();
        }
    }

    @Transactional(readOnly = true)
    public List<Notification> inbox(String username, int limit) {
        return jdbc.sql("select * from notification where username = ? order by created_at desc, id desc limit ?")
                .params(username, limit)
                .query(Notifications::map)
                .list();
    }

    @Transactional(readOnly = true)
    public int unread(String username) {
        return jdbc.sql("select count(*) from notification where username = ? and read_at is null")
                .param(username)
                .query(Integer.class)
                .single();
    }

    /** Marks one of the current user's messages read; another user's message is not found. */
    @Transactional
    public void markRead(long id) {
        CurrentUser user = currentUsers.current().orElseThrow(() -> new AccessDeniedException("未登录 / not signed in"));
        int changed = jdbc.sql("update notification set read_at = coalesce(read_at, ?) where id = ? and username = ?")
                .params(Timestamp.from(clock.instant()), id, user.username())
                .update();
        if (changed == 0) {
            throw new NotFoundException("notification", String.valueOf(id));
        }
    }

    /** Sets the current user's e-mail address for notifications; blank removes it. */
    @Transactional
    public void setOwnAddress(String email) {
        CurrentUser user = currentUsers.current().orElseThrow(() -> new AccessDeniedException("未登录 / not signed in"));
        if (email == null || email.isBlank()) {
            jdbc.sql("delete from notification_address where username = ?")
                    .param(user.username())
                    .update();
            return;
        }
        String trimmed = email.trim();
        if (!EMAIL.matcher(trimmed).matches() || trimmed.length() > 254) {
            throw new InvalidInputException("email", "邮箱地址无效 / not an e-mail address: '" + email + "'");
        }
        jdbc.sql(
                        """
                        insert into notification_address (username, email) values (?, ?)
                        on conflict (username) do update set email = excluded.email""")
                .params(user.username(), trimmed)
                .update();
    }

    @Transactional(readOnly = true)
    public Optional<String> addressOf(String username) {
        return jdbc.sql("select email from notification_address where username = ?")
                .param(username)
                .query(String.class)
                .optional();
    }

    public boolean mailConfigured() {
        return mail.getIfAvailable() != null;
    }

    static Notification map(ResultSet rs, int i) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Notification(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant(),
                rs.getString("mail_to"),
                rs.getString("mail_status"));
    }
}
