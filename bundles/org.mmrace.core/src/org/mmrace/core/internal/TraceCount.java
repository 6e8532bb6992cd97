package org.mmrace.core.internal;

import java.util.Arrays;

import org.mmrace.core.run.CancellationToken;

/**
 * How many executions a trace-based reduction would explore: the number of Mazurkiewicz traces of a
 * scenario's complete runs (its maximal executions, up to swapping adjacent independent steps), which is
 * what an optimal dynamic partial-order reduction (Abdulla et al., "Optimal dynamic partial order
 * reduction", POPL 2014; GenMC) explores one execution of each. The bench prints it next to the stored
 * states ({@code ./mmrace bench --traces}) to show where a stateless reduction stands against the search.
 *
 * <p><b>Method.</b> A depth-first search over the graph without reduction with sleep sets alone (every
 * enabled actor not asleep is explored; after actor a, a sleeps in its later siblings' subtrees, and
 * stays asleep down a subtree as long as the steps taken are independent of a's). Such a search explores
 * exactly one execution of each trace of complete runs (Godefroid, "Partial-order methods for the
 * verification of concurrent systems", LNCS 1032, 1996, chapter 5; Abdulla et al. 2014, section 3), so
 * the number of complete executions it reaches is the number of traces. It is counted, not enumerated:
 * the count from a (state, sleep set) pair is kept in a table, so the search costs one visit per pair.
 * Executions that end asleep (every enabled actor asleep) are the redundant ones and count zero.
 *
 * <p><b>Independence</b>, three choices:
 * <ul>
 * <li>{@link Independence#NONE}: no two steps commute; the count is the number of interleavings
 * (maximal paths of the graph);</li>
 * <li>{@link Independence#FOOTPRINT}: the relation the partial-order reduction of the search uses
 * ({@link Reduction}): two steps commute when neither writes what the other reads and they write no
 * resource with different values ({@link Footprint}, locks and page-frame liveness included), on
 * concrete states: without the allocs the reduction adds when states are stored up to renaming frames
 * ({@link Reduction#moduloFrames});</li>
 * <li>{@link Independence#COMMUTING}: the most a reduction could know, decided state by state: two
 * enabled steps commute at a state when each stays enabled after the other and both orders reach the
 * same state up to renaming page frames (Katz and Peled's conditional independence; two allocations
 * that only swap which frame each got commute). A lower count than any relation a tool derives from
 * read and write sets; the bench reports it as the estimate for an optimal DPOR.</li>
 * </ul>
 *
 * <p>When the search stops early (time, table size, cancellation) the count so far is a lower bound:
 * every execution counted is a complete execution of its own trace. A cycle in the graph (a retry loop)
 * makes the executions infinitely many; the count then stops and says so.
 */
public final class TraceCount {
    /** Which steps commute; see the class comment. */
    public enum Independence {
        NONE, FOOTPRINT, COMMUTING
    }

    /**
     * What a count found: traces (saturated at {@link Long#MAX_VALUE} when {@code overflow}), the
     * (state, sleep set) pairs in the table, the distinct terminal states (final or deadlocked) reached
     * (with {@link Independence#COMMUTING}, up to renaming frames, as that relation compares states),
     * over the pairs: co-enabled pairs of steps and how many of them commute, the deepest path, whether
     * the search ended by itself, why not, the time taken, and (with {@link Independence#COMMUTING}, else
     * -1) the distinct states up to both symmetries that lie on the counted executions: what a stateful
     * reduction keeping exactly one execution per trace would store (an estimate, see
     * {@link #representatives}).
     */
    public record Result(long traces, boolean overflow, long pairs, long terminals, long coEnabled,
            long independent, int maxDepth, boolean complete, String stopped, long nanos, long representatives) {
    }

    private static final long IN_PROGRESS = -1;

    private final Model m;
    private final Machine k;
    private final Reduction red;
    private final Independence mode;
    private final int W;
    private final int A;
    private final long maxPairs;
    /** COMMUTING: the frame renaming both orders are compared up to (null: no frames to rename). */
    private final Symmetry frames;
    private final Symmetry.Scratch framesX;

