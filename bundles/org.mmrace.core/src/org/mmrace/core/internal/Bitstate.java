package org.mmrace.core.internal;

import java.util.function.LongConsumer;

import org.mmrace.core.run.CancellationToken;

/**
 * A lower bound on the number of distinct reachable states of a scenario without any reduction, for
 * state spaces too large to store: a depth-first search with bitstate hashing (Holzmann's
 * "supertrace", SPIN's {@code -DBITSTATE}). Each visited state sets {@code k} bits of a large bit array
 * (positions from two independent 64-bit hashes, Kirsch and Mitzenmacher's double hashing); a state
 * whose bits are all set already counts as seen and is not expanded again.
 *
 * <p><b>Why the count is a lower bound.</b> A state is counted only when one of its bits was clear, and
 * every state counted earlier set all of its own bits; so an identical state was not counted before: the
 * counted states are pairwise distinct reachable states. A collision (a new state whose bits happen to
 * be set) only leaves that state, and perhaps some of its successors, uncounted. The search needs memory
 * only for the bit array and the depth-first stack, so it runs where no table of states fits; the bench
 * uses it to bound the stored-state ratio of the reductions from above at sizes whose full state space
 * cannot be stored ({@code ./mmrace bench --full-bound}).
 *
 * <p>Successors are those of the search without reduction ({@link Search}): every enabled step of every
 * actor from every state; a deadlocked or final state has none.
 */
public final class Bitstate {
    /** Bits per segment of the array (2^33 bits = 1 GiB). */
    private static final int SEG_BITS = 33;

    /**
     * What a count found: distinct states counted (a lower bound), transitions, whether the search ended
     * by itself (not by the time limit, the stop count or cancellation), the array's size and fill, the
     * deepest path, and the time taken.
     */
    public record Result(long counted, long transitions, boolean complete, long bits, int hashes, double fill,
            int maxDepth, long nanos) {
        /**
         * The probability that a new state is taken for seen at the end of the search (every later
         * collision chance is at most this): the fill fraction to the power of the hash count.
         */
        public double collisionChance() {
            return Math.pow(fill, hashes);
        }
    }

    private final Model m;
    private final Machine k;
    private final int W;
    private final int A;
    private final long[][] bits;
    private final long mask;
    private final int hashes;
    private long set;

    /**
     * @param log2Bits the bit array has 2^log2Bits bits (at least 2^12)
     * @param hashes   bits per state (1 to 8)
     */
    public Bitstate(Model m, int log2Bits, int hashes) {
        if (log2Bits < 12 || log2Bits > 40 || hashes < 1 || hashes > 8) {
            throw new IllegalArgumentException("bit array of 2^" + log2Bits + " bits with " + hashes + " hashes");
        }
        this.m = m;
        this.k = new Machine(m);
        this.W = m.words;
        this.A = m.actorCount;
        this.hashes = hashes;
        long n = 1L << log2Bits;
        this.mask = n - 1;
        int segs = (int) Math.max(1, n >>> SEG_BITS);
        long perSeg = Math.min(n, 1L << SEG_BITS);
        bits = new long[segs][(int) (perSeg >>> 6)];
    }

    /** Sets the state's bits; returns whether one of them was clear (the state is new). */
    private boolean mark(long[] s) {
        long h1 = Search.exactHash(s, 0, W);
        long h2 = Search.fingerprint(s, 0, W) | 1;
        boolean fresh = false;
        for (int i = 0; i < hashes; i++) {
            long b = (h1 + i * h2) & mask;
            long[] seg = bits[(int) (b >>> SEG_BITS)];
            int w = (int) ((b & ((1L << SEG_BITS) - 1)) >>> 6);
            long bit = 1L << (b & 63);
            if ((seg[w] & bit) == 0) {
                seg[w] |= bit;
                fresh = true;
                set++;
            }
        }
        return fresh;
    }

    /**
     * Counts from the scenario's initial state until the search ends, {@code stopAt} states are counted,
     * the deadline passes or the token is cancelled; {@code progress} gets the count about every 2^22 states.
     */
    public Result count(long stopAt, long deadlineNanos, CancellationToken cancel, LongConsumer progress) {
        long t0 = System.nanoTime();
        int cap = 64;
        long[][] stack = new long[cap][];
        Step[] steps = new Step[cap];
        int[] next = new int[cap];
        stack[0] = m.initialState().clone();
        steps[0] = new Step(m);
        steps[0].obs = Obs.SILENT;
        mark(stack[0]);
        long counted = 1;
        long transitions = 0;
        int maxDepth = 0;
        boolean complete = true;
        k.summarise(stack[0], steps[0]);
        int d = 0;
        while (d >= 0) {
            if (next[d] == A) {
                d--;
                continue;
            }
            int a = next[d]++;
            Step c = steps[d];
            System.arraycopy(stack[d], 0, c.s, 0, W);
            if (!k.step(c, a)) {
                continue;
            }
            transitions++;
            if (!mark(c.s)) {
                continue;
            }
            counted++;
            if (++d == cap) {
                cap *= 2;
                stack = java.util.Arrays.copyOf(stack, cap);
                steps = java.util.Arrays.copyOf(steps, cap);
                next = java.util.Arrays.copyOf(next, cap);
            }
            if (stack[d] == null) {
                stack[d] = new long[W];
                steps[d] = new Step(m);
                steps[d].obs = Obs.SILENT;
            }
            System.arraycopy(c.s, 0, stack[d], 0, W);
            next[d] = 0;
            k.summarise(stack[d], steps[d]);
            maxDepth = Math.max(maxDepth, d);
            if ((counted & ((1 << 22) - 1)) == 0) {
                progress.accept(counted);
                if (System.nanoTime() - deadlineNanos > 0 || cancel.isCancelled()) {
                    complete = false;
                    break;
                }
            }
            if (counted >= stopAt) {
                complete = false;
                break;
            }
        }
        long n = mask + 1;
        return new Result(counted, transitions, complete, n, hashes, (double) set / n, maxDepth,
                System.nanoTime() - t0);
    }
}
