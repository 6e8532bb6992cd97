package org.mmrace.core.internal;

/**
 * mm/mmap.c: munmap (do_munmap under mmap_sem for write) and exit_mmap; the zap itself is
 * mm/memory.c's ({@link Memory#zapRegion}).
 */
final class Mmap extends KernelSteps {
    Mmap(Paths paths) {
        super(paths);
    }

    boolean munmap(Step c, int t, Op op) {
        int mm = op.mm;
        if (!k.mmapFree(c, mm) || c.ptLock(mm) || c.irqsOff(mm) > 0) {
            return false;
        }
        StringBuilder w = tr(c) ? new StringBuilder("munmap: down_write(mmap_sem)") : null;
        if (k.vmaPresent(c, mm, op.region) && op.first >= 0) {
            // munmap of part of a THP region: split_huge_pmd, then zap those ptes; the VMA keeps the rest
            // (the partially mapped folio would wait on the deferred split queue: not modelled)
            paths.huge.munmapRange(c, mm, op.region, op.first, op.last, w);
        } else if (k.vmaPresent(c, mm, op.region)) {
            paths.memory.zapRegion(c, mm, op.region, w);
        } else if (w != null) {
            w.append("; no such vma");
        }
        if (w != null) {
            say(c, w + "; flush_tlb (IPI); up_write");
        }
        k.endOp(c, t);
        return true;
    }

    boolean exit(Step c, int t, Op op, int ph) {
        int mm = op.mm;
        if (ph == Phase.START) {
            k.set(c, m.fMmState[mm], Model.MM_EXITING);
            StringBuilder w = tr(c) ? new StringBuilder("exit_group: SIGKILL to the other threads") : null;
            for (int o = 0; o < m.threadCount; o++) {
                if (o != t && m.threadMm[o] == mm && k.get(c, m.fPc[o]) < m.ops[o].length
                        && k.get(c, m.fPhase[o]) == Phase.START) {
                    k.set(c, m.fPc[o], m.ops[o].length);
                    if (w != null) {
                        w.append("; ").append(m.threadNames.get(o)).append(" stops");
                    }
                }
            }
            k.set(c, m.fPhase[t], Phase.EXIT_MMAP);
            if (w != null) {
                say(c, w.toString());
            }
            return true;
        }
        for (int o = 0; o < m.threadCount; o++) {
            if (o != t && m.threadMm[o] == mm && k.get(c, m.fPc[o]) < m.ops[o].length) {
                return false; // still finishing its current operation
            }
        }
        if (!k.mmapFree(c, mm) || c.ptLock(mm) || c.irqsOff(mm) > 0) {
            return false;
        }
        StringBuilder w = tr(c) ? new StringBuilder("exit_mmap") : null;
        for (int r = 0; r < m.regions.size(); r++) {
            if (m.regionRoot[r] == m.mmRoot[mm] && k.vmaPresent(c, mm, r)) {
                paths.memory.zapRegion(c, mm, r, w);
            }
        }
        k.set(c, m.fMmState[mm], Model.MM_GONE);
        if (w != null) {
            say(c, w + "; tlb flush (IPI); mm gone");
        }
        k.set(c, m.fPhase[t], Phase.START);
        k.set(c, m.fPc[t], m.ops[t].length);
        return true;
    }
}