    // the table: entry e keeps the state (W words), the sleep set and the count at arena[e * (W + 2)]
    private int[] slots;
    private int mask;
    private long[][] arena = new long[16][];
    private int entries;
    private final int perChunk;

    /**
     * @param maxPairs the count stops (a lower bound) when the table holds this many (state, sleep set) pairs
     */
    public TraceCount(Model m, Independence mode, long maxPairs) {
        this.m = m;
        this.k = new Machine(m);
        this.red = mode == Independence.FOOTPRINT ? Reduction.forModel(m) : null;
        if (mode == Independence.FOOTPRINT && red == null) {
            throw new IllegalArgumentException(
                    "footprint independence needs at most 64 actors and 62 operations per thread");
        }
        if (m.actorCount > 64) {
            throw new IllegalArgumentException("sleep sets need at most 64 actors");
        }
        this.mode = mode;
        this.frames = mode == Independence.COMMUTING ? Symmetry.forModel(m, false) : null;
        this.framesX = frames == null ? null : frames.scratch(m.words);
        this.W = m.words;
        this.A = m.actorCount;
        this.maxPairs = Math.min(maxPairs, 1L << 30);
        this.perChunk = Math.max(1, (1 << 20) / (W + 2));
        slots = new int[1 << 12];
        Arrays.fill(slots, -1);
        mask = slots.length - 1;
    }

    /** A state's stack frame: its successors and footprints, the sleep set and the count so far. */
    private final class Frame {
        final long[] s = new long[W];
        final long[] succ = new long[A * W];
        final Footprint[] fp = new Footprint[A];
        final Step step = new Step(m);
        long en;
        /** Per enabled actor: the enabled actors whose steps commute with its step here (decided once). */
        final long[] commute = new long[A];
        long asleep;
        int next;
        int entry;
        long total;

        Frame() {
            step.obs = Obs.SILENT;
            if (red != null) {
                for (int a = 0; a < A; a++) {
                    fp[a] = new Footprint(red.resources);
                }
            }
        }
    }

    private long hash(long[] s, long z) {
        return Search.exactHash(s, 0, W) ^ Long.rotateLeft(z * 0x9E3779B97F4A7C15L, 17);
    }

    private long[] chunk(int e) {
        return arena[e / perChunk];
    }

    private int base(int e) {
        return (e % perChunk) * (W + 2);
    }

    private boolean same(int e, long[] s, long z) {
        long[] c = chunk(e);
        int b = base(e);
        if (c[b + W] != z) {
            return false;
        }
        for (int i = 0; i < W; i++) {
            if (c[b + i] != s[i]) {
                return false;
            }
        }
        return true;
    }

    /** The entry of (s, z), or -1. */
    private int find(long[] s, long z) {
        for (int i = (int) hash(s, z) & mask;; i = (i + 1) & mask) {
            int e = slots[i];
            if (e < 0 || same(e, s, z)) {
                return e;
            }
        }
    }

    private int insert(long[] s, long z) {
        if ((entries + 1) * 2L > slots.length) {
            grow();
        }
        int e = entries++;
        if (e / perChunk == arena.length) {
            arena = Arrays.copyOf(arena, arena.length * 2);
        }
        if (arena[e / perChunk] == null) {
            arena[e / perChunk] = new long[perChunk * (W + 2)];
        }
        long[] c = chunk(e);
        int b = base(e);
        System.arraycopy(s, 0, c, b, W);
        c[b + W] = z;
        c[b + W + 1] = IN_PROGRESS;
        int i = (int) hash(s, z) & mask;
        while (slots[i] >= 0) {
            i = (i + 1) & mask;
        }
        slots[i] = e;
        return e;
    }

