package org.mmrace.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The symmetry reductions of a search: page frames ({@link FrameSymmetry}) and interchangeable
 * threads. Threads are interchangeable when they belong to the same mm and run the same operations
 * (the same kinds on the same addresses with the same data; forks may create different children),
 * none of them has registers or an I/O, pin or vmsplice site, no condition names their registers
 * or their children, and their children run no thread. Exchanging two such threads, together with
 * the mms their forks created, gives a state with the same future up to the same exchange.
 *
 * <p>The representative: of the exchanges of threads within their classes (at most {@value #MAX_PERMS}
 * of them, e.g. two classes of two or one of four) that put the smallest keys in the slots (a thread's
 * fields but its page registers and its children's pte pfns: what no renaming of frames changes),
 * each followed by the renaming of frames, the smallest state; this is canonical, and most states
 * leave a single exchange to rename frames for. With more exchanges the threads of each class are sorted by their
 * fields (pc, phase, page registers, cursor, flags, then their children's fields) and frames renamed,
 * twice: a deterministic choice of one state of the class (which is all soundness needs) that merges
 * most, not necessarily all, states differing only by an exchange of threads.
 *
 * <p>Exchanging threads renames the actors of a step: a stored path (parent, actor) names actors of
 * the representatives along it. {@link #concreteActors} maps such a path back to the actors of a real
 * run from the initial state, by replaying it and composing the exchanges, so traces stay real runs.
 */
public final class Symmetry {
    private final Model m;
    private final Layout L;
    private final FrameSymmetry frames;
    /** classes of interchangeable threads (each sorted, at least two threads) */
    private final int[][] groups;
    /** per thread: its fields, then its children's, aligned within a class */
    private final int[][] block;
    /** every exchange of threads within their classes, or null (too many: the sorted representative is used) */
    private final int[][] perms;
    /** per thread its block, decoded once (the exchanges run per successor) */
    private final Layout.Fields[] blockFields;
    /** per thread its block without the pfn fields: what no renaming of frames changes */
    private final Layout.Fields[] keyFields;
    /** At most this many exchanges are tried per state for the exact canonical form. */
    static final int MAX_PERMS = 24;

    private Symmetry(Model m, FrameSymmetry frames, int[][] groups, int[][] block) {
        this.m = m;
        this.L = m.layout;
        this.frames = frames;
        this.groups = groups;
        this.block = block;
        this.perms = groups.length == 0 ? null : permutations(m.actorCount, groups);
        int n = block == null ? 0 : block.length;
        blockFields = new Layout.Fields[n];
        keyFields = new Layout.Fields[n];
        java.util.Set<Integer> pfns = FrameSymmetry.pfnFields(m);
        for (int t = 0; t < n; t++) {
            blockFields[t] = new Layout.Fields(L, block[t]); // a field not stored in a class is in none of it
            // the same positions in every thread of a class (blocks are aligned): pfn fields, at the same places
            keyFields[t] = new Layout.Fields(L, java.util.Arrays.stream(block[t]).filter(f -> !pfns.contains(f)).toArray());
        }
    }

    /**
     * Null when there is nothing to reduce. {@code threads}: also exchange interchangeable threads (not
     * when the caller needs every final state with its own process names, as the reality check does).
     */
    public static Symmetry forModel(Model m, boolean threads) {
        FrameSymmetry f = FrameSymmetry.forModel(m);
        int[][] groups = new int[0][];
        int[][] block = null;
        if (threads && m.thp == null) {
            block = new int[m.threadCount][];
            for (int t = 0; t < m.threadCount; t++) {
                block[t] = fieldsOf(m, t);
            }
            groups = groups(m, block);
        }
        if (f == null && groups.length == 0) {
            return null;
        }
        return new Symmetry(m, f, groups, block);
    }

    /** Whether page frames are renamed (not with large folios, whose frames are fixed slots). */
    public boolean renamesFrames() {
        return frames != null;
    }

    /** Whether threads are exchanged (stored actors are then the representatives'). */
    public boolean renamesActors() {
        return groups.length > 0;
    }

    /**
     * Whether the representative is the canonical one (every exchange tried); false when the classes
     * allow more than {@value #MAX_PERMS} exchanges and threads are sorted instead (sound, merges less).
     */
    public boolean canonical() {
        return groups.length == 0 || perms != null;
    }

    /** The classes of interchangeable threads, by thread name (for the documentation and tests). */
    public List<List<String>> threadClasses() {
        List<List<String>> l = new ArrayList<>();
        for (int[] g : groups) {
            l.add(Arrays.stream(g).mapToObj(m.threadNames::get).toList());
        }
        return l;
    }

    private static int[] fieldsOf(Model m, int t) {
        List<Integer> f = new ArrayList<>(List.of(m.fPc[t], m.fPhase[t], m.fPa[t], m.fPb[t], m.fCur[t], m.fFlags[t],
                m.fSeqSaved[t]));
        for (Op op : m.ops[t]) {
            if (op.kind == Op.Kind.FORK) {
                int c = op.childMm;
                f.add(m.fMmState[c]);
                f.add(m.fHasPinned[c]);
                f.add(m.fSeq[c]);
                for (int r = 0; r < m.regions.size(); r++) {
                    f.add(m.fVmaPresent[c][r]);
                    f.add(m.fVmaWrite[c][r]);
                    f.add(m.fVmaDontcopy[c][r]);
                    f.add(m.fVmaMergeable[c][r]);
                }
                for (int vp = 0; vp < m.vpRegion.length; vp++) {
                    f.add(m.fPtePfn[c][vp]);
                    f.add(m.fPteWrite[c][vp]);
                    for (int x : m.fLogical[c][vp]) {
                        f.add(x);
                    }
                    f.add(m.fLost[c][vp]);
                    f.add(m.fPteSwap[c][vp]);
                    f.add(m.fPteSwpExcl[c][vp]);
                }
            }
        }
        return f.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean sameOps(Op[] a, Op[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int j = 0; j < a.length; j++) {
            Op x = a[j];
            Op y = b[j];
            if (x.kind != y.kind || x.mm != y.mm || x.vp != y.vp || x.first != y.first || x.last != y.last
                    || x.sym != y.sym || x.reg != y.reg || x.site != y.site || x.fast != y.fast
                    || x.pinRef != y.pinRef || x.write != y.write || x.region != y.region || x.ro != y.ro
                    || x.advice != y.advice || x.pipe != y.pipe || x.event != y.event || x.mm2 != y.mm2
                    || x.vp2 != y.vp2 || (x.childMm < 0) != (y.childMm < 0)) {
                return false;
            }
        }
        return true;
    }

    /** Whether thread t may be exchanged at all: no registers, no sites, children that nobody names or runs. */
    private static boolean exchangeable(Model m, int t, boolean[] named) {
        if (!m.registers.get(t).isEmpty()) {
            return false;
        }
        for (Op op : m.ops[t]) {
            if (op.site >= 0 || op.reg >= 0) {
                return false;
            }
            if (op.kind == Op.Kind.FORK) {
                int c = op.childMm;
                if (named[c]) {
                    return false;
                }
                for (int u = 0; u < m.threadCount; u++) {
                    if (m.threadMm[u] == c) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static void names(Cond c, boolean[] mm) {
        switch (c) {
            case Cond.And a -> {
                names(a.l(), mm);
                names(a.r(), mm);
            }
            case Cond.Or o -> {
                names(o.l(), mm);
                names(o.r(), mm);
            }
            case Cond.Not n -> names(n.c(), mm);
            case Cond.Mem x -> mm[x.mm()] = true;
            case Cond.Reg r -> {
            }
            case Cond.File f -> {
            }
        }
    }

    private static int[][] groups(Model m, int[][] block) {
        boolean[] named = new boolean[m.mmNames.size()];
        for (Cond c : m.conds) {
            names(c, named);
        }
        List<int[]> out = new ArrayList<>();
        boolean[] taken = new boolean[m.threadCount];
        for (int t = 0; t < m.threadCount; t++) {
            if (taken[t] || !exchangeable(m, t, named)) {
                continue;
            }
            List<Integer> g = new ArrayList<>(List.of(t));
            for (int u = t + 1; u < m.threadCount; u++) {
                if (!taken[u] && m.threadMm[u] == m.threadMm[t] && sameOps(m.ops[t], m.ops[u])
                        && exchangeable(m, u, named) && FrameSymmetry.sameShape(m.layout, block[t], block[u])) {
                    g.add(u);
                    taken[u] = true;
                }
            }
            if (g.size() > 1) {
                out.add(g.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return out.toArray(new int[0][]);
    }

    /** Per-thread scratch; {@link #src} tells, after a call that exchanged threads, where each slot came from. */
    public final class Scratch {
        final FrameSymmetry.Scratch fx;
        /** after {@link #canonicalize}: the thread slot of the state before whose contents each slot holds */
        public final int[] src = new int[m.actorCount];
        final int[] order = new int[m.threadCount];
        final int[][] vals;
        final int words;
        final long[] best;
        final long[] cand;
        /** the exchanges tied on keys ({@link #smallest}) */
        final int[] tied = new int[perms == null ? 0 : perms.length];

        Scratch(int words) {
            this.words = words;
            best = new long[words];
            cand = new long[words];
            fx = frames == null ? null : frames.scratch(words);
            vals = new int[m.threadCount][];
            if (block != null) {
                for (int t = 0; t < m.threadCount; t++) {
                    vals[t] = new int[block[t].length];
                }
            }
        }
    }

    public Scratch scratch(int words) {
        return new Scratch(words);
    }

    /** Rewrites the first {@code words} words of s into the representative; returns whether it changed. */
    public boolean canonicalize(long[] s, Scratch x) {
        int[] src = x.src;
        for (int a = 0; a < src.length; a++) {
            src[a] = a;
        }
        if (groups.length == 0) {
            return frames.canonicalize(s, x.fx);
        }
        if (perms != null) {
            return smallest(s, x);
        }
        boolean changed = false;
        for (int round = 0; round < 2; round++) {
            changed |= sortThreads(s, x);
            if (frames != null) {
                changed |= frames.canonicalize(s, x.fx);
            }
        }
        return changed;
    }

    /** Compares the keys the threads of exchanges p and q put in each slot of each class, in slot order. */
    private int compareKeys(long[] s, int[] p, int[] q) {
        for (int[] g : groups) {
            for (int to : g) {
                int a = p[to];
                int b = q[to];
                if (a == b) {
                    continue;
                }
                Layout.Fields ka = keyFields[a];
                Layout.Fields kb = keyFields[b];
                for (int j = 0; j < ka.size(); j++) {
                    int c = Long.compare(ka.get(s, j), kb.get(s, j));
                    if (c != 0) {
                        return c;
                    }
                }
            }
        }
        return 0;
    }

    /**
     * The exact canonical form when the classes allow few exchanges: of every exchange of threads within
     * their classes, followed by the renaming of frames, the smallest state (as words).
     */
    private boolean smallest(long[] s, Scratch x) {
        int W = x.words;
        long[] best = x.best;
        long[] cand = x.cand;
        int[] bestPerm = null;
        // first the exchanges whose threads' keys (their fields but the pfns), slot by slot, are smallest:
        // keys do not change under a renaming of frames, so this keeps the form canonical, and most states
        // leave one exchange to rename frames for instead of all
        int[] tied = x.tied;
        int nTied = 0;
        for (int pi = 0; pi < perms.length; pi++) {
            int c = nTied == 0 ? -1 : compareKeys(s, perms[pi], perms[tied[0]]);
            if (c < 0) {
                nTied = 0;
            }
            if (c <= 0) {
                tied[nTied++] = pi;
            }
        }
        for (int ti = 0; ti < nTied; ti++) {
            int[] p = perms[tied[ti]];
            System.arraycopy(s, 0, cand, 0, W);
            for (int[] g : groups) {
                for (int to : g) {
                    int from = p[to];
                    if (from != to) {
                        Layout.Fields.copy(s, blockFields[from], cand, blockFields[to]);
                    }
                }
            }
            if (frames != null) {
                frames.canonicalize(cand, x.fx);
            }
            if (bestPerm == null || Arrays.compare(cand, 0, W, best, 0, W) < 0) {
                System.arraycopy(cand, 0, best, 0, W);
                bestPerm = p;
            }
        }
        System.arraycopy(bestPerm, 0, x.src, 0, bestPerm.length);
        if (Arrays.equals(s, 0, W, best, 0, W)) {
            return false;
        }
        System.arraycopy(best, 0, s, 0, W);
        return true;
    }

    /** Every exchange of threads within their classes (slot -> the slot whose contents it takes), or null if too many. */
    private static int[][] permutations(int actors, int[][] groups) {
        List<int[]> all = new ArrayList<>();
        int[] id = new int[actors];
        for (int a = 0; a < actors; a++) {
            id[a] = a;
        }
        all.add(id);
        for (int[] g : groups) {
            List<int[]> next = new ArrayList<>();
            for (int[] base : all) {
                for (int[] order : orders(g)) {
                    int[] p = base.clone();
                    for (int i = 0; i < g.length; i++) {
                        p[g[i]] = order[i];
                    }
                    next.add(p);
                }
                if (next.size() > MAX_PERMS) {
                    return null;
                }
            }
            all = next;
        }
        return all.toArray(new int[0][]);
    }

    /** Every ordering of the elements of g. */
    private static List<int[]> orders(int[] g) {
        List<int[]> out = new ArrayList<>();
        if (g.length == 1) {
            out.add(g.clone());
            return out;
        }
        for (int i = 0; i < g.length; i++) {
            int[] rest = new int[g.length - 1];
            for (int j = 0, r = 0; j < g.length; j++) {
                if (j != i) {
                    rest[r++] = g[j];
                }
            }
            for (int[] o : orders(rest)) {
                int[] p = new int[g.length];
                p[0] = g[i];
                System.arraycopy(o, 0, p, 1, o.length);
                out.add(p);
            }
        }
        return out;
    }

    /** Sorts the threads of each class by their fields; composes the exchange into x.src. */
    private boolean sortThreads(long[] s, Scratch x) {
        boolean changed = false;
        for (int[] g : groups) {
            int k = g.length;
            for (int i = 0; i < k; i++) {
                int t = g[i];
                int[] b = block[t];
                int[] v = x.vals[t];
                for (int j = 0; j < b.length; j++) {
                    v[j] = L.get(s, b[j]);
                }
                x.order[i] = t;
            }
            // insertion sort of the class by field values (stable: equal threads keep their slots)
            int[] o = x.order;
            for (int i = 1; i < k; i++) {
                int t = o[i];
                int j = i;
                while (j > 0 && Arrays.compare(x.vals[o[j - 1]], x.vals[t]) > 0) {
                    o[j] = o[j - 1];
                    j--;
                }
                o[j] = t;
            }
            boolean same = true;
            for (int i = 0; i < k; i++) {
                same &= o[i] == g[i];
            }
            if (same) {
                continue;
            }
            changed = true;
            int[] oldSrc = new int[k];
            for (int i = 0; i < k; i++) {
                oldSrc[i] = x.src[g[i]];
            }
            for (int i = 0; i < k; i++) {
                int to = g[i];
                int from = o[i];
                int[] b = block[to];
                int[] v = x.vals[from];
                for (int j = 0; j < b.length; j++) {
                    L.set(s, b[j], v[j]);
                }
                // slot `to` now holds what slot `from` held; that came from oldSrc of from's position
                int pos = Arrays.binarySearch(g, from);
                x.src[to] = oldSrc[pos];
            }
        }
        return changed;
    }

    /**
     * The actors of a real run from {@code start} for a path of representatives' actors (as stored):
     * replays the path on representatives and composes the exchanges of threads.
     */
    public int[] concreteActors(Machine k, long[] start, int[] route) {
        if (groups.length == 0) {
            return route;
        }
        int[] sigma = new int[m.actorCount];
        for (int a = 0; a < sigma.length; a++) {
            sigma[a] = a;
        }
        int[] out = new int[route.length];
        Step c = new Step(m);
        c.obs = Obs.SILENT;
        long[] s = start.clone();
        long[] real = start.clone();
        long[] check = new long[s.length];
        Scratch x = scratch(m.words);
        Scratch y = scratch(m.words);
        for (int i = 0; i < route.length; i++) {
            int a = route[i];
            out[i] = sigma[a];
            s = step(k, c, s, a, i);
            canonicalize(s, x);
            int[] next = new int[sigma.length];
            for (int j = 0; j < sigma.length; j++) {
                next[j] = sigma[x.src[j]];
            }
            sigma = next;
            // self-check: the real run's state has the stored representative (exact when the form is)
            real = step(k, c, real, out[i], i);
            if (perms == null) {
                continue;
            }
            System.arraycopy(real, 0, check, 0, real.length);
            canonicalize(check, y);
            if (!Arrays.equals(check, s)) {
                throw new IllegalStateException("symmetry: the real run leaves the stored states at step " + i);
            }
        }
        return out;
    }

    private long[] step(Machine k, Step c, long[] s, int a, int i) {
        k.summarise(s, c);
        System.arraycopy(s, 0, c.s, 0, s.length);
        if (!k.step(c, a)) {
            throw new IllegalStateException("symmetry: a stored step is not enabled on replay (step " + i + ")");
        }
        return c.s.clone();
    }
}
