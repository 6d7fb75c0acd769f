package cn.ipcity.generator;

import java.io.Closeable;
import java.io.IOException;

/** Receives the rows of one file, one array of cells (same length as the header) per row. */
interface RowSink extends Closeable {

    void write(String... cells) throws IOException;

    long rows();
}
