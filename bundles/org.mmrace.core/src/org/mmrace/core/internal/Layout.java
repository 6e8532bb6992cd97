package org.mmrace.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Bit fields packed into a few longs. A field never straddles two longs. Field ids are ints handed
 * out by {@link #add}; -1 stands for "not stored": it reads as 0 and writes to it are dropped (the
 * model allocates a field whenever some operation of the scenario under the strategy can change it).
 */
public final class Layout {
    private final List<String> names = new ArrayList<>();
    private final List<int[]> specs = new ArrayList<>();
    private int word;
    private int bit;
    /** Per field: word << 16 | shift << 8 | width, one load per access in the search's inner loop. */
    private int[] desc;
    private long[] maskOf;

    /** Adds a field wide enough for values 0..maxValue; returns -1 when maxValue is 0 (a constant). */
    public int add(String name, long maxValue) {
        if (maxValue <= 0) {
            return -1;
        }
        int width = 64 - Long.numberOfLeadingZeros(maxValue);
        if (bit + width > 64) {
            word++;
            bit = 0;
        }
        names.add(name);
        specs.add(new int[] {word, bit, width});
        bit += width;
        return names.size() - 1;
    }

    public void seal() {
        int n = specs.size();
        desc = new int[n];
        maskOf = new long[n];
        for (int i = 0; i < n; i++) {
            int[] s = specs.get(i);
            desc[i] = s[0] << 16 | s[1] << 8 | s[2];
            maskOf[i] = s[2] == 64 ? -1L : (1L << s[2]) - 1;
        }
    }

    public int words() {
        return specs.isEmpty() ? 1 : (bit == 0 ? word : word + 1);
    }

    public int bits() {
        return word * 64 + bit;
    }

    public int fieldCount() {
        return specs.size();
    }

    public String name(int f) {
        return names.get(f);
    }

    public long max(int f) {
        return f < 0 ? 0 : maskOf[f];
    }

    /** The word that holds field f. */
    int word(int f) {
        return desc[f] >>> 16;
    }

    /** The bits of field f within its word. */
    long mask(int f) {
        return maskOf[f] << (desc[f] >>> 8 & 63);
    }

    /**
     * A list of fields decoded once (word, shift, mask), for code that reads or moves them per successor
     * (the symmetry's canonical forms). A field that is not stored (-1) decodes to mask 0: it reads 0 and
     * a write to it changes nothing.
     */
    static final class Fields {
        final int[] word;
        final int[] shift;
        final long[] mask;

        Fields(Layout l, int[] fields) {
            int n = fields.length;
            word = new int[n];
            shift = new int[n];
            mask = new long[n];
            for (int j = 0; j < n; j++) {
                if (fields[j] >= 0) {
                    word[j] = l.word(fields[j]);
                    mask[j] = l.mask(fields[j]);
                    shift[j] = Long.numberOfTrailingZeros(mask[j]);
                }
            }
        }

        int size() {
            return word.length;
        }

        /** The value of the j-th field in s. */
        long get(long[] s, int j) {
            return (s[word[j]] & mask[j]) >>> shift[j];
        }

        /** Sets the j-th field of s to v (which fits it). */
        void set(long[] s, int j, long v) {
            s[word[j]] = (s[word[j]] & ~mask[j]) | (v << shift[j]);
        }

        /** Copies every field of {@code from} in src to the same-position field of {@code to} in dst (same widths). */
        static void copy(long[] src, Fields from, long[] dst, Fields to) {
            for (int j = 0; j < from.word.length; j++) {
                to.set(dst, j, from.get(src, j));
            }
        }
    }

    public int get(long[] s, int f) {
        if (f < 0) {
            return 0;
        }
        int d = desc[f];
        return (int) ((s[d >>> 16] >>> (d >>> 8 & 63)) & (-1L >>> (64 - (d & 127))));
    }

    public void set(long[] s, int f, long v) {
        if (f < 0) {
            // not stored: no operation of this scenario can make it differ from its derived value
            return;
        }
        if (v < 0 || v > maskOf[f]) {
            throw new ModelLimitException("value " + v + " does not fit field " + names.get(f)
                    + " (the scenario exceeds a bound the engine computed for it)");
        }
        int w = desc[f] >>> 16;
        int sh = desc[f] >>> 8 & 63;
        s[w] = (s[w] & ~(maskOf[f] << sh)) | (v << sh);
    }
}
