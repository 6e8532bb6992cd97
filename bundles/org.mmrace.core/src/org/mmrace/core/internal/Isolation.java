package org.mmrace.core.internal;

import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.ViolationClass;

/**
 * The isolation oracle of docs/semantics.md section 4 for accesses made through a pte or a
 * reference: what a process sees must be what its logical memory holds, and a write made for a
 * process through a reference to a page it no longer maps is a lost write.
 */
final class Isolation extends KernelSteps {
    Isolation(Paths paths) {
        super(paths);
    }

    /**
     * The isolation oracle for an access made for process mm at vp: {@code seen} must equal the
     * process's logical memory. {@code refPfn} is the page a reference (pin, pipe, DIO) used, 0 for an
     * access through the process's own pte.
     */
    void check(Step c, int mm, int vp, int first, int[] seen, int refPfn, String what) {
        for (int i = 0; i < seen.length; i++) {
            int s = first + i;
            int exp = k.logical(c, mm, vp, s);
            if (exp == seen[i]) {
                continue;
            }
            ViolationClass cls;
            if (refPfn == 0) {
                cls = k.get(c, m.fLost[mm][vp]) != 0 ? ViolationClass.WRONG_COW : ViolationClass.MISSED_COW;
            } else {
                int r = m.vpRegion[vp];
                boolean mapsOther = k.mmState(c, mm) != Model.MM_GONE && k.vmaPresent(c, mm, r)
                        && k.pfn(c, mm, vp) != 0 && k.pfn(c, mm, vp) != refPfn;
                cls = mapsOther ? ViolationClass.WRONG_COW : ViolationClass.MISSED_COW;
            }
            if (c.obs.violation(Oracle.ISOLATION, cls)) {
                String addr = m.vpName(mm, vp) + "." + s;
                c.obs.details(m.mmNames.get(mm), addr, String.valueOf(k.symChar(exp)), String.valueOf(k.symChar(seen[i])),
                        what + " of " + addr + " sees " + k.symChar(seen[i]) + " but " + m.mmNames.get(mm) + " holds "
                                + k.symChar(exp) + (cls == ViolationClass.WRONG_COW
                                        ? ": a reference of " + m.mmNames.get(mm)
                                                + " went to a page it no longer maps (wrong COW)"
                                        : ": another party's write reached it (missed COW)"));
            }
            return;
        }
    }

    /** A write made for mm through a reference to page p: if mm maps another page there, its data is lost. */
    void markLost(Step c, int mm, int vp, int p) {
        int r = m.vpRegion[vp];
        if (k.mmState(c, mm) != Model.MM_GONE && k.vmaPresent(c, mm, r) && k.pfn(c, mm, vp) != 0
                && k.pfn(c, mm, vp) != p) {
            k.set(c, m.fLost[mm][vp], 1);
        }
    }
}
