package org.mmrace.core.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.Progress;
import org.mmrace.core.run.ProgressListener;
import org.mmrace.core.run.ViolationClass;

/**
 * Level-synchronous breadth-first search over packed states.
 *
 * <p>States live in an arena of longs (chunked), which is also the BFS queue: level d is an index
 * range. A state is identified by its index; each stores its parent index and the actor of the step
 * that reached it, which is all trace reconstruction needs. Deduplication uses an open-addressing
 * table of ints (state index + 1) over the full packed states: no hash fingerprints, no collisions.
 *
 * <p>Per batch of the frontier, workers expand slices in parallel into per-slice candidate buffers,
 * dropping successors the table already holds; the caller's thread merges the buffers in frontier
 * order, inserting first occurrences. The merge of batch k overlaps the expansion of batch k+1 (of the
 * same level): the workers' filter then reads the table while the caller inserts into it, which is
 * safe because entries are published with release stores after the state is in the arena and read
 * with acquire loads, and harmless because the filter only drops states that are certainly stored;
 * whatever it lets through, the merge checks again. The order of the arena is therefore the same for
 * any number of workers, and so are the counts, the chosen shortest traces and the verdict.
 */
public final class Search {
    private static final int CHUNK_BITS = 15;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int BATCH = 8192;
    private static final int SLICE = 512;
    /** The most states one run can store: 32-bit (unsigned) indices; memory ends a run well before. */
    public static final long MAX_STORED = 0xFFFF_FFFEL - 1;

    /** Key of an oracle violation. */
    public static int key(Oracle o, ViolationClass c) {
        return o.ordinal() * 32 + c.ordinal();
    }

    /** Key of a violated condition. */
    public static int conditionKey(int cond) {
        return 1000 + cond;
    }

    /** Where the shortest route to a violation ends: state {@code state}, then step {@code actor} (or -1). */
    public record Found(int key, int depth, long state, int actor) {
        boolean before(Found o) {
            if (depth != o.depth) {
                return depth < o.depth;
            }
            if (state != o.state) {
                return state < o.state;
            }
            return actor < o.actor;
        }
    }

    private final Model m;
    private final Machine k;
    private final Checks checks;
    private final ExploreOptions opt;
    private final ProgressListener listener;
    private final CancellationToken token;
    private final boolean checkRefcounts;
    private final int W;
    private final int A;
    /** The partial-order reduction, or null (off, or unsupported for this scenario). */
    private Reduction red;
    /** The symmetry reductions (page frames, interchangeable threads), or null (off, or nothing to reduce). */
    private Symmetry sym;
    /** Passes of the reduction so far (a pass that learned new accesses is repeated). */
    public int passes;
    /** Transitions the reduction did not take (successors outside the persistent sets). */
    public long pruned;
    /** Why the reduction is off although asked for, or null. */
    public String reductionOff;
    /** The current pass learned accesses its table lacked: its reduction is not trusted, it is repeated. */
    private boolean discovered;
    /**
     * Pruned successors not stored when they were pruned. If at the end of a pass every one of them is
     * stored, the stored set is closed under every step, so the pass explored the whole state space (it
     * ran every step of every stored state) and its result is exact whatever the access table said.
     */
    private long[] openPruned;
    private long[] openHash;
    private int openCount;
    private static final int MAX_OPEN_PRUNED = 1 << 20;
    /** After this many stored states of the first pass the reduction is judged (see MIN_PRUNED_PERCENT). */
    private static final long JUDGE_AT = 10_000;
    /** A reduction pruning fewer transitions than this share is switched off (it costs more than it saves). */
    private static final int MIN_PRUNED_PERCENT = 3;
    private boolean judged;
    /** At most this many passes; then the search runs without the reduction. */
    private static final int MAX_PASSES = 12;

    // arena
    private long[][] states = new long[16][];
    /** parent index (unsigned 32 bits) per state */
    private int[][] parents = new int[16][];
    private byte[][] actors = new byte[16][];
    private long distinct;
    /** Hash compaction: the table holds fingerprints, the arena only the states not yet expanded. */
    private final boolean compact;
    /** Chunks of the arena below this one were dropped (compact mode). */
    private int firstLiveChunk;
    /** Compact mode: dropped state chunks kept for reuse (at most {@link #SPARE_CHUNKS}): no zeroing, less garbage. */
    private final java.util.ArrayDeque<long[]> spareChunks = new java.util.ArrayDeque<>();
    private static final int SPARE_CHUNKS = 8;
    // table
    /**
     * One worker: the slices are expanded on the caller's thread, then merged; without the reduction their
     * filter is skipped (it would probe every new state once more before the merge inserts it).
     */
    private boolean inline;
    /** Replaced (never mutated in place after publication) when it grows; workers read it once per probe. */
    private volatile StateTable table;
    /** The table could not grow (memory): the run ends incomplete at the next check. */
    private boolean tableFull;
    private final List<Long> levelStarts = new ArrayList<>();

    // results
    public final java.util.Map<Integer, Found> found = new java.util.TreeMap<>();
    public long[] positive;
    public long[] negative;
    public long finals;
    public long generated;
    public long unnecessaryCows;
    public long firstFinal = -1;
    public int maxDepth;
    public long millis;
    public String incomplete;
    private FinalStateSink finalSink;

