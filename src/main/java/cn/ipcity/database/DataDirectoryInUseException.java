package cn.ipcity.database;

import java.nio.file.Path;

/** Another live ipcity instance (or another embedded PostgreSQL) owns the data folder. */
public class DataDirectoryInUseException extends IllegalStateException {

    private final Path dataDirectory;

    public DataDirectoryInUseException(Path dataDirectory) {
        super("The database folder " + dataDirectory
                + " is in use by another running ipcity instance. Stop that instance first, or start this one"
                + " with a different folder (IPCITY_DATA_DIR or ipcity.embedded-db.data-directory)."
                + " The running instance was not touched.");
        this.dataDirectory = dataDirectory;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
