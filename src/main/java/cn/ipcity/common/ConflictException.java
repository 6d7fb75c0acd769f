package cn.ipcity.common;

/**
 * The request conflicts with the current state of the data: it was changed by someone else meanwhile (a stale
 * version) or its state does not allow the action. The API answers 409.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
