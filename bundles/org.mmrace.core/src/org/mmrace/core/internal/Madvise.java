package org.mmrace.core.internal;

/**
 * mm/madvise.c: MADV_DONTFORK / MADV_DOFORK (VM_DONTCOPY) and MADV_MERGEABLE (VM_MERGEABLE);
 * MADV_PAGEOUT hands the region to reclaim ({@link Swapout}).
 */
final class Madvise extends KernelSteps {
    Madvise(Paths paths) {
        super(paths);
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
                default -> k.set(c, m.fVmaMergeable[mm][op.region], 1);
            }
        }
        if (tr(c)) {
            say(c, "madvise: down_write(mmap_sem); " + (op.advice == 0 ? "VM_DONTCOPY set" : op.advice == 1
                    ? "VM_DONTCOPY cleared" : "VM_MERGEABLE set") + "; up_write");
        }
        k.endOp(c, t);
        return true;
    }
}
