package cn.ipcity.notification;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends queued notification e-mails. Rows are claimed with {@code for update skip locked} and marked SENT in
 * the same transaction, so two runs (or two instances) never send one message twice. A message whose send
 * failed is marked FAILED with the error and is not retried automatically.
 */
@Service
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> configured;
    private final NotificationProperties properties;

    MailOutbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> configured, NotificationProperties properties) {
        this.jdbc = jdbc;
        this.configured = configured;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${ipcity.notification.mail-interval:PT1M}")
    void flushConfigured() {
        JavaMailSender sender = configured.getIfAvailable();
        if (sender != null) {
            flush(sender);
        }
    }

    /** Sends up to 100 queued messages through {@code sender}; returns how many were sent. */
    @Transactional
    public int flush(JavaMailSender sender) {
        List<Notification> pending = jdbc.sql(
                        """
                        select * from notification where mail_status = 'PENDING'
                        order by id limit 100 for update skip locked""")
                .query(Notifications::map)
                .list();
        int sent = 0;
        for (Notification n : pending) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(properties.mailFrom());
            message.setTo(n.mailTo());
            message.setSubject(n.subject());
            message.setText(n.body());
            try {
                sender.send(message);
                jdbc.sql("update notification set mail_status = 'SENT' where id = ?")
                        .param(n.id())
                        .update();
                sent++;
            } catch (RuntimeException e) {
                log.warn("Could not e-mail notification {} to {}: {}", n.id(), n.mailTo(), e.getMessage());
                jdbc.sql("update notification set mail_status = 'FAILED', mail_error = ? where id = ?")
                        .params(String.valueOf(e.getMessage()), n.id())
                        .update();
            }
        }
        return sent;
    }
}
