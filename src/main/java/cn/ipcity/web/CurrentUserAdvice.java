package cn.ipcity.web;

import cn.ipcity.account.CurrentUser;
import cn.ipcity.account.CurrentUsers;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user (for the header) and the request path (for the language switch). */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    private final CurrentUsers currentUsers;

    CurrentUserAdvice(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return currentUsers.current().orElse(null);
    }

    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
