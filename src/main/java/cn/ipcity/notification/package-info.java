/** Notifications: every user's in-app inbox, and e-mail through SMTP when a mail server is configured. */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package cn.ipcity.notification;
