package org.mmrace.core.internal;

/**
 * mm/madvise.c: MADV_DONTFORK / MADV_DOFORK (VM_DONTCOPY) and MADV_MERGEABLE (VM_MERGEABLE);
 * MADV_PAGEOUT hands the region to reclaim ({@link Swapout}).
 */
final class Madvise extends KernelSteps {
    private static final String[] ADVICE_WORDS = {"VM_DONTCOPY set", "VM_DONTCOPY cleared", "VM_MERGEABLE set",
        "VM_HUGEPAGE set (hugepage_madvise)", "VM_NOHUGEPAGE set (hugepage_madvise)"};

    Madvise(Paths paths) {
        super(paths);
    }

    /** VM_HUGEPAGE / VM_NOHUGEPAGE only matter (and are only stored) where a THP or a collapse can be. */
    private void setHuge(Step c, int mm, int r, int v) {
        if (m.thp != null) {
            k.set(c, m.thp.fVmaHuge[mm][r], v);
        }
    }

    boolean madvise(Step c, int t, Op op) {
        if (op.advice == org.mmrace.core.spec.Advice.PAGEOUT.ordinal()) {
            return paths.swapout.pageout(c, t, op); // madvise_pageout: reclaim, under mmap_sem for read
        }
        int mm = op.mm;
        if (!k.mmapFree(c, mm)) {
            return false;
        }
        if (k.vmaPresent(c, mm, op.region)) {
            switch (op.advice) {
                case 0 -> k.set(c, m.fVmaDontcopy[mm][op.region], 1);
                case 1 -> k.set(c, m.fVmaDontcopy[mm][op.region], 0);
                case 2 -> k.set(c, m.fVmaMergeable[mm][op.region], 1);
                // MADV_HUGEPAGE / MADV_NOHUGEPAGE (hugepage_madvise): VM_HUGEPAGE or VM_NOHUGEPAGE, the other cleared;
                // a huge PMD already there stays (only khugepaged's eligibility changes)
                case 3 -> setHuge(c, mm, op.region, ThpLayout.VM_HUGEPAGE);
                default -> setHuge(c, mm, op.region, ThpLayout.VM_NOHUGEPAGE);
            }
        }
        if (tr(c)) {
            say(c, "madvise: down_write(mmap_sem); " + ADVICE_WORDS[op.advice] + "; up_write");
        }
        k.endOp(c, t);
        return true;
    }
}
