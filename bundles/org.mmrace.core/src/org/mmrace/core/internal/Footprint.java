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
    /**
     * Modulo renaming frames (the search stores states up to it): per field of an order-0 frame, the same
     * field of one representative frame, so that every free frame is the same resource ("a fresh frame");
     * null when states keep their frame numbers.
     */
    private int[] freshOf;
    /** The frame this step allocated (0: none); its fields are the step's anonymous accesses (allocs). */
    int fresh;
    private final int[] allocStamp;
    /** Accesses to the fresh frame by the step that allocates it: they commute with other allocations. */
    final int[] allocs;
    int nAllocs;

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
        this.allocStamp = new int[resources];
        this.allocs = new int[resources];
    }

    /** Whether free frames are collapsed into one (modulo renaming frames). */
    boolean modulo() {
        return freshOf != null;
    }

    /** Collapses free order-0 frames into one (see {@link #freshOf}); null keeps frame numbers. */
    void moduloFrames(int[] freshOf) {
        this.freshOf = freshOf;
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
                boolean collapse = off != 0 && freshOf != null && freshOf[r] >= 0;
                for (int f : liveness[p]) {
                    mark((collapse ? freshOf[f] : f) + off);
                }
                return (collapse ? freshOf[r] : r) + off;
            }
        }
        return r;
    }

    /**
     * Whether field r belongs to the frame this step allocated, modulo renaming frames: then the access
     * (and the frame's liveness) is recorded as an alloc of the fresh frame and nothing else.
     */
    private boolean allocated(int r) {
        if (fresh == 0 || freshOf == null || r >= frameOf.length || frameOf[r] != fresh || !free[fresh]
                || freshOf[r] < 0) {
            return false;
        }
        for (int f : liveness[fresh]) {
            alloc(freshOf[f] + half);
        }
        alloc(freshOf[r] + half);
        return true;
    }

    private void alloc(int r) {
        if (allocStamp[r] != epoch) {
            allocStamp[r] = epoch;
            allocs[nAllocs++] = r;
        }
    }

    void clear() {
        nReads = 0;
        nWrites = 0;
        nAllocs = 0;
        fresh = 0;
        if (++epoch == Integer.MAX_VALUE) {
            java.util.Arrays.fill(readStamp, 0);
            java.util.Arrays.fill(writeStamp, 0);
            java.util.Arrays.fill(allocStamp, 0);
            epoch = 1;
        }
    }

    void read(int r) {
        if (!allocated(r)) {
            mark(context(r));
        }
    }

    private void mark(int r) {
        if (readStamp[r] != epoch) {
            readStamp[r] = epoch;
            reads[nReads++] = r;
        }
    }

    void write(int r0, int value) {
        if (allocated(r0)) {
            return;
        }
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
        System.arraycopy(allocs, 0, to.allocs, 0, nAllocs);
        to.nAllocs = nAllocs;
    }
}
