package org.mmrace.core.internal;

/**
 * fs/splice.c and fs/pipe.c: vmsplice queues the page gup_fast returned into the pipe (FOLL_GET),
 * pipe_read copies it out later and put_page's it.
 */
final class Splice extends KernelSteps {
    Splice(Paths paths) {
        super(paths);
    }

    /** vmsplice: the page gup_fast returned goes to the tail of the pipe; the reference stays with it. */
    void queue(Step c, int t, Op op, int p) {
        k.set(c, m.fSplicePfn[op.site], p);
        int[] q = m.fPipeQueue[op.pipe];
        int[] sites = m.pipeSites[op.pipe];
        int local = java.util.Arrays.binarySearch(sites, op.site);
        for (int i = 0; i < q.length; i++) {
            if (k.get(c, q[i]) == 0) {
                k.set(c, q[i], local + 1);
                break;
            }
        }
        k.endOp(c, t);
    }

    boolean pipeRead(Step c, int t, Op op) {
        int[] q = m.fPipeQueue[op.pipe];
        int head = k.get(c, q[0]);
        if (head == 0) {
            return false; // pipe empty: the reader sleeps
        }
        int site = m.pipeSites[op.pipe][head - 1];
        Op v = m.spliceSites.get(site);
        int p = k.get(c, m.fSplicePfn[site]);
        int r = m.vpRegion[v.vp];
        int[] seen = new int[v.last - v.first + 1];
        for (int s = v.first; s <= v.last; s++) {
            seen[s - v.first] = k.count(c, p) == 0 ? 0 : k.content(c, p, r, s);
            k.set(c, m.fReg[t][op.reg][s - v.first], seen[s - v.first]);
        }
        k.freedAccess(c, p, "pipe_read");
        paths.isolation.check(c, v.mm, v.vp, v.first, seen, p, "pipe_read", paths.isolation.held(v));
        paths.isolation.referenceDropped(c, v);
        for (int i = 0; i + 1 < q.length; i++) {
            k.set(c, q[i], k.get(c, q[i + 1]));
        }
        k.set(c, q[q.length - 1], 0);
        k.set(c, m.fSplicePfn[site], 0);
        int before = k.count(c, p);
        k.putRef(c, p, false);
        if (tr(c)) {
            say(c, "pipe_read " + m.pipes.get(op.pipe) + ": " + chars(seen) + " from " + pg(p) + "; put_page count "
                    + before + "->" + k.count(c, p));
        }
        k.endOp(c, t);
        return true;
    }
}
