package cn.ipcity.registry.importing;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Import settings ({@code ipcity.imports.*}).
 *
 * @param workers jobs running at the same time (each uses about one core while parsing)
 * @param queueCapacity jobs waiting beyond the running ones; more are refused
 * @param uploadDirectory where uploaded files wait for their job (deleted when it ends)
 * @param maxStoredErrors errors kept per job for the report (all are counted)
 * @param bulkLoadRows from how many rows a first load of a table (it holds no row yet) builds its indexes after
 *     inserting rather than row by row; the table is locked for reading until the job commits
 */
@ConfigurationProperties("ipcity.imports")
public record ImportProperties(
        Integer workers, Integer queueCapacity, Path uploadDirectory, Integer maxStoredErrors, Long bulkLoadRows) {

    public ImportProperties {
        workers = workers == null ? 1 : workers;
        queueCapacity = queueCapacity == null ? 16 : queueCapacity;
        uploadDirectory = uploadDirectory == null
                ? Path.of(System.getProperty("java.io.tmpdir"), "ipcity-imports")
                : uploadDirectory;
        maxStoredErrors = maxStoredErrors == null ? 10_000 : maxStoredErrors;
        bulkLoadRows = bulkLoadRows == null ? ImportPipeline.BULK_LOAD_ROWS : bulkLoadRows;
    }
}