    /**
     * Whether the heap has room for the next insertion's allocations (a doubled slot array, while the old
     * one is still live, or a new arena chunk), with a margin of 64 MiB; collects once before saying no.
     */
    private boolean roomForInsert() {
        long need = 0;
        if ((entries + 1) * 2L > slots.length) {
            need += slots.length * 2L * Integer.BYTES;
        }
        int chunkIndex = entries / perChunk;
        if (chunkIndex >= arena.length || arena[chunkIndex] == null) {
            need += (long) perChunk * (W + 2) * Long.BYTES;
        }
        if (need == 0) {
            return true;
        }
        need += 64L << 20;
        Runtime rt = Runtime.getRuntime();
        if (rt.maxMemory() - (rt.totalMemory() - rt.freeMemory()) >= need) {
            return true;
        }
        System.gc();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory()) >= need;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        Arrays.fill(slots, -1);
        mask = slots.length - 1;
        long[] s = new long[W];
        for (int e : old) {
            if (e >= 0) {
                long[] c = chunk(e);
                int b = base(e);
                System.arraycopy(c, b, s, 0, W);
                int i = (int) hash(s, c[b + W]) & mask;
                while (slots[i] >= 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = e;
            }
        }
    }

    private long count(int e) {
        return chunk(e)[base(e) + W + 1];
    }

    private static long add(long a, long b, boolean[] overflow) {
        long r = a + b;
        if (r < 0) {
            overflow[0] = true;
            return Long.MAX_VALUE;
        }
        return r;
    }

    /** Counts from the initial state until the search ends, the deadline passes or the token is cancelled. */
    public Result count(long deadlineNanos, CancellationToken cancel) {
        return count(deadlineNanos, cancel, n -> { });
    }

