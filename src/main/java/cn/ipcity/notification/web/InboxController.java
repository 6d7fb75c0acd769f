package cn.ipcity.notification.web;

import cn.ipcity.account.CurrentUsers;
import cn.ipcity.common.InvalidInputException;
import cn.ipcity.notification.Notifications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class InboxController {

    private final Notifications notifications;
    private final CurrentUsers currentUsers;

    InboxController(Notifications notifications, CurrentUsers currentUsers) {
        this.notifications = notifications;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/inbox")
    String inbox(Model model) {
        String username = currentUsers.currentUsername();
        model.addAttribute("messages", notifications.inbox(username, 200));
        model.addAttribute("email", notifications.addressOf(username).orElse(""));
        model.addAttribute("mailConfigured", notifications.mailConfigured());
        return "inbox";
    }

    @PostMapping("/inbox/{id}/read")
    String read(@PathVariable long id) {
        notifications.markRead(id);
        return "redirect:/inbox";
    }

    @PostMapping("/inbox/address")
    String address(@RequestParam String email, Model model) {
        try {
            notifications.setOwnAddress(email);
        } catch (InvalidInputException e) {
            model.addAttribute("formError", e.getMessage());
            return inbox(model);
        }
        return "redirect:/inbox";
    }
}
