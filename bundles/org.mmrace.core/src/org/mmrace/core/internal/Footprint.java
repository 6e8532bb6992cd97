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
    /** per write: the step left the field as it was (set by {@link #net}; false until then) */
    final boolean[] silent;
    int nWrites;

    // the frame context (see Reduction): a field of page frame p is a different resource while p is free
    private final int[] frameOf;
    private final int[][] liveness;
    private final int half;
    /** Per frame: free (count, pins and mapcount 0) in the state the step starts from. */
    final boolean[] free;
    /** Per frame: its liveness key ({@link Machine#liveKey}) in the state the step starts from. */
    final int[] liveKey;

    /** Resource of frame p's liveness: liveBase + p (in the first half, whatever the context). */
    private final int liveBase;

    /** A plain record (no frame context): a copy target. */
    Footprint(int resources) {
        this(resources, null, null, 0, 0);
    }

    Footprint(int resources, int[] frameOf, int[][] liveness, int frames, int liveBase) {
        this.liveBase = liveBase;
        readStamp = new int[resources];
        writeStamp = new int[resources];
        reads = new int[resources];
        writes = new int[resources];
        values = new int[resources];
        silent = new boolean[resources];
        this.frameOf = frameOf;
        this.liveness = liveness;
        this.half = resources / 2;
        this.free = new boolean[frames];
        this.liveKey = new int[frames];
    }

    /**
     * The resource a field access is about: a field of a frame that is free when the step starts is its
     * own resource (id + half). Every access to a frame's field also reads the frame's liveness (a
     * resource of its own, written by a step that frees or allocates the frame: see {@link #net}): a
     * frame changes context only by such a step, so whoever could free a live frame or allocate a free
     * one (and let someone else write it in the other context) conflicts with the access. A get_page or
     * put_page that leaves the frame live does not.
     */
    private int context(int r) {
        if (frameOf != null && r < frameOf.length) {
            int p = frameOf[r];
            if (p > 0) {
                mark(liveBase + p);
                return free[p] ? r + half : r;
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
            silent[nWrites] = false;
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

    /**
     * Makes the writes of a step net, against the state it started from: each written field's value is
     * its value in {@code after}, and a field the step wrote but left as it was is marked silent (it
     * commutes with every reader; only a writer of another value conflicts with it). Locks are untouched
     * (their writes already are changes of the summary).
     */
    void net(Layout layout, long[] before, long[] after, int fields) {
        for (int i = 0; i < nWrites; i++) {
            int r = writes[i];
            int f = r >= half ? r - half : r;
            silent[i] = false;
            if (f < fields) {
                int v = layout.get(after, f);
                values[i] = v;
                silent[i] = v == layout.get(before, f);
            }
        }
    }

    /** A read of frame p's liveness (count 0, allocatable, free: {@link Machine#liveKey}). */
    void readLive(int p) {
        if (frameOf != null) {
            mark(liveBase + p);
        }
    }

    /** Records the write of frame p's liveness when the step changed it ({@code key}: its new value). */
    void liveWrite(int p, int key) {
        write(liveBase + p, key);
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
        System.arraycopy(silent, 0, to.silent, 0, nWrites);
        to.nWrites = nWrites;
    }
}
