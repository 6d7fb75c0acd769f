package cn.ipcity.supervision;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param reminderWorkdays a reminder goes to the unit this many working days before a report is due
 * @param leaderAfterWorkdays the 督办单 goes to the program leader this many working days after the one to the unit
 * @param filesDirectory where evidence files are stored, named by their SHA-256
 * @param maxFileSize largest evidence file accepted
 * @param allowedFileTypes file name extensions accepted as evidence
 * @param cjkFont TrueType font (.ttf/.ttc/.otf) with Chinese glyphs for the PDF circular; empty: look in the
 *     usual system places
 */
@ConfigurationProperties("ipcity.supervision")
public record SupervisionProperties(
        Integer reminderWorkdays,
        Integer leaderAfterWorkdays,
        Path filesDirectory,
        DataSize maxFileSize,
        List<String> allowedFileTypes,
        String cjkFont) {

    public SupervisionProperties {
        reminderWorkdays = reminderWorkdays == null ? 3 : reminderWorkdays;
        leaderAfterWorkdays = leaderAfterWorkdays == null ? 5 : leaderAfterWorkdays;
        filesDirectory = filesDirectory == null ? Path.of("data", "files") : filesDirectory;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
        allowedFileTypes = allowedFileTypes == null || allowedFileTypes.isEmpty()
                ? List.of("pdf", "png", "jpg", "jpeg", "docx", "xlsx", "txt")
                : allowedFileTypes.stream().map(String::toLowerCase).toList();
    }
}
