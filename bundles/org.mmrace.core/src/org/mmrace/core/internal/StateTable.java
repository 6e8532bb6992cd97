package org.mmrace.core.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The open-addressing table of the search (linear probing), in segments of at most 2^27 longs so that
 * it can outgrow one Java array. Two kinds of entries:
 * <ul>
 * <li>exact: the high 32 bits of the state's hash (a tag that rejects most unequal candidates without
 * reading the arena) and, in the low 32 bits, the state index + 1 (so up to 2^32 - 2 states; memory
 * ends a run long before);
 * <li>compact (hash compaction): the state's 64-bit fingerprint itself; the state is not kept.
 * </ul>
 * An entry is published with a release store after its state is in the arena and read with acquire
 * loads, so workers may probe while the merging thread inserts ({@link Search}). Immutable in size:
 * growing makes a new table.
 */
final class StateTable {
    static final VarHandle ENTRY = MethodHandles.arrayElementVarHandle(long[].class);
    private static final int MAX_SEG_BITS = 27;

    final long[][] segs;
    final int segBits;
    final long segMask;
    final long slots;
    /** Power-of-two size: the home slot is the hash's low bits; else the high half of hash * slots. */
    private final boolean pow2;
    private final long mask;

    /** A table of {@code slots} entries (any size; a power of two takes the faster home-slot mask). */
    StateTable(long slots) {
        this.slots = slots;
        this.pow2 = Long.bitCount(slots) == 1;
        this.mask = slots - 1;
        int bits = 64 - Long.numberOfLeadingZeros(slots - 1);
        this.segBits = Math.min(bits, MAX_SEG_BITS);
        this.segMask = (1L << segBits) - 1;
        int n = (int) ((slots + segMask) >>> segBits);
        segs = new long[n][];
        for (int i = 0; i < n; i++) {
            segs[i] = new long[(int) Math.min(1L << segBits, slots - ((long) i << segBits))];
        }
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
        return slots * 8;
    }

    long getAcquire(long i) {
        return (long) ENTRY.getAcquire(segs[(int) (i >>> segBits)], (int) (i & segMask));
    }

    long get(long i) {
        return segs[(int) (i >>> segBits)][(int) (i & segMask)];
    }

    void setRelease(long i, long e) {
        ENTRY.setRelease(segs[(int) (i >>> segBits)], (int) (i & segMask), e);
    }

    void set(long i, long e) {
        segs[(int) (i >>> segBits)][(int) (i & segMask)] = e;
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
