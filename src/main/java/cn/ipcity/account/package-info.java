/** Users, roles and their jurisdiction/unit scope; login, lockout, and the audit log of every write. */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts and audit")
package cn.ipcity.account;
