package cn.ipcity.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns "folder in use" into a plain message instead of a stack trace. */
class DatabaseStartupFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(
                cause.getMessage(), "Stop the other instance, or set IPCITY_DATA_DIR to another folder.", cause);
    }
}
