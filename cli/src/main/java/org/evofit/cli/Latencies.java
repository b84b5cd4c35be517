package org.evofit.cli;

import java.util.Arrays;

/** Request latencies of {@code bench --serve}, pages apart from the rest; safe for many client threads. */
final class Latencies {

    private long[] pages = new long[1024];
    private int pageCount;
    private long requests;

    /** Records one request of {@code nanos}; {@code page} when it fetched an HTML page. */
    synchronized void add(boolean page, long nanos) {
        requests++;
        if (page) {
            if (pageCount == pages.length) {
                pages = Arrays.copyOf(pages, pages.length * 2);
            }
            pages[pageCount++] = nanos;
        }
    }

    /** Every request recorded. */
    synchronized long requests() {
        return requests;
    }

    /** Pages recorded. */
    synchronized int pages() {
        return pageCount;
    }

    /** The {@code q}-quantile (0..1, nearest rank) of the page latencies in milliseconds; NaN with no page. */
    synchronized double pageMillis(double q) {
        if (pageCount == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(pages, pageCount);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * pageCount);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
