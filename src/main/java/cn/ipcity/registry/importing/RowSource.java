package cn.ipcity.registry.importing;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/** A tabular file read as a stream: the header, then each data row pushed to the consumer. */
public interface RowSource {

    /** Reads the header, passes it to {@code onHeader}, then every data row to {@code onRow}. */
    void read(Consumer<List<String>> onHeader, Consumer<RawRow> onRow) throws IOException;

    /** Notes for the job history (a second sheet that was not read, formulas whose cached results were used). */
    List<String> warnings();
}
