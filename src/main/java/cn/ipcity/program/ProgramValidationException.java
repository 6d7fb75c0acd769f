package cn.ipcity.program;

import java.util.List;
import java.util.stream.Collectors;

/** A program file is malformed or inconsistent; start-up stops and lists every problem found. */
public class ProgramValidationException extends RuntimeException {

    private final List<ProgramFileError> errors;

    public ProgramValidationException(List<ProgramFileError> errors) {
        super("Invalid work-program file(s) / 工作方案文件有误:\n"
                + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<ProgramFileError> errors() {
        return errors;
    }
}
