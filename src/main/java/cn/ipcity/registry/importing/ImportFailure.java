package cn.ipcity.registry.importing;

/** A problem that stops a whole job before anything is written (the transaction rolls back). */
public class ImportFailure extends RuntimeException {

    public ImportFailure(String message) {
        super(message);
    }

    public ImportFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
