package org.mmrace.core.internal;

/** mm/mprotect.c: mprotect_fixup and change_protection, ending with flush_tlb_range. */
final class Mprotect extends KernelSteps {
    Mprotect(Paths paths) {
        super(paths);
    }

    boolean mprotect(Step c, int t, Op op) {
        int mm = op.mm;
        if (!k.mmapFree(c, mm) || c.ptLock(mm)) {
            return false;
        }
        if (k.vmaPresent(c, mm, op.region) && c.irqsOff(mm) > 0) {
            // mprotect_fixup -> change_protection ends with flush_tlb_range (2.6.27 mm/mprotect.c), an IPI
            // to the mm's other CPUs: it waits for any irqs-off gup_fast of this mm
            return false;
        }
        StringBuilder w = tr(c) ? new StringBuilder() : null;
        if (k.vmaPresent(c, mm, op.region) && op.first >= 0) {
            // part of a THP region: the VMA splits (per-page protection) and so does a huge PMD
            paths.huge.mprotectRange(c, mm, op.region, op.first, op.last, op.ro, w);
        } else if (k.vmaPresent(c, mm, op.region)) {
            if (m.thp != null) {
                for (int vp : m.vpsOfRegion(op.region)) {
                    k.set(c, m.thp.fRoPage[mm][vp], 0); // the whole range again: the split VMAs merge
                }
            }
            k.set(c, m.fVmaWrite[mm][op.region], op.ro ? 0 : 1);
            if (op.ro) {
                for (int vp : m.vpsOfRegion(op.region)) {
                    k.setPte(c, mm, vp, k.pfn(c, mm, vp), false);
                }
            }
        }
        if (tr(c)) {
            say(c, "mprotect: down_write(mmap_sem); " + (op.first >= 0 ? "pages " + op.first + "-" + op.last + " of " : "")
                    + "vma " + (op.ro ? "read-only, ptes write-protected" : "writable (ptes stay read-only: the write"
                    + " fault grants write)") + w + "; flush_tlb_range (IPI); up_write");
        }
        k.endOp(c, t);
        return true;
    }
}
