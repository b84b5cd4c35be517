package org.evofit.core.data;

import java.util.ArrayList;
import java.util.List;

/** Where the blank-separated words of a line are, for readers that report a bad word by its column. */
public final class BlankFields {

    private BlankFields() {
    }

    /** Start (inclusive) and end (exclusive) offsets of each run of non-blank characters. */
    public static List<int[]> of(String content) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = content.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(content.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(content.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new int[] {start, i});
            }
        }
        return out;
    }
}
