package org.mmrace.core.internal;

import java.util.Arrays;

/**
 * Partial-order reduction: persistent sets from the footprints of steps (what each step read and
 * wrote, {@link Footprint}), not from a list of which kernel operations commute.
 *
 * <p><b>Access table.</b> For every resource (a layout field or a lock) and every actor at every
 * operation index (its pc; the device of an I/O has one), the table says whether that actor may read
 * it and whether it may write it (and with which value, when always the same) while it runs that
 * operation. The table is learned from the footprints the search itself computes: at every state it
 * stores, the search runs <em>every</em> actor's step (enabled or not) with footprint recording and
 * checks it against the table; an access the table lacks is a <em>discovery</em>. A pass that makes
 * discoveries is repeated with the grown table, until a pass makes none ({@link Search}).
 *
 * <p><b>Persistent set.</b> At a state, actor x's step (footprint F) conflicts with actor y if y, from
 * its current operation on, may write something F reads, may read something F writes, or may write
 * something F writes with another value (or F also reads it). A disabled step conflicts with every
 * actor that may write something it read (what could enable it). The set of actors closed under
 * conflicts, started from one enabled actor, is persistent: along any path from the state that avoids
 * its actors, no step touches what their steps read or write, so each of their steps stays as it is
 * and commutes with the path. The search keeps the closure with the fewest enabled actors.
 *
 * <p><b>Why a pass without discoveries is sound.</b> Suppose some reachable state had a step the table
 * lacks; take one nearest (in steps) to a stored state r, on a path p. If p uses an actor of r's set,
 * the first such step commutes to the front and gives a stored successor nearer to it; if not, p
 * commutes after any step t of the set, and the bad step, which cannot read or write what t wrote
 * unless the table lists it (then its actor would be in the set), stays bad after t: the same
 * distance from a stored successor of r, and repeating this walks the stored graph, which ends (it
 * is acyclic) or closes a cycle, where the proviso below expanded a state fully. The same argument
 * shows every final or deadlocked state is stored, and every violation a step reports is reported
 * (the search records the violations of all steps of a stored state, not only of its set's).
 *
 * <p><b>Cycle proviso</b> (the "ignoring" problem, Valmari; the BFS form of Bošnački and Holzmann,
 * "Improving spin's partial-order reduction for breadth-first search", SPIN 2005): a state whose
 * set leads to an already-stored state with an index not above its own is expanded fully; every cycle
 * has such an edge (into its lowest-indexed state).
 *
 * <p>Immutable during a pass; {@link #learn} runs between passes on the caller's thread.
 */
public final class Reduction {
    static final byte READ = 1;
    static final byte WRITE = 2;
    /** An access to the fresh frame by the step that allocates it (modulo renaming frames; see below). */
    static final byte ALLOC = 4;
    /** No write recorded. */
    static final int NONE = -1;

    private final Model m;
    final int actors;
    final int threads;
    /** Operation indexes per actor: thread pcs 0..ops.length (the last: finished). */
    final int pcs;
    final int resources;
    /** learned: [resource][actor * pcs + pc] flags and written value */
    private final byte[][] flags;
    private final int[][] value;
    // derived at the start of a pass: may actor b, at pc or later, read / write the resource (bit pc)
    private long[][] readFrom;
    private long[][] writeFrom;
    /** the value b writes from pc on (NONE, a value, or MANY) */
    private int[][][] valueFrom;
    private long learnedCount;
    /** Per field: the page frame it belongs to ("page#N." fields), else 0. */
    private final int[] frameOf;
    private final int[][] liveness;
    /** Modulo renaming frames: per field of an order-0 frame, the same field of the representative frame. */
    private int[] freshOf;
    private long[][] allocFrom;

    /** Null when the scenario has too many actors or operations per thread for the bit masks. */
    public static Reduction forModel(Model m) {
        int maxOps = Model.IO_COMPLETED + 1;
        for (int t = 0; t < m.threadCount; t++) {
            maxOps = Math.max(maxOps, m.ops[t].length + 1);
        }
        if (m.actorCount > 64 || maxOps > 63) {
            return null;
        }
        return new Reduction(m, maxOps);
    }

    private Reduction(Model m, int pcs) {
        this.m = m;
        this.actors = m.actorCount;
        this.threads = m.threadCount;
        this.pcs = pcs;
        int fields = m.layout.fieldCount();
        // twice: the second half are the fields of frames that are free when the step starts (Footprint)
        this.resources = 2 * (fields + Step.lockResources(m));
        frameOf = new int[fields];
        for (int f = 0; f < fields; f++) {
            String n = m.layout.name(f);
            if (n.startsWith("page#")) {
                int dot = n.indexOf('.');
                frameOf[f] = Integer.parseInt(n.substring(5, dot));
            }
        }
        liveness = new int[m.maxPages + 1][];
        for (int p = 0; p <= m.maxPages; p++) {
            liveness[p] = p == 0 ? new int[0] : java.util.stream.IntStream.of(m.fCount[p], m.fPins[p], m.fMapcount[p])
                    .filter(f -> f >= 0).toArray();
        }
        flags = new byte[resources][actors * pcs];
        value = new int[resources][actors * pcs];
        for (int[] v : value) {
            Arrays.fill(v, NONE);
        }
        derive();
    }

