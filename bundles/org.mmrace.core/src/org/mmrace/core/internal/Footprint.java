package org.mmrace.core.internal;

/**
 * What one step read and wrote: the partial-order reduction's view of a step ({@link Reduction}).
 * Resources are the layout's fields (ids 0..F-1) followed by the locks of the lock summary, which
 * are not stored but derived from where each thread is ({@link Machine#summarise}): a step reads a
 * lock through the accessors of {@link Step}, and writes it when its successor's summary differs.
 * Writes keep the value written (two steps writing the same value to a resource neither reads commute).
 * Recording is on only while {@link Step#fp} is set; the search without reduction never sets it.
 */
public final class Footprint {
    /** A resource was written with more than one value by one step (or a lock changed). */
    public static final int MANY = -2;

    private final int[] readStamp;
    private final int[] writeStamp;
    private int epoch = 1;
    final int[] reads;
    int nReads;
    final int[] writes;
    final int[] values;
    int nWrites;

    // the frame context (see Reduction): a field of page frame p is a different resource while p is free
    private final int[] frameOf;
    private final int[][] liveness;
    private final int half;
    /** Per frame: free (count, pins and mapcount 0) in the state the step starts from. */
    final boolean[] free;

    /** A plain record (no frame context): a copy target. */
    Footprint(int resources) {
        this(resources, null, null, 0);
    }

    Footprint(int resources, int[] frameOf, int[][] liveness, int frames) {
        readStamp = new int[resources];
        writeStamp = new int[resources];
        reads = new int[resources];
        writes = new int[resources];
        values = new int[resources];
        this.frameOf = frameOf;
        this.liveness = liveness;
        this.half = resources / 2;
        this.free = new boolean[frames];
    }

    /**
     * The resource a field access is about: a field of a frame that is free when the step starts is its
     * own resource (id + half). Every access to a frame's field also reads the frame's liveness (count,
     * pins, mapcount, in the same context): a frame changes context only by a write to those, so whoever
     * could free a live frame or allocate a free one (and let someone else write it in the other
     * context) conflicts with the access.
     */
    private int context(int r) {
        if (frameOf != null && r < frameOf.length) {
            int p = frameOf[r];
            if (p > 0) {
                int off = free[p] ? half : 0;
                for (int f : liveness[p]) {
                    mark(f + off);
                }
                return r + off;
            }
        }
        return r;
    }

    void clear() {
        nReads = 0;
        nWrites = 0;
        if (++epoch == Integer.MAX_VALUE) {
            java.util.Arrays.fill(readStamp, 0);
            java.util.Arrays.fill(writeStamp, 0);
            epoch = 1;
        }
    }

    void read(int r) {
        mark(context(r));
    }

    private void mark(int r) {
        if (readStamp[r] != epoch) {
            readStamp[r] = epoch;
            reads[nReads++] = r;
        }
    }

    void write(int r0, int value) {
        int r = context(r0);
        if (writeStamp[r] != epoch) {
            writeStamp[r] = epoch;
            values[nWrites] = value;
            writes[nWrites++] = r;
            return;
        }
        for (int i = nWrites - 1; i >= 0; i--) {
            if (writes[i] == r) {
                if (values[i] != value) {
                    values[i] = MANY;
                }
                return;
            }
        }
    }

    /** Whether r is among the reads (a linear scan: also valid on a copy made by {@link #copyTo}). */
    boolean hasReadIn(int r) {
        for (int j = 0; j < nReads; j++) {
            if (reads[j] == r) {
                return true;
            }
        }
        return false;
    }

    /** Copies this footprint's lists into {@code to} (the step's record; {@code to} is not used for dedup). */
    void copyTo(Footprint to) {
        System.arraycopy(reads, 0, to.reads, 0, nReads);
        to.nReads = nReads;
        System.arraycopy(writes, 0, to.writes, 0, nWrites);
        System.arraycopy(values, 0, to.values, 0, nWrites);
        to.nWrites = nWrites;
    }
}
