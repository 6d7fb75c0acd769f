package cn.ipcity.registry;

import java.util.List;

/** One page of a list; {@code page} counts from 1. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