    /**
     * The operation index of actor b in state s: a thread's pc, an I/O device's request status (idle,
     * in flight, DMA done, completed). Both only grow; {@link Search} checks that on every step.
     */
    int pc(long[] s, int b) {
        return b < threads ? m.layout.get(s, m.fPc[b]) : m.layout.get(s, m.fIoStatus[b - threads]);
    }

    /** A recording footprint with the frame context of this model. */
    Footprint footprint() {
        Footprint f = new Footprint(resources, frameOf, liveness, m.maxPages + 1);
        f.moduloFrames(freshOf);
        return f;
    }

    /**
     * The search stores states up to renaming page frames ({@link FrameSymmetry}): then all free order-0
     * frames are one resource (a fresh frame), and the accesses of an allocating step to the frame it
     * allocates are allocs, which conflict with every other access to a free frame but not with each
     * other. Two allocations reach the same state in either order up to renaming frames (each gets a
     * zeroed free frame; which number is what the renaming forgets), and the search for the lowest
     * free frame is not recorded ({@link Machine#allocPage}); so two processes that only share the
     * allocator no longer depend on each other. Call before the first footprint.
     */
    void moduloFrames() {
        int fields = m.layout.fieldCount();
        int rep = 0;
        for (int p = 1; p <= m.maxPages && rep == 0; p++) {
            if (m.thp == null || m.thp.folioOf[p] < 0) {
                rep = p;
            }
        }
        if (rep == 0) {
            return;
        }
        java.util.Map<String, Integer> ids = new java.util.HashMap<>();
        for (int f = 0; f < fields; f++) {
            ids.put(m.layout.name(f), f);
        }
        int[] map = new int[fields];
        Arrays.fill(map, -1);
        for (int f = 0; f < fields; f++) {
            int p = frameOf[f];
            if (p > 0 && (m.thp == null || m.thp.folioOf[p] < 0)) {
                String n = m.layout.name(f);
                Integer r = ids.get("page#" + rep + n.substring(n.indexOf('.')));
                map[f] = r == null ? -1 : r;
            }
        }
        freshOf = map;
    }

    /** Fills the frame context of f for state s (which frames are free). */
    void frames(long[] s, Footprint f) {
        for (int p = 1; p <= m.maxPages; p++) {
            f.free[p] = m.layout.get(s, m.fCount[p]) == 0 && m.layout.get(s, m.fPins[p]) == 0
                    && m.layout.get(s, m.fMapcount[p]) == 0;
        }
    }

    /** Number of (resource, actor, pc) accesses learned so far. */
    public long learned() {
        return learnedCount;
    }

    /** Recomputes the "from pc on" masks after the table grew. */
    void derive() {
        readFrom = new long[resources][actors];
        writeFrom = new long[resources][actors];
        allocFrom = new long[resources][actors];
        valueFrom = new int[resources][actors][];
        for (int r = 0; r < resources; r++) {
            for (int b = 0; b < actors; b++) {
                long rm = 0;
                long wm = 0;
                long am = 0;
                boolean aAny = false;
                int[] vf = null;
                int v = NONE;
                boolean rAny = false;
                boolean wAny = false;
                for (int pc = pcs - 1; pc >= 0; pc--) {
                    int i = b * pcs + pc;
                    rAny |= (flags[r][i] & READ) != 0;
                    aAny |= (flags[r][i] & ALLOC) != 0;
                    if (aAny) {
                        am |= 1L << pc;
                    }
                    if ((flags[r][i] & WRITE) != 0) {
                        wAny = true;
                        v = v == NONE ? value[r][i] : v == value[r][i] ? v : Footprint.MANY;
                    }
                    if (rAny) {
                        rm |= 1L << pc;
                    }
                    if (wAny) {
                        wm |= 1L << pc;
                        if (vf == null) {
                            vf = new int[pcs];
                            Arrays.fill(vf, NONE);
                        }
                        vf[pc] = v;
                    }
                }
                readFrom[r][b] = rm;
                allocFrom[r][b] = am;
                writeFrom[r][b] = wm;
                valueFrom[r][b] = vf;
            }
        }
    }