    /**
     * As {@link #count(long, CancellationToken)}; {@code progress} gets the number of (state, sleep set)
     * pairs in the table about every 2^20 new pairs.
     */
    public Result count(long deadlineNanos, CancellationToken cancel, java.util.function.LongConsumer progress) {
        long t0 = System.nanoTime();
        Frame[] stack = new Frame[64];
        boolean[] overflow = {false};
        long terminals = 0;
        long coEnabled = 0;
        long independent = 0;
        int maxDepth = 0;
        String stopped = null;
        Footprint scratch = red != null ? red.footprint() : null;
        Step after = new Step(m);
        Step probe = new Step(m);
        probe.obs = Obs.SILENT;
        long[] ab = new long[W];
        long rootTotal = 0;
        int d = 0;
        stack[0] = new Frame();
        open(stack[0], m.initialState(), 0, scratch, after);
        long checks = 0;
        boolean tableLost = false;
        try {
            outer: while (d >= 0) {
                Frame f = stack[d];
                if (f.next == 0) {
                    // first visit: tally the terminal state, decide and tally the co-enabled pairs
                    if (f.en == 0 && (frames == null || terminalClasses.add(canonical(f.s)))) {
                        terminals++;
                    }
                    Arrays.fill(f.commute, 0);
                    for (int a = 0; a < A; a++) {
                        for (int b = a + 1; b < A; b++) {
                            if ((f.en >>> a & 1) != 0 && (f.en >>> b & 1) != 0) {
                                coEnabled++;
                                if (independent(f, a, b, probe, ab)) {
                                    independent++;
                                    f.commute[a] |= 1L << b;
                                    f.commute[b] |= 1L << a;
                                }
                            }
                        }
                    }
                }
                while (f.next < A) {
                    int a = f.next++;
                    if ((f.en >>> a & 1) == 0 || (f.asleep >>> a & 1) != 0) {
                        continue;
                    }
                    // the sleepers whose steps commute with a's stay asleep below it (sleepers are enabled)
                    long z = f.asleep & f.commute[a];
                    f.asleep |= 1L << a;
                    long[] child = Arrays.copyOfRange(f.succ, a * W, a * W + W);
                    if (d + 1 == stack.length) {
                        stack = Arrays.copyOf(stack, stack.length * 2);
                    }
                    if (stack[d + 1] == null) {
                        stack[d + 1] = new Frame();
                    }
                    Frame g = stack[d + 1];
                    // the sleep set holds only actors still enabled at the child (a step independent of another
                    // does not disable it), so (child, z) is the key: look it up before computing successors
                    int e = find(child, z);
                    if (e >= 0) {
                        // known: its count (done), or on the stack (a cycle)
                        long c = count(e);
                        if (c == IN_PROGRESS) {
                            stopped = "the state graph has a cycle (a retry loop): complete runs are infinitely many";
                            break outer;
                        }
                        f.total = add(f.total, c, overflow);
                        continue;
                    }
                    if (entries >= maxPairs) {
                        stopped = "the table reached " + maxPairs + " (state, sleep set) pairs";
                        break outer;
                    }
                    if (!roomForInsert()) {
                        stopped = "memory: the heap has no room for more than " + entries + " (state, sleep set) pairs";
                        break outer;
                    }
                    open(g, child, z, scratch, after);
                    d++;
                    maxDepth = Math.max(maxDepth, d);
                    if ((++checks & 0xFFFFF) == 0) {
                        progress.accept(entries);
                    }
                    if ((checks & 0xFFF) == 0 && (System.nanoTime() - deadlineNanos > 0 || cancel.isCancelled())) {
                        stopped = cancel.isCancelled() ? "cancelled" : "the time limit";
                        break outer;
                    }
                    continue outer;
                }
                // done: record the count (a terminal state is one complete run), add it to the parent's
                long total = f.en == 0 ? 1 : f.total;
                chunk(f.entry)[base(f.entry) + W + 1] = total;
                d--;
                if (d >= 0) {
                    stack[d].total = add(stack[d].total, total, overflow);
                } else {
                    rootTotal = total;
                }
            }
        } catch (OutOfMemoryError e) {
            // the checks before each insertion leave a margin; should a step's own allocations still exhaust
            // the heap, the table is dropped and the count so far stands as a lower bound
            slots = new int[1];
            arena = new long[1][];
            tableLost = true;
            stopped = "memory ran out at " + entries + " (state, sleep set) pairs";
        }
        long traces = rootTotal;
        if (stopped != null) {
            // a lower bound: the completed subtrees of every frame still on the stack
            traces = 0;
            for (int i = 0; i <= d; i++) {
                traces = add(traces, stack[i].total, overflow);
            }
        }
        long reps = -1;
        if (mode == Independence.COMMUTING && !tableLost) {
            try {
                reps = representatives();
            } catch (OutOfMemoryError e) {
                reps = -1; // no room for the set of fingerprints: not counted
            }
        }
        return new Result(traces, overflow[0], entries, terminals, coEnabled, independent, maxDepth, stopped == null,
                stopped, System.nanoTime() - t0, reps);
    }

    /**
     * The distinct states, up to renaming frames and exchanging like threads (the search's stored form),
     * of the table's pairs with a positive count: the states on the complete executions the sleep-set
     * search counted, one per trace. A stateful reduction that explored exactly those executions would
     * store these states; another choice of one execution per trace could store somewhat more or fewer,
     * so it is an estimate of the ideal, not a bound. Counted by 64-bit fingerprints (a collision can only
     * lower the count; at a million states its chance is below 1e-7).
     */
    private long representatives() {
        Symmetry sym = Symmetry.forModel(m, true);
        Symmetry.Scratch x = sym == null ? null : sym.scratch(W);
        long[] set = new long[1 << 12];
        int n = 0;
        long[] st = new long[W];
        for (int e = 0; e < entries; e++) {
            long c = count(e);
            if (c <= 0) {
                continue; // asleep (no execution completes through it) or still open when the count stopped
            }
            System.arraycopy(chunk(e), base(e), st, 0, W);
            if (sym != null) {
                sym.canonicalize(st, x);
            }
            long h = Search.fingerprint(st, 0, W);
            h = h == 0 ? 1 : h; // 0 marks an empty slot
            if ((n + 1) * 2L > set.length) {
                long[] old = set;
                set = new long[old.length * 2];
                for (long v : old) {
                    if (v != 0) {
                        put(set, v);
                    }
                }
            }
            if (put(set, h)) {
                n++;
            }
        }
        return n;
    }