    /** Where the search starts; null: the scenario's initial state. */
    private long[] start;

    public Search(Model m, ExploreOptions opt, ProgressListener listener, CancellationToken token,
            boolean checkRefcounts) {
        this.m = m;
        this.k = new Machine(m);
        this.checks = new Checks(k);
        this.opt = opt;
        this.listener = listener;
        this.token = token;
        this.checkRefcounts = checkRefcounts;
        this.W = m.words;
        this.A = m.actorCount;
        this.positive = new long[m.conds.length];
        this.negative = new long[m.conds.length];
        this.compact = opt.compact();
        this.sym = opt.symmetry() ? Symmetry.forModel(m, true) : null;
        setUpReduction();
    }

    /** Reason the partial-order reduction is off while threads are exchanged. */
    static final String OFF_FOR_THREADS = "threads are exchanged by the symmetry reduction (the partial-order"
            + " reduction assumes each thread keeps its slot)";

    private void setUpReduction() {
        red = null;
        reductionOff = null;
        if (opt.reduction()) {
            if (sym != null && sym.renamesActors()) {
                // the access table is per thread slot and "from its pc on": exchanging threads between slots
                // would let a slot's pc go back, which the persistent sets' argument rules out
                reductionOff = OFF_FOR_THREADS;
                return;
            }
            red = Reduction.forModel(m);
            if (red == null) {
                reductionOff = "more than 64 actors or 62 operations in a thread";
            } else if (sym != null && sym.renamesFrames()) {
                red.moduloFrames(); // states are stored up to renaming frames: allocations commute
            }
        }
    }

    /** Whether the options asked for the partial-order reduction. */
    public boolean reductionAsked() {
        return opt.reduction();
    }

    /** Whether the last pass ran with the partial-order reduction. */
    public boolean reduced() {
        return red != null;
    }

    /** Whether states are stored up to the renaming of page frames or the exchange of threads ({@link Symmetry}). */
    public boolean symmetric() {
        return sym != null;
    }

    /**
     * The actors of a real run from the start for a stored route (see {@link Symmetry#concreteActors}):
     * the route itself unless threads are exchanged.
     */
    public int[] concreteActors(int[] route) {
        if (sym == null || !sym.renamesActors()) {
            return route;
        }
        return sym.concreteActors(k, start != null ? start : m.initialState(), route);
    }

    /**
     * Starts the search from {@code state} instead of the initial state (replay across strategies
     * continues from where a replayed schedule departs); paths then begin at that state.
     */
    public void startFrom(long[] state) {
        this.start = state.clone();
    }

    public Machine machine() {
        return k;
    }

    /** Also tells {@code sink} about every final state (before {@link #run}). */
    public void observeFinals(FinalStateSink sink) {
        this.finalSink = sink;
        if (sym != null && sym.renamesActors()) {
            // every final state with its own process names: only frames are renamed
            sym = Symmetry.forModel(m, false);
            setUpReduction();
        }
    }

    public long distinct() {
        return distinct;
    }

    public int bytesPerState() {
        return W * 8;
    }

    /** Memory held per stored state: the packed state, parent, actor and the table slots, averaged. */
    public double storedBytesPerState() {
        if (distinct == 0) {
            return 0;
        }
        long chunks = (distinct + CHUNK - 1) / CHUNK;
        long live = compact ? Math.max(0, chunks - firstLiveChunk) : chunks;
        long bytes = chunks * CHUNK * 5L + live * CHUNK * W * 8L + table.bytes();
        return (double) bytes / distinct;
    }

    /** Whether states are stored as 64-bit fingerprints (hash compaction). */
    public boolean compact() {
        return compact;
    }

    /**
     * Hash compaction's omission probability bound for this run: each of the n stored states was
     * compared with at most n fingerprints of 64 bits, so P(some state omitted) <= n(n-1)/2 / 2^64
     * (docs/performance.md). 0 without compaction.
     */
    public double omissionProbability() {
        if (!compact) {
            return 0;
        }
        double n = distinct;
        return Math.min(1.0, n * (n - 1) / 2 / Math.pow(2, 64));
    }

    // ------------------------------------------------------------------ arena

    private void ensureChunk(long idx) {
        int c = (int) (idx >>> CHUNK_BITS);
        if (c >= states.length) {
            states = java.util.Arrays.copyOf(states, states.length * 2);
            parents = java.util.Arrays.copyOf(parents, parents.length * 2);
            actors = java.util.Arrays.copyOf(actors, actors.length * 2);
        }
        if (states[c] == null && parents[c] == null) {
            long[] spare = spareChunks.poll();
            states[c] = spare != null ? spare : new long[CHUNK * W]; // every slot is written before it is read
            parents[c] = new int[CHUNK];
            actors[c] = new byte[CHUNK];
        }
    }

    /** Compact mode: drops the full states of chunks wholly below {@code levelFrom} (already expanded). */
    private void dropExpanded(long levelFrom) {
        int c = (int) (levelFrom >>> CHUNK_BITS);
        for (int i = firstLiveChunk; i < c; i++) {
            if (states[i] != null && spareChunks.size() < SPARE_CHUNKS) {
                spareChunks.push(states[i]);
            }
            states[i] = null;
        }
        firstLiveChunk = Math.max(firstLiveChunk, c);
    }