    /**
     * Checks footprint f of actor b at pc against the table; appends what the table lacks to
     * {@code out} as (resource, actor * pcs + pc, kind, value) quadruples. Returns the new size.
     */
    int check(Footprint f, int b, int pc, int[] out, int n, int[][] grow) {
        int i = b * pcs + pc;
        int need = n + 4 * (f.nReads + f.nWrites + f.nAllocs);
        if (need > out.length) {
            out = Arrays.copyOf(out, Math.max(need, out.length * 2));
            grow[0] = out; // the caller takes the grown array
        }
        for (int j = 0; j < f.nReads; j++) {
            int r = f.reads[j];
            if ((flags[r][i] & READ) == 0) {
                n = put(out, n, grow, r, i, READ, 0);
            }
        }
        for (int j = 0; j < f.nWrites; j++) {
            int r = f.writes[j];
            int v = f.values[j];
            if ((flags[r][i] & WRITE) == 0 || (value[r][i] != v && value[r][i] != Footprint.MANY)) {
                n = put(out, n, grow, r, i, WRITE, v);
            }
        }
        for (int j = 0; j < f.nAllocs; j++) {
            int r = f.allocs[j];
            if ((flags[r][i] & ALLOC) == 0) {
                n = put(out, n, grow, r, i, ALLOC, 0);
            }
        }
        return n;
    }

    private static int put(int[] o, int n, int[][] grow, int r, int i, int kind, int v) {
        o[n] = r;
        o[n + 1] = i;
        o[n + 2] = kind;
        o[n + 3] = v;
        return n + 4;
    }

    /** Adds discoveries (quadruples from {@link #check}) to the table; takes effect at {@link #derive}. */
    void learn(int[] d, int n) {
        for (int j = 0; j < n; j += 4) {
            int r = d[j];
            int i = d[j + 1];
            byte kind = (byte) d[j + 2];
            int v = d[j + 3];
            if ((flags[r][i] & kind) == 0) {
                learnedCount++;
            }
            if (kind == WRITE) {
                value[r][i] = (flags[r][i] & WRITE) == 0 ? v : value[r][i] == v ? v : Footprint.MANY;
            }
            flags[r][i] |= kind;
        }
    }

    /** The actors (mask) whose "from pc on" bit is set in {@code from} (per actor) at their current pc. */
    private long fromPc(long[] from, int[] pc) {
        long mask = 0;
        for (int b = 0; b < actors; b++) {
            mask |= ((from[b] >>> pc[b]) & 1L) << b;
        }
        return mask;
    }

    /** Actors (mask) that, from their pc on, may write resource r. */
    private long writers(int r, int[] pc) {
        return fromPc(writeFrom[r], pc);
    }

    private long readers(int r, int[] pc) {
        return fromPc(readFrom[r], pc);
    }

    /** Actors that may write r with a value other than v (any value when v is MANY or x also reads r). */
    private long otherWriters(int r, int[] pc, int v, boolean alsoRead) {
        long[] w = writeFrom[r];
        int[][] vf = valueFrom[r];
        long mask = 0;
        for (int b = 0; b < actors; b++) {
            if (((w[b] >>> pc[b]) & 1L) != 0 && (alsoRead || v == Footprint.MANY || vf[b][pc[b]] != v)) {
                mask |= 1L << b;
            }
        }
        return mask;
    }

    /** Actors (mask) that, from their pc on, may allocate a fresh frame (and so touch resource r of it). */
    private long allocators(int r, int[] pc) {
        return fromPc(allocFrom[r], pc);
    }

    /**
     * The actors (mask) a step with footprint f of actor x conflicts with; disabled steps: their enablers.
     * An alloc (the step's accesses to the frame it allocates) conflicts with every read and write of a
     * free frame, and every read or write of one with the allocators, but two allocs commute.
     */
    long conflicts(Footprint f, boolean enabled, int[] pc) {
        long mask = 0;
        for (int j = 0; j < f.nReads; j++) {
            mask |= writers(f.reads[j], pc) | allocators(f.reads[j], pc);
        }
        if (enabled) {
            for (int j = 0; j < f.nWrites; j++) {
                int r = f.writes[j];
                mask |= readers(r, pc) | otherWriters(r, pc, f.values[j], f.hasReadIn(r)) | allocators(r, pc);
            }
        }
        for (int j = 0; j < f.nAllocs; j++) {
            int r = f.allocs[j];
            mask |= writers(r, pc) | readers(r, pc) | (enabled ? 0 : allocators(r, pc));
        }
        return mask;
    }

    /**
     * The persistent set: of the conflict closures started from each enabled actor, the one with the
     * fewest enabled actors (the lowest starting actor among equals). Returns a mask of actors.
     */
    static long choose(long[] dep, long enabled, int actors) {
        long best = enabled;
        int bestCount = Long.bitCount(enabled);
        long todo = enabled;
        while (todo != 0 && bestCount > 1) {
            int a0 = Long.numberOfTrailingZeros(todo);
            todo &= todo - 1;
            long set = 1L << a0;
            long frontier = set;
            while (frontier != 0) {
                int x = Long.numberOfTrailingZeros(frontier);
                frontier &= frontier - 1;
                long add = dep[x] & ~set;
                set |= add;
                frontier |= add;
            }
            int c = Long.bitCount(set & enabled);
            if (c < bestCount) {
                best = set & enabled;
                bestCount = c;
            }
        }
        return best;
    }
}
