package cn.ipcity.program;

import java.util.List;

/** A section of the program's task part, numbered as printed (一, 二, …). */
public record Section(String number, String title, List<Task> tasks) {}
