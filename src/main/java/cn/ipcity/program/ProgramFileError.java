package cn.ipcity.program;

/** One problem in a program file: where it is and what is wrong. */
public record ProgramFileError(String file, int line, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
