package cn.ipcity.registry.importing;

/**
 * One data row as read: {@code rowNo} is the row in the file counting the header as row 1 (the row number a
 * spreadsheet shows); {@code problems[i]}, when not null, says why cell i could not be read (a formula without
 * a computed value).
 */
public record RawRow(long rowNo, String[] cells, String[] problems) {}
