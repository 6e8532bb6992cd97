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
    /** A table entry: low 26 bits state index + 1, high 6 bits a tag from the hash (filters most compares). */
    private static final int IDX_BITS = 26;
    private static final int IDX_MASK = (1 << IDX_BITS) - 1;
    /** The most states one run can store with 26-bit indices. */
    public static final long MAX_STORED = IDX_MASK - 1L;
    /** Table entries are published by the merging thread and read by the expanding workers. */
    private static final VarHandle ENTRY = MethodHandles.arrayElementVarHandle(int[].class);
    /** With at most this many actors, the actor shares the parent's int (high 6 bits). */
    private static final int PACKED_ACTORS = 64;

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

    // arena
    private long[][] states = new long[16][];
    private int[][] parents = new int[16][];
    /** Only when there are more than {@link #PACKED_ACTORS} actors; else the actor is in parents. */
    private byte[][] actors = new byte[16][];
    private final boolean packedActor;
    private long distinct;
    // table
    /** Replaced (never mutated in place after publication) when it grows; workers read it once per probe. */
    private volatile int[] table;
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
        this.packedActor = A <= PACKED_ACTORS;
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
        long bytes = chunks * CHUNK * (W * 8L + 4 + (packedActor ? 0 : 1)) + (long) table.length * 4;
        return (double) bytes / distinct;
    }

    // ------------------------------------------------------------------ arena

    private void ensureChunk(long idx) {
        int c = (int) (idx >>> CHUNK_BITS);
        if (c >= states.length) {
            states = java.util.Arrays.copyOf(states, states.length * 2);
            parents = java.util.Arrays.copyOf(parents, parents.length * 2);
            actors = java.util.Arrays.copyOf(actors, actors.length * 2);
        }
        if (states[c] == null) {
            states[c] = new long[CHUNK * W];
            parents[c] = new int[CHUNK];
            if (!packedActor) {
                actors[c] = new byte[CHUNK];
            }
        }
    }

    public void load(long idx, long[] into) {
        System.arraycopy(states[(int) (idx >>> CHUNK_BITS)], (int) (idx & (CHUNK - 1)) * W, into, 0, W);
    }

    public long parent(long idx) {
        int p = parents[(int) (idx >>> CHUNK_BITS)][(int) (idx & (CHUNK - 1))];
        return packedActor ? p & IDX_MASK : p;
    }

    public int actor(long idx) {
        if (packedActor) {
            return parents[(int) (idx >>> CHUNK_BITS)][(int) (idx & (CHUNK - 1))] >>> IDX_BITS;
        }
        return actors[(int) (idx >>> CHUNK_BITS)][(int) (idx & (CHUNK - 1))];
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
    private static int hash(long[] s, int off, int w) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < w; i++) {
            h += Long.rotateLeft(s[off + i] * (0xBF58476D1CE4E5B9L + 2L * i), 23 * i);
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (int) h;
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
    private boolean contains(long[] s, int off, int h) {
        int[] t = table;
        int msk = t.length - 1;
        int i = h & msk;
        int tag = h & ~IDX_MASK;
        while (true) {
            int e = (int) ENTRY.getAcquire(t, i);
            if (e == 0) {
                return false;
            }
            if ((e & ~IDX_MASK) == tag && equalsStored((e & IDX_MASK) - 1L, s, off)) {
                return true;
            }
            i = (i + 1) & msk;
        }
    }

    /** Inserts s if absent; returns its new index or -1 when it was there. */
    private long insert(long[] s, int off, int h, int parent, int actor) {
        int[] t = table;
        int mask = t.length - 1;
        int i = h & mask;
        int tag = h & ~IDX_MASK;
        while (true) {
            int e = t[i];
            if (e == 0) {
                break;
            }
            if ((e & ~IDX_MASK) == tag && equalsStored((e & IDX_MASK) - 1L, s, off)) {
                return -1;
            }
            i = (i + 1) & mask;
        }
        long idx = distinct++;
        ensureChunk(idx);
        int c = (int) (idx >>> CHUNK_BITS);
        int o = (int) (idx & (CHUNK - 1));
        System.arraycopy(s, off, states[c], o * W, W);
        if (packedActor) {
            parents[c][o] = (parent & IDX_MASK) | (actor << IDX_BITS);
        } else {
            parents[c][o] = parent;
            actors[c][o] = (byte) actor;
        }
        ENTRY.setRelease(t, i, (int) (idx + 1) | tag); // publishes the state written above to the workers
        if (distinct * 5 > (long) t.length * 4) {
            grow();
        }
        return idx;
    }

    /**
     * Doubles the table into a new array, published by the volatile write once it is complete. The
     * entries are rebuilt from the arena in index order (sequential reads; the old table's order would
     * read the arena at random).
     */
    private void grow() {
        int[] t = new int[table.length * 2];
        int mask = t.length - 1;
        for (long idx = 0; idx < distinct; idx++) {
            int h = hash(states[(int) (idx >>> CHUNK_BITS)], (int) (idx & (CHUNK - 1)) * W, W);
            int i = h & mask;
            while (t[i] != 0) {
                i = (i + 1) & mask;
            }
            t[i] = (int) (idx + 1) | (h & ~IDX_MASK);
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
        int[] candHash = new int[SLICE * 4];
        int[] slots = new int[SLICE * 4];
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
        }

        private void add(long[] s, int h, int parent, int actor) {
            if (n == candParent.length) {
                int cap = n * 2;
                cand = java.util.Arrays.copyOf(cand, cap * W);
                candParent = java.util.Arrays.copyOf(candParent, cap);
                candActor = java.util.Arrays.copyOf(candActor, cap);
                candHash = java.util.Arrays.copyOf(candHash, cap);
            }
            System.arraycopy(s, 0, cand, n * W, W);
            candParent[n] = parent;
            candActor[n] = (byte) actor;
            candHash[n] = h;
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
                filter();
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
            int[] t = table;
            int msk = t.length - 1;
            int[] home = slotScratch(n);
            for (int j = 0; j < n; j++) {
                home[j] = (int) ENTRY.getAcquire(t, candHash[j] & msk);
            }
            long touch = 0;
            for (int j = 0; j < n; j++) {
                int e = home[j];
                if (e != 0 && (e & ~IDX_MASK) == (candHash[j] & ~IDX_MASK)) {
                    long idx = (e & IDX_MASK) - 1L;
                    touch += states[(int) (idx >>> CHUNK_BITS)][(int) (idx & (CHUNK - 1)) * W];
                }
            }
            sink = touch;
            int kept = 0;
            for (int j = 0; j < n; j++) {
                if (contains(cand, j * W, candHash[j])) {
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

        private int[] slotScratch(int size) {
            if (slots.length < size) {
                slots = new int[Math.max(size, slots.length * 2)];
            }
            return slots;
        }

        private void expand(long i) {
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
                add(step.s, hash(step.s, 0, W), (int) i, a); // filtered against the table in filter()
            }
            if (!any) {
                System.arraycopy(src, 0, step.s, 0, W);
                curActor = -1;
                if (!checked) {
                    checks.refcounts(step, expCount, expMap);
                }
                if (k.isFinal(src)) {
                    fin++;
                    if (firstFinal < 0) {
                        firstFinal = i;
                    }
                    checks.finalIsolation(step);
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
        long limit = Math.min(Math.min(opt.maxStates(), MAX_STORED), memoryLimit());
        table = new int[1 << 16];
        long[] init = start != null ? start.clone() : m.initialState();
        levelStarts.add(0L);
        insert(init, 0, hash(init, 0, W), -1, 0);
        int workers = Math.max(1, opt.workers());
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
                        if (distinct >= limit) {
                            incomplete = distinct >= opt.maxStates() ? "state limit of " + opt.maxStates() + " reached"
                                    : "memory limit reached at " + distinct + " states";
                            break outer;
                        }
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
                                ms == 0 ? 0 : distinct * 1000 / ms, ms));
                    }
                }
                depth++;
                levelFrom = nextStart;
                levelTo = distinct;
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
        millis = (System.nanoTime() - t0) / 1_000_000;
        long ms = Math.max(1, millis);
        listener.progress(new Progress(generated + 1, distinct, 0, maxDepth, distinct * 1000 / ms, millis));
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
        int[] t = table;
        int msk = t.length - 1;
        int touch = 0;
        for (int j = 0; j < sl.n; j++) {
            touch += t[sl.candHash[j] & msk];
        }
        sl.sink += touch;
        for (int j = 0; j < sl.n; j++) {
            insert(sl.cand, j * W, sl.candHash[j], sl.candParent[j], sl.candActor[j]);
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
        unnecessaryCows += sl.ucow;
        if (firstFinal < 0 && sl.firstFinal >= 0) {
            firstFinal = sl.firstFinal;
        }
    }

    private long memoryLimit() {
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        long per = W * 8L + 5 + 12;
        return Math.max(1000, (long) (free * 0.7) / per);
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
