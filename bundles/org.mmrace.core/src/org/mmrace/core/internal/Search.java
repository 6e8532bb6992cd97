package org.mmrace.core.internal;

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
 * <p>Per batch of the frontier, workers expand slices in parallel (the table is read-only then) into
 * per-slice candidate buffers; the caller's thread then merges the buffers in frontier order,
 * inserting first occurrences. The order of the arena is therefore the same for any number of
 * workers, and so are the counts, the chosen shortest traces and the verdict.
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
    private byte[][] actors = new byte[16][];
    private long distinct;
    // table
    private int[] table;
    private int mask;
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
        long bytes = chunks * CHUNK * (W * 8L + 4 + 1) + (long) table.length * 4;
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
            actors[c] = new byte[CHUNK];
        }
    }

    public void load(long idx, long[] into) {
        System.arraycopy(states[(int) (idx >>> CHUNK_BITS)], (int) (idx & (CHUNK - 1)) * W, into, 0, W);
    }

    public long parent(long idx) {
        return parents[(int) (idx >>> CHUNK_BITS)][(int) (idx & (CHUNK - 1))];
    }

    public int actor(long idx) {
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

    private static int hash(long[] s, int off, int w) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < w; i++) {
            h ^= s[off + i];
            h *= 0xBF58476D1CE4E5B9L;
            h ^= h >>> 29;
        }
        h *= 0x94D049BB133111EBL;
        return (int) (h ^ (h >>> 32));
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

    /** Whether s is stored; read-only, safe from workers while no merge runs. */
    private boolean contains(long[] s, int off, int h) {
        int i = h & mask;
        int tag = h & ~IDX_MASK;
        while (true) {
            int e = table[i];
            if (e == 0) {
                return false;
            }
            if ((e & ~IDX_MASK) == tag && equalsStored((e & IDX_MASK) - 1L, s, off)) {
                return true;
            }
            i = (i + 1) & mask;
        }
    }

    /** Inserts s if absent; returns its new index or -1 when it was there. */
    private long insert(long[] s, int off, int h, int parent, int actor) {
        int i = h & mask;
        int tag = h & ~IDX_MASK;
        while (true) {
            int e = table[i];
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
        parents[c][o] = parent;
        actors[c][o] = (byte) actor;
        table[i] = (int) (idx + 1) | tag;
        if (distinct * 10 > (long) table.length * 7) {
            grow();
        }
        return idx;
    }

    private void grow() {
        int[] old = table;
        table = new int[old.length * 2];
        mask = table.length - 1;
        long[] buf = new long[W];
        for (int e : old) {
            if (e != 0) {
                load((e & IDX_MASK) - 1L, buf);
                int i = hash(buf, 0, W) & mask;
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = e;
            }
        }
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
        int n;
        long from;
        long to;
        final java.util.Map<Integer, Found> events = new java.util.HashMap<>();
        long[] pos;
        long[] neg;
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
            pos = new long[m.conds.length];
            neg = new long[m.conds.length];
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
            } catch (RuntimeException e) {
                error = e;
            }
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
                int h = hash(step.s, 0, W);
                if (!contains(step.s, 0, h)) {
                    add(step.s, h, (int) i, a);
                }
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
            Found f = curActor < 0 ? new Found(key, depth, cur, -1) : new Found(key, depth + 1, cur, curActor);
            Found old = events.get(key);
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
        mask = table.length - 1;
        long[] init = m.initialState();
        levelStarts.add(0L);
        insert(init, 0, hash(init, 0, W), -1, 0);
        int workers = Math.max(1, opt.workers());
        int nSlices = Math.max(1, BATCH / SLICE);
        List<Slice> slices = new ArrayList<>();
        for (int i = 0; i < nSlices; i++) {
            slices.add(new Slice());
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
                for (long b = levelFrom; b < levelTo; b += BATCH) {
                    long e = Math.min(levelTo, b + BATCH);
                    int used = 0;
                    for (long s = b; s < e; s += SLICE) {
                        slices.get(used++).reset(s, Math.min(e, s + SLICE), depth);
                    }
                    if (pool == null || used == 1) {
                        for (int i = 0; i < used; i++) {
                            slices.get(i).run();
                        }
                    } else {
                        List<Future<?>> fs = new ArrayList<>();
                        for (int i = 0; i < used; i++) {
                            fs.add(pool.submit(slices.get(i)::run));
                        }
                        for (Future<?> f : fs) {
                            f.get();
                        }
                    }
                    if (token.isCancelled()) {
                        incomplete = "cancelled";
                        break outer;
                    }
                    for (int i = 0; i < used; i++) {
                        Slice sl = slices.get(i);
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
            }
        }
        millis = (System.nanoTime() - t0) / 1_000_000;
        long ms = Math.max(1, millis);
        listener.progress(new Progress(generated + 1, distinct, 0, maxDepth, distinct * 1000 / ms, millis));
    }

    private void merge(Slice sl) {
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