    /** Adds h to the open-addressing set; whether it was new. */
    private static boolean put(long[] set, long h) {
        int mask = set.length - 1;
        for (int i = (int) (h ^ h >>> 29) & mask;; i = (i + 1) & mask) {
            if (set[i] == h) {
                return false;
            }
            if (set[i] == 0) {
                set[i] = h;
                return true;
            }
        }
    }

    /**
     * Computes the successors (and footprints) of state s into frame g and enters (s, z), which is not in
     * the table yet, in it.
     */
    private void open(Frame g, long[] s, long z, Footprint scratch, Step after) {
        System.arraycopy(s, 0, g.s, 0, W);
        Step c = g.step;
        System.arraycopy(s, 0, c.s, 0, W);
        k.summarise(c.s, c);
        if (red != null) {
            red.frames(s, scratch);
        }
        long en = 0;
        for (int a = 0; a < A; a++) {
            System.arraycopy(s, 0, c.s, 0, W);
            boolean enabled;
            if (scratch != null) {
                scratch.clear();
                c.fp = scratch;
                try {
                    enabled = k.step(c, a);
                } finally {
                    c.fp = null;
                }
            } else {
                enabled = k.step(c, a);
            }
            if (enabled) {
                en |= 1L << a;
                if (scratch != null) {
                    k.summarise(c.s, after);
                    c.lockWrites(after, scratch);
                    scratch.copyTo(g.fp[a]);
                }
                System.arraycopy(c.s, 0, g.succ, a * W, W);
            }
        }
        g.en = en;
        g.asleep = z & en;
        g.next = 0;
        g.total = 0;
        g.entry = insert(s, z);
    }

    /** Distinct terminal states up to renaming frames (COMMUTING). */
    private final java.util.Set<java.util.List<Long>> terminalClasses = new java.util.HashSet<>();

    private java.util.List<Long> canonical(long[] s) {
        long[] c = s.clone();
        frames.canonicalize(c, framesX);
        return java.util.Arrays.stream(c).boxed().toList();
    }

    /** Whether the enabled steps of actors a and b commute at frame f's state. */
    private boolean independent(Frame f, int a, int b, Step probe, long[] ab) {
        switch (mode) {
            case NONE:
                return false;
            case FOOTPRINT:
                return disjoint(f.fp[a], f.fp[b]);
            default:
                // a then b, b then a: both enabled, the same state up to renaming frames
                if (!after(f.succ, a, b, probe)) {
                    return false;
                }
                System.arraycopy(probe.s, 0, ab, 0, W);
                if (!after(f.succ, b, a, probe)) {
                    return false;
                }
                if (Arrays.equals(ab, probe.s)) {
                    return true;
                }
                if (frames == null) {
                    return false;
                }
                frames.canonicalize(ab, framesX);
                frames.canonicalize(probe.s, framesX);
                return Arrays.equals(ab, probe.s);
        }
    }

    /** Runs actor y's step from the successor by actor x into probe.s; whether it was enabled. */
    private boolean after(long[] succ, int x, int y, Step probe) {
        System.arraycopy(succ, x * W, probe.s, 0, W);
        k.summarise(probe.s, probe);
        System.arraycopy(succ, x * W, probe.s, 0, W);
        return k.step(probe, y);
    }

    /** Footprint independence: the relation {@link Reduction} uses between two steps. */
    static boolean disjoint(Footprint x, Footprint y) {
        for (int i = 0; i < x.nWrites; i++) {
            int r = x.writes[i];
            if (y.hasReadIn(r)) {
                return false;
            }
            for (int j = 0; j < y.nWrites; j++) {
                if (y.writes[j] == r && (x.values[i] != y.values[j] || x.values[i] == Footprint.MANY)) {
                    return false;
                }
            }
        }
        for (int j = 0; j < y.nWrites; j++) {
            if (x.hasReadIn(y.writes[j])) {
                return false;
            }
        }
        return true;
    }
}
