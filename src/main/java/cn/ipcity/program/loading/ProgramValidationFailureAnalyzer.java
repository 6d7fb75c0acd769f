package cn.ipcity.program.loading;

import cn.ipcity.program.ProgramValidationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows invalid program files as a list of file:line: reason, not a stack trace. */
public class ProgramValidationFailureAnalyzer extends AbstractFailureAnalyzer<ProgramValidationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProgramValidationException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Correct the program file(s) listed above (see docs/program-format.md) and start again.",
                cause);
    }
}
