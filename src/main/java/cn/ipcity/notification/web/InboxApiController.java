package cn.ipcity.notification.web;

import cn.ipcity.account.CurrentUsers;
import cn.ipcity.notification.Notification;
import cn.ipcity.notification.Notifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inbox")
@Tag(name = "inbox", description = "站内消息 / the caller's notifications")
class InboxApiController {

    private final Notifications notifications;
    private final CurrentUsers currentUsers;

    InboxApiController(Notifications notifications, CurrentUsers currentUsers) {
        this.notifications = notifications;
        this.currentUsers = currentUsers;
    }

    record Address(String email) {}

    @GetMapping
    @Operation(summary = "The caller's latest 200 messages / 我的消息")
    List<Notification> inbox() {
        return notifications.inbox(currentUsers.currentUsername(), 200);
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark a message read / 标为已读")
    Map<String, Object> read(@PathVariable long id) {
        notifications.markRead(id);
        return Map.of("id", id, "read", true);
    }

    @PutMapping("/address")
    @Operation(summary = "Set (or clear with blank) the caller's e-mail address for notifications / 设置通知邮箱")
    Map<String, Object> address(@RequestBody Address body) {
        notifications.setOwnAddress(body.email());
        String username = currentUsers.currentUsername();
        return Map.of(
                "username", username, "email", notifications.addressOf(username).orElse(""));
    }
}
