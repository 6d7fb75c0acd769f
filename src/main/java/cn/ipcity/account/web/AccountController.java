package cn.ipcity.account.web;

import cn.ipcity.account.AuditLog;
import cn.ipcity.account.CurrentUsers;
import cn.ipcity.account.UserAccounts;
import cn.ipcity.common.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AccountController {

    private static final int AUDIT_PAGE_SIZE = 50;

    private final UserAccounts accounts;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;

    AccountController(UserAccounts accounts, CurrentUsers currentUsers, AuditLog audit) {
        this.accounts = accounts;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/account/password")
    String passwordForm() {
        return "account/password";
    }

    @PostMapping("/account/password")
    String changePassword(
            @RequestParam String currentPassword,
            @RequestParam String newPassword,
            @RequestParam String confirmPassword,
            Model model) {
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw new InvalidInputException("confirmPassword", "两次输入的新密码不一致 / the new passwords do not match");
            }
            accounts.changePassword(currentUsers.currentUsername(), currentPassword, newPassword);
            model.addAttribute("saved", true);
        } catch (InvalidInputException e) {
            model.addAttribute("formError", e.getMessage());
        }
        return "account/password";
    }

    /** Administrators only (see the security configuration); htmx paging swaps the table alone. */
    @GetMapping("/admin/audit")
    String auditLog(
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        int safePage = Math.max(page, 0);
        long total = audit.count();
        model.addAttribute("entries", audit.page(safePage, AUDIT_PAGE_SIZE));
        model.addAttribute("page", safePage);
        model.addAttribute("total", total);
        model.addAttribute("lastPage", Math.max(0, (total - 1) / AUDIT_PAGE_SIZE));
        return htmx != null ? "admin/audit :: table" : "admin/audit";
    }
}
