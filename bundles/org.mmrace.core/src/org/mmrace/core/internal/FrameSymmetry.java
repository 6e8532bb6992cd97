package org.mmrace.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Symmetry reduction over page frame numbers. A page frame number is a name and nothing else: no
 * kernel step of the model looks at a pfn's value except to find the frame (the allocator's "lowest
 * free frame" picks among frames that are all zero, so it picks the same kind of frame whichever it
 * is). Renaming the frames of a state (moving each frame's fields to its new number and rewriting
 * every field that holds a pfn: ptes, the page registers of threads, I/O requests, pins, vmsplice
 * references) therefore gives a state with the same future up to the same renaming: the same steps
 * enabled, the same violations, final states with the same memory as every process sees it.
 *
 * <p>The search stores one representative per class: frames referenced from a pfn field are numbered
 * in the order of their first reference in a fixed walk (ptes of each mm in order, then thread page
 * registers, I/O requests, pins, vmsplice references), the other frames (free ones, or held only by
 * the swap cache) after them sorted by their fields. This is a canonical form: two states that differ
 * only in frame numbers get the same representative. Orders of COW copies on different pages, which
 * leave the copies in different frames, collapse into one state; in the bench family this divides the
 * states by 3.5 (2/2/1) to 10 (3/2/1) before the partial-order reduction does anything.
 *
 * <p>What stays exact: verdicts, violation classes and conditions, and each violation's trace, which
 * is still the shortest: a path in the reduced graph is a path of the concrete one (the actors of a
 * step are not renamed, only frames), so the trace replayed from the initial state is a real run of the
 * same length, and breadth-first order finds the shortest. What changes: distinct states and final
 * states are counted up to the renaming of frames (so are the herd-style per-condition counts).
 *
 * <p>Not used with large folios (a folio's frames are fixed slots, ThpLayout): {@link #forModel} returns
 * null then.
 */
public final class FrameSymmetry {
    private final Layout L;
    private final int P;
    /** per frame 1..P its fields, same widths at the same positions */
    private final int[][] frame;
    private final int per;

    /** the pfn-valued fields, in the order of the canonical walk, decoded once (the walk runs per successor) */
    private final Layout.Fields refFields;
    /** per frame its fields (as in {@code frame}), decoded once, for the moves of {@link #canonicalize} */
    private final Layout.Fields[] frameFields;
    /** per frame: the words holding its fields and, per word, the bits of them (for the all-zero test) */
    private final int[][] zeroWords;
    private final long[][] zeroMasks;
    /** a frame whose fields share one word: that word and mask (else -1) */
    private final int[] zeroWord1;
    private final long[] zeroMask1;

    private FrameSymmetry(Model m, int[] refs, int[][] frame) {
        this.L = m.layout;
        this.P = m.maxPages;
        this.frame = frame;
        this.per = frame[1].length;
        refFields = new Layout.Fields(L, refs);
        frameFields = new Layout.Fields[P + 1];
        for (int p = 1; p <= P; p++) {
            frameFields[p] = new Layout.Fields(L, frame[p]);
        }
        zeroWords = new int[P + 1][];
        zeroWord1 = new int[P + 1];
        zeroMask1 = new long[P + 1];
        zeroMasks = new long[P + 1][];
        for (int p = 1; p <= P; p++) {
            java.util.TreeMap<Integer, Long> byWord = new java.util.TreeMap<>();
            for (int f : frame[p]) {
                byWord.merge(L.word(f), L.mask(f), (a, b) -> a | b);
            }
            zeroWords[p] = byWord.keySet().stream().mapToInt(Integer::intValue).toArray();
            zeroMasks[p] = byWord.values().stream().mapToLong(Long::longValue).toArray();
            zeroWord1[p] = zeroWords[p].length == 1 ? zeroWords[p][0] : -1;
            zeroMask1[p] = zeroWords[p].length == 1 ? zeroMasks[p][0] : 0;
        }
    }

    /** Whether every field of frame p is 0 (a free frame): the smallest in the order of {@link #compare}. */
    private boolean zero(long[] s, int p) {
        int w1 = zeroWord1[p];
        if (w1 >= 0) {
            return (s[w1] & zeroMask1[p]) == 0;
        }
        int[] w = zeroWords[p];
        long[] k = zeroMasks[p];
        for (int j = 0; j < w.length; j++) {
            if ((s[w[j]] & k[j]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Null when frames are not interchangeable in this model (large folios) or there is nothing to rename. */
    public static FrameSymmetry forModel(Model m) {
        if (m.thp != null || m.maxPages < 2) {
            return null;
        }
        Set<Integer> walk = pfnFields(m);
        int[][] frame = new int[m.maxPages + 1][];
        for (int p = 1; p <= m.maxPages; p++) {
            List<Integer> f = new ArrayList<>();
            for (int x : new int[] {m.fCount[p], m.fPins[p], m.fMapcount[p], m.fKsm[p], m.fExcl[p], m.fDontcow[p],
                    m.fPgGup[p], m.fPageSlot[p]}) {
                f.add(x);
            }
            for (int x : m.fContent[p]) {
                f.add(x);
            }
            frame[p] = f.stream().mapToInt(Integer::intValue).toArray();
        }
        // every frame must have the same fields (stored or not) with the same widths; then only the stored ones
        for (int p = 2; p <= m.maxPages; p++) {
            if (!sameShape(m.layout, frame[1], frame[p])) {
                return null;
            }
        }
        for (int p = 1; p <= m.maxPages; p++) {
            frame[p] = Arrays.stream(frame[p]).filter(x -> x >= 0).toArray();
        }
        for (int r : walk) {
            if (m.layout.max(r) < m.maxPages) {
                return null; // a pfn field that cannot hold every frame number
            }
        }
        return new FrameSymmetry(m, walk.stream().mapToInt(Integer::intValue).toArray(), frame);
    }

    /**
     * The stored pfn-valued fields, in the order of the canonical walk: ptes of each mm, then thread page
     * registers, I/O requests, pins, vmsplice references.
     */
    static Set<Integer> pfnFields(Model m) {
        Set<Integer> walk = new LinkedHashSet<>();
        for (int mm = 0; mm < m.mmNames.size(); mm++) {
            for (int vp : m.vpsOf(mm)) {
                walk.add(m.fPtePfn[mm][vp]);
            }
        }
        for (int t = 0; t < m.threadCount; t++) {
            walk.add(m.fPa[t]);
            walk.add(m.fPb[t]);
        }
        for (int f : m.fIoPfn) {
            walk.add(f);
        }
        for (int f : m.fPinPfn) {
            walk.add(f);
        }
        for (int f : m.fSplicePfn) {
            walk.add(f);
        }
        walk.remove(-1);
        return walk;
    }

    /**
     * Whether field lists a and b can trade values: the same length, stored (not -1) at the same
     * positions, with the same widths.
     */
    static boolean sameShape(Layout l, int[] a, int[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int j = 0; j < a.length; j++) {
            if ((a[j] < 0) != (b[j] < 0) || (a[j] >= 0 && l.max(a[j]) != l.max(b[j]))) {
                return false;
            }
        }
        return true;
    }

    /** Per-thread scratch for {@link #canonicalize}. */
    public final class Scratch {
        final int[] map = new int[P + 1];
        final int[] order = new int[P + 1];
        final long[] tmp;

        Scratch(int words) {
            tmp = new long[words];
        }
    }

    public Scratch scratch(int words) {
        return new Scratch(words);
    }

    /**
     * Rewrites {@code s} (the first {@code tmp.length} words) into its class's representative; returns
     * whether it changed.
     */
    public boolean canonicalize(long[] s, Scratch x) {
        int[] map = x.map;
        Arrays.fill(map, 0);
        int next = 1;
        Layout.Fields rf = refFields;
        for (int j = 0; j < rf.size(); j++) {
            int v = (int) rf.get(s, j);
            if (v != 0 && map[v] == 0) {
                map[v] = next++;
            }
        }
        // the others in the order of their fields: all-zero (free) frames first, in frame order (what
        // compare gives them: equal fields, then the frame number), then the rest (insertion sort: few)
        int nu = 0;
        int[] u = x.order;
        for (int p = 1; p <= P; p++) {
            if (map[p] == 0) {
                if (zero(s, p)) {
                    map[p] = next++;
                    continue;
                }
                int j = nu++;
                while (j > 0 && compare(s, u[j - 1], p) > 0) {
                    u[j] = u[j - 1];
                    j--;
                }
                u[j] = p;
            }
        }
        for (int j = 0; j < nu; j++) {
            map[u[j]] = next++;
        }
        boolean identity = true;
        for (int p = 1; p <= P; p++) {
            if (map[p] != p) {
                identity = false;
                break;
            }
        }
        if (identity) {
            return false;
        }
        long[] t = x.tmp;
        System.arraycopy(s, 0, t, 0, t.length);
        for (int j = 0; j < rf.size(); j++) {
            long v = rf.get(s, j);
            if (v != 0) {
                rf.set(t, j, map[(int) v]);
            }
        }
        for (int p = 1; p <= P; p++) {
            int q = map[p];
            if (q != p && !(zero(s, p) && zero(s, q))) { // t's frame q keeps its zeros
                Layout.Fields.copy(s, frameFields[p], t, frameFields[q]);
            }
        }
        System.arraycopy(t, 0, s, 0, t.length);
        return true;
    }

    private int compare(long[] s, int p, int q) {
        int[] a = frame[p];
        int[] b = frame[q];
        for (int j = 0; j < per; j++) {
            int c = Integer.compare(L.get(s, a[j]), L.get(s, b[j]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(p, q);
    }
}
