package cn.ipcity.generator;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Encodes and writes chunks of text on a second thread, in submission order, so that generating and encoding
 * overlap on two cores. The queue is bounded: when the disk is slower, the generator waits (memory stays flat).
 */
final class BackgroundWriter implements AutoCloseable {

    interface Task {
        void run() throws IOException;
    }

    private static final Task STOP = () -> {};

    private final BlockingQueue<Task> queue = new ArrayBlockingQueue<>(64);
    private final Thread thread;
    private volatile Exception failure;

    BackgroundWriter() {
        thread = new Thread(this::loop, "generator-writer");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (true) {
            Task task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (task == STOP) {
                return;
            }
            if (failure == null) {
                try {
                    task.run();
                } catch (Exception e) {
                    failure = e;
                }
            }
        }
    }

    void submit(Task task) throws IOException {
        rethrow();
        try {
            queue.put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing", e);
        }
    }

    private void rethrow() throws IOException {
        Exception e = failure;
        if (e instanceof IOException io) {
            throw io;
        }
        if (e != null) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        submit(STOP);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing", e);
        }
        rethrow();
    }
}