    public void load(long idx, long[] into) {
        System.arraycopy(states[(int) (idx >>> CHUNK_BITS)], (int) (idx & (CHUNK - 1)) * W, into, 0, W);
    }

    public long parent(long idx) {
        int p = parents[(int) (idx >>> CHUNK_BITS)][(int) (idx & (CHUNK - 1))];
        return p == -1 ? -1 : Integer.toUnsignedLong(p);
    }

    public int actor(long idx) {
        return actors[(int) (idx >>> CHUNK_BITS)][(int) (idx & (CHUNK - 1))] & 0xFF;
    }

    public int depth(long idx) {
        int lo = 0;
        int hi = levelStarts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (levelStarts.get(mid) <= idx) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * Hash of a packed state: each word multiplied by its own odd constant (the multiplies are
     * independent, so they overlap in the pipeline instead of forming one chain), then murmur3's fmix64.
     */
    private long hash(long[] s, int off, int w) {
        if (compact) {
            return fingerprint(s, off, w);
        }
        return exactHash(s, off, w);
    }

    static long exactHash(long[] s, int off, int w) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < w; i++) {
            h += Long.rotateLeft(s[off + i] * (0xBF58476D1CE4E5B9L + 2L * i), 23 * i);
        }
        return fmix64(h);
    }

    private static long fmix64(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }

    /**
     * The 64-bit fingerprint of hash compaction: every word (with its position) goes through murmur3's
     * finaliser, so each of its bits reaches every bit of its 64-bit image; the images are folded in by an
     * xor and an odd multiply (a bijection of the running value: two states that differ in one word
     * never share a fingerprint), and the finaliser mixes the result. The per-word finalisers are
     * independent of each other and overlap in the pipeline; only the xor-multiply forms a chain.
     */
    static long fingerprint(long[] s, int off, int w) {
        long h = 0x243F6A8885A308D3L ^ w;
        for (int i = 0; i < w; i++) {
            h = (h ^ fmix64(s[off + i] + 0x9E3779B97F4A7C15L * (i + 1))) * 0xBF58476D1CE4E5B9L;
        }
        return fmix64(h);
    }

    private boolean equalsStored(long idx, long[] s, int off) {
        long[] ch = states[(int) (idx >>> CHUNK_BITS)];
        int o = (int) (idx & (CHUNK - 1)) * W;
        for (int i = 0; i < W; i++) {
            if (ch[o + i] != s[off + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether s is certainly stored: the workers' filter, safe while the caller merges. An entry read
     * with acquire semantics was published after its state was written to the arena, so the compare
     * sees the whole state; an entry not yet visible only lets a duplicate through to the merge.
     */
    private boolean contains(long[] s, int off, long h) {
        return find(s, off, h) != -1;
    }

    /**
     * As {@link #contains}, returning the stored state's index, or -1; in compact mode -2 for "stored"
     * (the table keeps no indexes).
     */
    private long find(long[] s, int off, long h) {
        StateTable t = table;
        long i = t.home(h);
        if (compact) {
            long fp = StateTable.fingerprint(h);
            while (true) {
                long e = t.getAcquire(i);
                if (e == 0) {
                    return -1;
                }
                if (e == fp) {
                    return -2;
                }
                i = t.next(i);
            }
        }
        int[] a = t.narrowPow2();
        if (a != null) {
            long r = probeNarrow(a, t.idxBits(), h, s, off, true);
            return r >= 0 ? r : -1;
        }
        while (true) {
            long e = t.getAcquire(i);
            if (e == 0) {
                return -1;
            }
            if (t.tagMatches(e, h) && equalsStored(t.indexOf(e), s, off)) {
                return t.indexOf(e);
            }
            i = t.next(i);
        }
    }

    /**
     * The probe of a narrow power-of-two table ({@link StateTable#narrowPow2}) with the array, mask and index
     * bits in locals: the stored index of s, or -(slot + 1) of the empty slot that ends the probe. Workers
     * read entries with acquire loads ({@code acquire}); the merging thread, the only writer, reads plainly.
     */
    private long probeNarrow(int[] a, int bits, long h, long[] s, int off, boolean acquire) {
        long want = h >>> (32 + bits);
        long idxMask = (1L << bits) - 1;
        int mask = a.length - 1;
        int j = (int) h & mask;
        while (true) {
            long e = Integer.toUnsignedLong(acquire ? (int) StateTable.NARROW.getAcquire(a, j) : a[j]);
            if (e == 0) {
                return -j - 1L;
            }
            if (e >>> bits == want && equalsStored((e & idxMask) - 1, s, off)) {
                return (e & idxMask) - 1;
            }
            j = (j + 1) & mask;
        }
    }

    /** Inserts s if absent; returns its new index or -1 when it was there. */
    private long insert(long[] s, int off, long h, long parent, int actor) {
        StateTable t = table;
        long i = t.home(h);
        long entry;
        if (compact) {
            entry = StateTable.fingerprint(h);
            while (true) {
                long e = t.get(i);
                if (e == 0) {
                    break;
                }
                if (e == entry) {
                    return -1;
                }
                i = t.next(i);
            }
        } else if (t.narrowPow2() != null) {
            long r = probeNarrow(t.narrowPow2(), t.idxBits(), h, s, off, false);
            if (r >= 0) {
                return -1;
            }
            i = -r - 1;
            entry = t.entry(h, distinct);
        } else {
            while (true) {
                long e = t.get(i);
                if (e == 0) {
                    break;
                }
                if (t.tagMatches(e, h) && equalsStored(t.indexOf(e), s, off)) {
                    return -1;
                }
                i = t.next(i);
            }
            entry = t.entry(h, distinct);
        }
        long idx = distinct++;
        ensureChunk(idx);
        int c = (int) (idx >>> CHUNK_BITS);
        int o = (int) (idx & (CHUNK - 1));
        System.arraycopy(s, off, states[c], o * W, W);
        parents[c][o] = (int) parent;
        actors[c][o] = (byte) actor;
        t.setRelease(i, entry); // publishes the state written above to the workers
        if (!tableFull && (compact ? distinct * 10 > t.slots * 9 : distinct * 5 > t.slots * 4)) {
            grow();
        }
        return idx;
    }

    /**
     * Doubles the table into a new one, published by the volatile write once it is complete. Exact
     * entries are rebuilt from the arena in index order (sequential reads; the old table's order would
     * read the arena at random); fingerprints are moved from the old table (they are their own hash).
     * When the heap cannot hold the new table next to the old one, the table stays (filling up to 95%)
     * and the run ends incomplete: never an OutOfMemoryError.
     */
    private void grow() {
        StateTable old = table;
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        // fingerprints: up to 90% full, grown by a quarter, so a stored state costs 8.9 to 11.1 bytes of table
        // (the probes stay short enough with one 8-byte compare each); exact entries: up to 80%, doubled
        long slots = compact ? old.slots + old.slots / 4 : old.slots * 2;
        if (slots * StateTable.bytesPerSlot(slots, !compact) + (64L << 20) > free) {
            tableFull = true;
            return;
        }
        StateTable t = new StateTable(slots, !compact);
        if (compact) {
            for (long j = 0; j < old.slots; j++) {
                long e = old.get(j);
                if (e != 0) {
                    long i = t.home(e);
                    while (t.get(i) != 0) {
                        i = t.next(i);
                    }
                    t.set(i, e);
                }
            }
        } else if (t.narrowPow2() != null) {
            int[] a = t.narrowPow2();
            int mask = a.length - 1;
            for (long idx = 0; idx < distinct; idx++) {
                long h = exactHash(states[(int) (idx >>> CHUNK_BITS)], (int) (idx & (CHUNK - 1)) * W, W);
                int j = (int) h & mask;
                while (a[j] != 0) {
                    j = (j + 1) & mask;
                }
                a[j] = (int) t.entry(h, idx);
            }
        } else {
            for (long idx = 0; idx < distinct; idx++) {
                long h = hash(states[(int) (idx >>> CHUNK_BITS)], (int) (idx & (CHUNK - 1)) * W, W);
                long i = t.home(h);
                while (t.get(i) != 0) {
                    i = t.next(i);
                }
                t.set(i, t.entry(h, idx));
            }
        }
        table = t;
    }

    // ------------------------------------------------------------------ slices

    /** One slice of a batch: a worker's output, merged by the caller in order. */
    private final class Slice implements Obs {
        final Step step = new Step(m);
        final long[] src = new long[W];
        final int[] expCount = new int[m.maxPages + 1];
        final int[] expMap = new int[m.maxPages + 1];
        long[] cand = new long[SLICE * 4 * W];
        int[] candParent = new int[SLICE * 4];
        byte[] candActor = new byte[SLICE * 4];
        /** 0: in the persistent set; 1: outside it (kept only when the cycle proviso expands the parent fully) */
        byte[] candKind = new byte[SLICE * 4];
        final Symmetry.Scratch symX = sym == null ? null : sym.scratch(W);
        // reduction scratch
        final Footprint scratch;
        final Footprint[] rec;
        final long[] succ;
        final int[] pcs = new int[A];
        final long[] dep = new long[A];
        final Step after;
        int[] disc = new int[256];
        final int[][] discGrow = new int[1][];
        int nDisc;
        long prunedHere;
        long[] candHash = new long[SLICE * 4];
        long[] slots = new long[SLICE * 4];
        /** Keeps the touching loads of {@link #filter} from being optimised away. */
        long sink;
        int n;
        long from;
        long to;
        final java.util.Map<Integer, Found> events = new java.util.HashMap<>();
        final long[] pos = new long[m.conds.length];
        final long[] neg = new long[m.conds.length];
        long fin;
        long gen;
        long ucow;
        long firstFinal;
        int depth;
        long cur;
        int curActor;
        RuntimeException error;

        Slice() {
            step.obs = this;
            if (red != null) {
                scratch = red.footprint();
                rec = new Footprint[A];
                for (int a = 0; a < A; a++) {
                    rec[a] = new Footprint(red.resources);
                }
                succ = new long[A * W];
                after = new Step(m);
            } else {
                scratch = null;
                rec = null;
                succ = null;
                after = null;
            }
        }

        void reset(long a, long b, int d) {
            from = a;
            to = b;
            depth = d;
            n = 0;
            events.clear();
            java.util.Arrays.fill(pos, 0);
            java.util.Arrays.fill(neg, 0);
            fin = 0;
            gen = 0;
            ucow = 0;
            firstFinal = -1;
            error = null;
            nDisc = 0;
            prunedHere = 0;
            nPruned = 0;
        }

        private void add(long[] s, long h, long parent, int actor) {
            add(s, 0, h, parent, actor, 0);
        }

        private void add(long[] s, int off, long h, long parent, int actor, int kind) {
            if (n == candParent.length) {
                int cap = n * 2;
                cand = java.util.Arrays.copyOf(cand, cap * W);
                candParent = java.util.Arrays.copyOf(candParent, cap);
                candActor = java.util.Arrays.copyOf(candActor, cap);
                candHash = java.util.Arrays.copyOf(candHash, cap);
                candKind = java.util.Arrays.copyOf(candKind, cap);
            }
            System.arraycopy(s, off, cand, n * W, W);
            candParent[n] = (int) parent;
            candActor[n] = (byte) actor;
            candHash[n] = h;
            candKind[n] = (byte) kind;
            n++;
        }

        void run() {
            try {
                for (long i = from; i < to; i++) {
                    if (((i - from) & 127) == 0 && token.isCancelled()) {
                        return;
                    }
                    expand(i);
                }
                if (!inline || red != null) {
                    filter();
                }
            } catch (RuntimeException e) {
                error = e;
            }
        }

        /**
         * Drops the successors the table certainly holds, keeping the order of the others. The probes
         * of a whole slice are done in passes: first every candidate's home slot is read (independent
         * loads, so their cache misses overlap instead of following one another), then the arena line
         * of every entry whose tag matches, then the real probes, which now mostly hit the cache.
         */
        private void filter() {
            StateTable t = table;
            long[] home = slotScratch(n);
            int[] a = t.narrowPow2();
            if (a != null) {
                int mask = a.length - 1;
                for (int j = 0; j < n; j++) {
                    home[j] = Integer.toUnsignedLong((int) StateTable.NARROW.getAcquire(a, (int) candHash[j] & mask));
                }
            } else {
                for (int j = 0; j < n; j++) {
                    home[j] = t.getAcquire(t.home(candHash[j]));
                }
            }
            long touch = 0;
            if (!compact) {
                for (int j = 0; j < n; j++) {
                    long e = home[j];
                    if (e != 0 && t.tagMatches(e, candHash[j])) {
                        long idx = t.indexOf(e);
                        touch += states[(int) (idx >>> CHUNK_BITS)][(int) (idx & (CHUNK - 1)) * W];
                    }
                }
            }
            sink = touch;
            int kept = 0;
            int fullParent = -1;
            for (int j = 0; j < n; j++) {
                if (candKind[j] != 0 && candParent[j] != fullParent) {
                    prunedHere++; // outside the persistent set, and the proviso did not ask for it
                    if (find(cand, j * W, candHash[j]) < 0) {
                        keepPruned(j); // not (yet) stored: the closure check at the end looks again
                    }
                    continue;
                }
                long at = find(cand, j * W, candHash[j]);
                if (at != -1) {
                    // compact mode does not know the index (-2): the proviso then expands fully on any
                    // already-stored successor of the set (stronger, still sound)
                    if (candKind[j] == 0 && red != null && (at == -2 || at <= Integer.toUnsignedLong(candParent[j]))) {
                        // cycle proviso: the set leads back to a state stored no later than its parent
                        fullParent = candParent[j];
                    }
                    continue;
                }
                if (kept != j) {
                    System.arraycopy(cand, j * W, cand, kept * W, W);
                    candParent[kept] = candParent[j];
                    candActor[kept] = candActor[j];
                    candHash[kept] = candHash[j];
                }
                kept++;
            }
            n = kept;
        }

        long[] prunedStates = new long[0];
        long[] prunedHash = new long[0];
        int nPruned;

        private void keepPruned(int j) {
            if (nPruned == prunedHash.length) {
                int cap = Math.max(64, nPruned * 2);
                prunedStates = java.util.Arrays.copyOf(prunedStates, cap * W);
                prunedHash = java.util.Arrays.copyOf(prunedHash, cap);
            }
            System.arraycopy(cand, j * W, prunedStates, nPruned * W, W);
            prunedHash[nPruned++] = candHash[j];
        }

        private long[] slotScratch(int size) {
            if (slots.length < size) {
                slots = new long[Math.max(size, slots.length * 2)];
            }
            return slots;
        }

        private void expand(long i) {
            if (red != null) {
                expandReduced(i);
                return;
            }
            load(i, src);
            cur = i;
            k.summarise(src, step);
            System.arraycopy(src, 0, step.s, 0, W);
            curActor = -1;
            if (checkRefcounts) {
                checks.refcounts(step, expCount, expMap);
            }
            boolean checked = checkRefcounts;
            boolean any = false;
            for (int a = 0; a < A; a++) {
                System.arraycopy(src, 0, step.s, 0, W);
                curActor = a;
                if (!k.step(step, a)) {
                    continue;
                }
                any = true;
                gen++;
                if (sym != null) {
                    sym.canonicalize(step.s, symX);
                }
                add(step.s, hash(step.s, 0, W), i, a); // filtered against the table in filter()
            }
            if (!any) {
                System.arraycopy(src, 0, step.s, 0, W);
                curActor = -1;
                if (!checked) {
                    checks.refcounts(step, expCount, expMap);
                }
                terminal(i);
            }
        }

        /** A state without enabled steps: final (isolation, conditions) or a deadlock. */
        private void terminal(long i) {
            {
                if (k.isFinal(src)) {
                    fin++;
                    if (firstFinal < 0) {
                        firstFinal = i;
                    }
                    checks.finalIsolation(step);
                    if (finalSink != null) {
                        finalSink.accept(step);
                    }
                    for (int c = 0; c < m.conds.length; c++) {
                        boolean v = checks.condition(step, c);
                        if (v) {
                            pos[c]++;
                        } else {
                            neg[c]++;
                        }
                        var kind = m.conditions.get(c).kind();
                        if ((kind == org.mmrace.core.spec.ConditionKind.REQUIRE && !v)
                                || (kind == org.mmrace.core.spec.ConditionKind.FORBID && v)) {
                            record(conditionKey(c));
                        }
                    }
                } else {
                    violation(Oracle.DEADLOCK, ViolationClass.DEADLOCK);
                }
            }
        }

        /**
         * Runs every actor's step with footprint recording (the reduction checks them all against its
         * table, and every step's violations are recorded), then keeps as candidates the successors of the
         * persistent set, followed by the others (dropped by {@link #filter} unless the cycle proviso asks).
         */
        private void expandReduced(long i) {
            load(i, src);
            cur = i;
            k.summarise(src, step);
            System.arraycopy(src, 0, step.s, 0, W);
            curActor = -1;
            if (checkRefcounts) {
                checks.refcounts(step, expCount, expMap);
            }
            long enabled = 0;
            for (int a = 0; a < A; a++) {
                pcs[a] = red.pc(src, a);
            }
            red.frames(src, scratch);
            for (int a = 0; a < A; a++) {
                System.arraycopy(src, 0, step.s, 0, W);
                curActor = a;
                scratch.clear();
                step.fp = scratch;
                boolean en;
                try {
                    en = k.step(step, a);
                } finally {
                    step.fp = null;
                }
                if (en) {
                    for (int b = 0; b < A; b++) {
                        if (red.pc(step.s, b) < pcs[b]) {
                            throw new IllegalStateException("the reduction assumes operation indexes only grow;"
                                    + " a step of actor " + a + " lowers actor " + b + "'s (run with --no-reduction)");
                        }
                    }
                    k.summarise(step.s, after);
                    step.lockWrites(after, scratch);
                    enabled |= 1L << a;
                    if (sym != null) {
                        sym.canonicalize(step.s, symX);
                    }
                    System.arraycopy(step.s, 0, succ, a * W, W);
                    gen++;
                }
                scratch.copyTo(rec[a]);
                nDisc = red.check(scratch, a, pcs[a], disc, nDisc, discGrow);
                if (discGrow[0] != null) {
                    disc = discGrow[0];
                    discGrow[0] = null;
                }
            }
            if (enabled != 0) {
                for (int a = 0; a < A; a++) {
                    dep[a] = red.conflicts(rec[a], (enabled >>> a & 1) != 0, pcs) & ~(1L << a);
                }
                long set = Reduction.choose(dep, enabled, A);
                for (int pass = 0; pass < 2; pass++) {
                    for (int a = 0; a < A; a++) {
                        if ((enabled >>> a & 1) != 0 && ((set >>> a & 1) != 0) == (pass == 0)) {
                            add(succ, a * W, hash(succ, a * W, W), i, a, pass);
                        }
                    }
                }
                return;
            }
            System.arraycopy(src, 0, step.s, 0, W);
            curActor = -1;
            if (!checkRefcounts) {
                checks.refcounts(step, expCount, expMap);
            }
            terminal(i);
        }

        private void record(int key) {
            Found old = events.get(key);
            if (old != null && old.depth <= depth) {
                // states of a slice are expanded in index order at one depth: a later one is never before
                // (an earlier record at depth + 1 can still lose to a final state at depth, below)
                if (old.depth < depth || curActor >= 0) {
                    return;
                }
            }
            Found f = curActor < 0 ? new Found(key, depth, cur, -1) : new Found(key, depth + 1, cur, curActor);
            if (old == null || f.before(old)) {
                events.put(key, f);
            }
        }

        @Override
        public boolean tracing() {
            return false;
        }

        @Override
        public void label(String kernelWords) {
        }

        @Override
        public boolean violation(Oracle oracle, ViolationClass cls) {
            record(key(oracle, cls));
            return false;
        }

        @Override
        public void details(String process, String address, String expected, String seen, String message) {
        }

        @Override
        public void unnecessaryCow() {
            ucow++;
        }
    }

    // ------------------------------------------------------------------ the run

    public void run() {
        long t0 = System.nanoTime();
        while (true) {
            passes++;
            discovered = false;
            openPruned = new long[64 * W];
            openHash = new long[64];
            openCount = 0;
            runPass(t0);
            if (red != null && discovered && incomplete == null && closed()) {
                discovered = false; // exact: see openPruned
            }
            openPruned = null;
            if (red == null && discovered && incomplete == null) {
                reset(); // the reduction stepped aside during the pass: run it again without
                continue;
            }
            if (red == null || !discovered || incomplete != null) {
                // an incomplete pass stays as it is: its violations are real, its verdict is incomplete anyway
                break;
            }
            if (passes >= MAX_PASSES) {
                reductionOff = "the access table did not settle in " + MAX_PASSES + " passes";
                red = null;
            } else {
                red.derive();
            }
            reset();
        }
        millis = (System.nanoTime() - t0) / 1_000_000;
        long ms = Math.max(1, millis);
        listener.progress(new Progress(generated + 1, distinct, 0, maxDepth, distinct * 1000 / ms, millis, pruned));
    }

    /**
     * Judges the reduction once, after a batch that brought the first pass to {@link #JUDGE_AT} stored
     * states: when it pruned less than {@link #MIN_PRUNED_PERCENT} of the transitions the steps are too
     * dependent for it to pay for its footprints, and it is switched off (sound either way; this only
     * saves time). Returns whether it was.
     */
    private boolean steppedAside() {
        judged = true;
        if (pruned * 100 >= generated * MIN_PRUNED_PERCENT) {
            return false;
        }
        reductionOff = String.format(java.util.Locale.ROOT, "it pruned %.1f%% of the first %d transitions (less"
                + " than %d%%)", pruned * 100.0 / Math.max(1, generated), generated, MIN_PRUNED_PERCENT);
        red = null;
        discovered = true;
        return true;
    }

    private boolean closed() {
        if (openPruned == null) {
            return false;
        }
        for (int j = 0; j < openCount; j++) {
            if (find(openPruned, j * W, openHash[j]) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Forgets the stored states and results of a pass (the access table stays). */
    private void reset() {
        states = new long[16][];
        parents = new int[16][];
        actors = new byte[16][];
        distinct = 0;
        levelStarts.clear();
        found.clear();
        positive = new long[m.conds.length];
        negative = new long[m.conds.length];
        finals = 0;
        generated = 0;
        unnecessaryCows = 0;
        firstFinal = -1;
        maxDepth = 0;
        incomplete = null;
        pruned = 0;
    }

    private void runPass(long t0) {
        long limit = Math.min(Math.min(opt.maxStates(), MAX_STORED), memoryLimit());
        table = new StateTable(1 << 16, !compact);
        tableFull = false;
        firstLiveChunk = 0;
        long[] init = start != null ? start.clone() : m.initialState();
        levelStarts.add(0L);
        insert(init, 0, hash(init, 0, W), -1, 0);
        int workers = Math.max(1, opt.workers());
        inline = workers == 1;
        int nSlices = Math.max(1, BATCH / SLICE);
        // two sets of slices: the workers fill one while the caller merges the other
        List<List<Slice>> sets = new ArrayList<>();
        for (int j = 0; j < 2; j++) {
            List<Slice> set = new ArrayList<>();
            for (int i = 0; i < nSlices; i++) {
                set.add(new Slice());
            }
            sets.add(set);
        }
        ExecutorService pool = workers > 1 ? Executors.newFixedThreadPool(workers, r -> {
            Thread th = new Thread(r, "mmrace-explorer");
            th.setDaemon(true);
            return th;
        }) : null;
        long lastReport = System.nanoTime();
        long deadline = t0 + opt.timeout().toNanos();
        try {
            long levelFrom = 0;
            long levelTo = distinct;
            int depth = 0;
            outer:
            while (levelFrom < levelTo) {
                long nextStart = levelTo;
                int batches = (int) ((levelTo - levelFrom + BATCH - 1) / BATCH);
                List<Future<?>> pending = start(pool, sets.get(0), levelFrom, levelTo, depth);
                for (int bi = 0; bi < batches; bi++) {
                    List<Slice> cur = sets.get(bi & 1);
                    await(pending);
                    long e = Math.min(levelTo, levelFrom + (long) (bi + 1) * BATCH);
                    // expand the next batch of this level while this one is merged
                    pending = bi + 1 < batches ? start(pool, sets.get((bi + 1) & 1),
                            levelFrom + (long) (bi + 1) * BATCH, levelTo, depth) : List.of();
                    if (token.isCancelled()) {
                        incomplete = "cancelled";
                        break outer;
                    }
                    for (Slice sl : cur) {
                        if (sl.from >= sl.to) {
                            break;
                        }
                        if (sl.error != null) {
                            throw sl.error;
                        }
                        merge(sl);
                        if (distinct >= limit || memoryShort()) {
                            incomplete = distinct >= opt.maxStates() ? "state limit of " + opt.maxStates() + " reached"
                                    : "memory limit reached at " + distinct + " states";
                            break outer;
                        }
                    }
                    if (red != null && !judged && distinct >= JUDGE_AT && steppedAside()) {
                        break outer; // the outer loop starts again without the reduction
                    }
                    long now = System.nanoTime();
                    if (now > deadline) {
                        incomplete = "time limit of " + opt.timeout().toMillis() + " ms reached";
                        break outer;
                    }
                    if (now - lastReport >= 250_000_000L) {
                        lastReport = now;
                        long ms = (now - t0) / 1_000_000;
                        listener.progress(new Progress(generated + 1, distinct, distinct - e, depth,
                                ms == 0 ? 0 : distinct * 1000 / ms, ms, pruned));
                    }
                }
                if (discovered) {
                    red.derive(); // the rest of this (untrusted) pass uses what it has learned
                }
                depth++;
                levelFrom = nextStart;
                levelTo = distinct;
                if (compact) {
                    dropExpanded(levelFrom);
                }
                if (levelTo > levelFrom) {
                    levelStarts.add(levelFrom);
                    maxDepth = depth;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            incomplete = "interrupted";
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            if (pool != null) {
                pool.shutdownNow();
                try {
                    // a batch still expanding reads the arena; let it stop before the caller replays traces
                    pool.awaitTermination(1, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /**
     * Cuts the batch starting at {@code b} into the slices of {@code set} and expands them: on the pool
     * (returned futures), or at once on the caller's thread without one. Unused slices get an empty range.
     */
    private List<Future<?>> start(ExecutorService pool, List<Slice> set, long b, long levelTo, int depth) {
        long e = Math.min(levelTo, b + BATCH);
        int used = 0;
        for (long x = b; x < e; x += SLICE) {
            set.get(used++).reset(x, Math.min(e, x + SLICE), depth);
        }
        for (int i = used; i < set.size(); i++) {
            set.get(i).reset(e, e, depth);
        }
        if (pool == null) {
            for (int i = 0; i < used; i++) {
                set.get(i).run();
            }
            return List.of();
        }
        List<Future<?>> fs = new ArrayList<>(used);
        for (int i = 0; i < used; i++) {
            fs.add(pool.submit(set.get(i)::run));
        }
        return fs;
    }

    private static void await(List<Future<?>> fs) throws InterruptedException, java.util.concurrent.ExecutionException {
        for (Future<?> f : fs) {
            f.get();
        }
    }

    private void merge(Slice sl) {
        // touch every candidate's home slot first: independent loads whose cache misses overlap
        StateTable t = table;
        long touch = 0;
        for (int j = 0; j < sl.n; j++) {
            touch += t.get(t.home(sl.candHash[j]));
        }
        sl.sink += touch;
        for (int j = 0; j < sl.n; j++) {
            insert(sl.cand, j * W, sl.candHash[j], Integer.toUnsignedLong(sl.candParent[j]), sl.candActor[j] & 0xFF);
        }
        for (var e : sl.events.entrySet()) {
            Found old = found.get(e.getKey());
            if (old == null || e.getValue().before(old)) {
                found.put(e.getKey(), e.getValue());
            }
        }
        for (int c = 0; c < positive.length; c++) {
            positive[c] += sl.pos[c];
            negative[c] += sl.neg[c];
        }
        finals += sl.fin;
        generated += sl.gen;
        pruned += sl.prunedHere;
        if (openPruned != null) {
            if (openCount + sl.nPruned > MAX_OPEN_PRUNED) {
                openPruned = null; // too many to check: only a pass without discoveries settles it
            } else {
                for (int j = 0; j < sl.nPruned; j++) {
                    if (openCount == openHash.length) {
                        openPruned = java.util.Arrays.copyOf(openPruned, openHash.length * 2 * W);
                        openHash = java.util.Arrays.copyOf(openHash, openHash.length * 2);
                    }
                    System.arraycopy(sl.prunedStates, j * W, openPruned, openCount * W, W);
                    openHash[openCount++] = sl.prunedHash[j];
                }
            }
        }
        if (sl.nDisc > 0) {
            red.learn(sl.disc, sl.nDisc);
            discovered = true;
        }
        unnecessaryCows += sl.ucow;
        if (firstFinal < 0 && sl.firstFinal >= 0) {
            firstFinal = sl.firstFinal;
        }
    }

    /**
     * A first bound from the free heap and the bytes a state costs (arena, parent, actor, table slots
     * with the slack of growth); {@link #memoryShort} watches the heap itself while the run goes on.
     */
    private long memoryLimit() {
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        long per = (compact ? 0 : W * 8L) + 5 + 20;
        return Math.max(1000, (long) (free * 0.8) / per);
    }

    /** The table cannot grow and is nearly full, or the heap has no room for another arena chunk. */
    private boolean memoryShort() {
        if (tableFull && distinct * 100 > table.slots * 95) {
            return true;
        }
        Runtime rt = Runtime.getRuntime();
        long need = (48L << 20) + (long) CHUNK * (W * 8L + 5) * 2;
        if (rt.maxMemory() - (rt.totalMemory() - rt.freeMemory()) >= need) {
            return false;
        }
        System.gc(); // part of the used heap may be garbage (slice buffers, old tables): look again after a collection
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory()) < need;
    }

    /** The actors along the path from the initial state to {@code idx}. */
    public int[] path(long idx) {
        List<Integer> l = new ArrayList<>();
        long i = idx;
        while (i > 0) {
            l.add(actor(i));
            i = parent(i);
        }
        int[] a = new int[l.size()];
        for (int j = 0; j < a.length; j++) {
            a[j] = l.get(a.length - 1 - j);
        }
        return a;
    }
}
