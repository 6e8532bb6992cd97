package org.mmrace.core.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The open-addressing table of the search (linear probing), in segments of at most 2^27 entries so
 * that it can outgrow one Java array. Three kinds of entries:
 * <ul>
 * <li>narrow (exact, tables of at most 2^26 slots): 32 bits, the state index + 1 in the low
 * {@code idxBits} bits (enough for every state the table can hold before it grows) and the high bits
 * of the state's hash above them (a tag of at least 5 bits that rejects most unequal candidates
 * without reading the arena); half the memory traffic of wide entries, which is most of the probe
 * cost;
 * <li>wide (exact, larger tables): 64 bits, the high 32 bits of the hash as the tag and the state
 * index + 1 in the low 32 bits (up to 2^32 - 2 states; memory ends a run long before);
 * <li>compact (hash compaction): the state's 64-bit fingerprint itself; the state is not kept.
 * </ul>
 * An entry is published with a release store after its state is in the arena and read with acquire
 * loads, so workers may probe while the merging thread inserts ({@link Search}). Immutable in size:
 * growing makes a new table (narrow up to 2^26 slots, wide beyond).
 */
final class StateTable {
    static final VarHandle ENTRY = MethodHandles.arrayElementVarHandle(long[].class);
    static final VarHandle NARROW = MethodHandles.arrayElementVarHandle(int[].class);
    private static final int MAX_SEG_BITS = 27;
    /**
     * The largest table with narrow entries: 26 index bits, 5 tag bits at least (the property lowers it,
     * to check the switch to wide entries on small runs).
     */
    static final long MAX_NARROW_SLOTS = Math.min(1L << 26, Long.getLong("mmrace.maxNarrowSlots", 1L << 26));

    final long[][] segs;
    final int[][] nsegs;
    /** the only segment of a narrow table of at most 2^27 slots (one array load less per probe), else null */
    private final int[] n0;
    /** 32-bit entries (exact mode, small enough tables) */
    final boolean narrow;
    /** narrow: bits of the index + 1 */
    private final int idxBits;
    private final long idxMask;
    final int segBits;
    final long segMask;
    final long slots;
    /** Power-of-two size: the home slot is the hash's low bits; else the high half of hash * slots. */
    private final boolean pow2;
    private final long mask;

    /** A wide table of {@code slots} entries (any size; a power of two takes the faster home-slot mask). */
    StateTable(long slots) {
        this(slots, false);
    }

    /** With {@code narrow}: 32-bit exact entries if {@code slots <= MAX_NARROW_SLOTS}, else wide ones. */
    StateTable(long slots, boolean narrow) {
        this.narrow = bytesPerSlot(slots, narrow) == 4;
        this.idxBits = 64 - Long.numberOfLeadingZeros(slots + 1);
        this.idxMask = (1L << idxBits) - 1;
        this.slots = slots;
        this.pow2 = Long.bitCount(slots) == 1;
        this.mask = slots - 1;
        int bits = 64 - Long.numberOfLeadingZeros(slots - 1);
        this.segBits = Math.min(bits, MAX_SEG_BITS);
        this.segMask = (1L << segBits) - 1;
        int n = (int) ((slots + segMask) >>> segBits);
        if (this.narrow) {
            segs = null;
            nsegs = new int[n][];
            for (int i = 0; i < n; i++) {
                nsegs[i] = new int[(int) Math.min(1L << segBits, slots - ((long) i << segBits))];
            }
            n0 = n == 1 ? nsegs[0] : null;
        } else {
            n0 = null;
            nsegs = null;
            segs = new long[n][];
            for (int i = 0; i < n; i++) {
                segs[i] = new long[(int) Math.min(1L << segBits, slots - ((long) i << segBits))];
            }
        }
    }

    /**
     * The entries of a narrow power-of-two table (every narrow table is one segment, and exact tables
     * only double, so every narrow table of the search), else null. The search's probe loops use it with
     * the mask and index bits held in locals: through the accessors each probe would re-read the table's
     * fields after every acquire load (which later loads may not be hoisted above).
     */
    int[] narrowPow2() {
        return pow2 ? n0 : null;
    }

    /** Narrow entries: bits of the index + 1 (the tag is the hash's bits from 32 + idxBits up). */
    int idxBits() {
        return idxBits;
    }

    /** Where the probe for hash h starts. */
    long home(long h) {
        return pow2 ? h & mask : Math.unsignedMultiplyHigh(Long.rotateLeft(h, 29), slots);
    }

    /** The slot after i (linear probing, wrapping around). */
    long next(long i) {
        return pow2 ? (i + 1) & mask : i + 1 == slots ? 0 : i + 1;
    }

    long bytes() {
        return slots * bytesPerSlot();
    }

    int bytesPerSlot() {
        return narrow ? 4 : 8;
    }

    /** Bytes per slot of a table of {@code slots} entries made with {@code narrow} (see the constructor). */
    static int bytesPerSlot(long slots, boolean narrow) {
        return narrow && slots <= MAX_NARROW_SLOTS ? 4 : 8;
    }

    /** The entry in slot i (a narrow one zero-extended), 0 when empty. */
    long getAcquire(long i) {
        if (n0 != null) {
            return Integer.toUnsignedLong((int) NARROW.getAcquire(n0, (int) i));
        }
        if (narrow) {
            return Integer.toUnsignedLong((int) NARROW.getAcquire(nsegs[(int) (i >>> segBits)], (int) (i & segMask)));
        }
        return (long) ENTRY.getAcquire(segs[(int) (i >>> segBits)], (int) (i & segMask));
    }

    long get(long i) {
        if (n0 != null) {
            return Integer.toUnsignedLong(n0[(int) i]);
        }
        if (narrow) {
            return Integer.toUnsignedLong(nsegs[(int) (i >>> segBits)][(int) (i & segMask)]);
        }
        return segs[(int) (i >>> segBits)][(int) (i & segMask)];
    }

    void setRelease(long i, long e) {
        if (narrow) {
            NARROW.setRelease(nsegs[(int) (i >>> segBits)], (int) (i & segMask), (int) e);
            return;
        }
        ENTRY.setRelease(segs[(int) (i >>> segBits)], (int) (i & segMask), e);
    }

    void set(long i, long e) {
        if (narrow) {
            nsegs[(int) (i >>> segBits)][(int) (i & segMask)] = (int) e;
            return;
        }
        segs[(int) (i >>> segBits)][(int) (i & segMask)] = e;
    }

    /** The exact entry of the state with index idx and hash h. */
    long entry(long h, long idx) {
        if (narrow) {
            return ((h >>> (32 + idxBits)) << idxBits) | (idx + 1);
        }
        return tag(h) | (idx + 1);
    }

    /** Whether exact entry e may be the state with hash h (its tag matches). */
    boolean tagMatches(long e, long h) {
        if (narrow) {
            return e >>> idxBits == h >>> (32 + idxBits);
        }
        return tag(e) == tag(h);
    }

    /** The state index of exact entry e. */
    long indexOf(long e) {
        return narrow ? (e & idxMask) - 1 : index(e);
    }

    /** The entry of a fingerprint in compact mode (never 0: 0 is an empty slot). */
    static long fingerprint(long h) {
        return h == 0 ? 1 : h;
    }

    static long tag(long h) {
        return h & 0xFFFF_FFFF_0000_0000L;
    }

    static long index(long e) {
        return (e & 0xFFFF_FFFFL) - 1;
    }
}
