package org.mmrace.core.internal;

/**
 * mm/gup.c: get_user_pages (follow_page under the PT lock, faulting with FOLL_WRITE as needed, the
 * "FOLL_WRITE games" retry, 5.19's FAULT_FLAG_UNSHARE for R/O pins) and get_user_pages_fast (the
 * irqs-off walk, the reference, the pte / write_protect_seq recheck). The page it returns goes to
 * the caller's file: {@link Dio}, {@link Splice} or {@link Pins}.
 */
final class Gup extends KernelSteps {
    Gup(Paths paths) {
        super(paths);
    }

    boolean step(Step c, int t, Op op, int ph) {
        return switch (ph) {
            case Phase.START -> op.fast ? gupFastBegin(c, t, op) : gupSlow(c, t, op, true);
            case Phase.GUP_SLOW -> gupSlow(c, t, op, true);
            case Phase.GUP_FOLLOW -> gupSlow(c, t, op, false);
            case Phase.GUPF_REF -> gupFastRef(c, t, op);
            case Phase.GUPF_RECHECK -> gupFastRecheck(c, t, op);
            case Phase.DIO_LOCK -> paths.dio.lock(c, t, op);
            default -> false; // DIO_WAIT: asleep until the bio completes
        };
    }

    /** Whether slow GUP without FOLL_WRITE breaks COW anyway (in a COW mapping) under this strategy. */
    private boolean slowReadBreaksCow(Step c, Op op) {
        if (m.vmaShared(m.vpRegion[op.vp])) {
            return false;
        }
        return switch (cfg.readCow) {
            case KEEP -> false;
            case BREAK_SLOW, BREAK, DONTCOW, PG_GUP -> true;
        };
    }

    /** get_user_pages: follow_page under the PT lock, faulting as needed. */
    private boolean gupSlow(Step c, int t, Op op, boolean enter) {
        int mm = op.mm;
        if (enter && c.mmapWriter(mm)) {
            return false;
        }
        if (c.ptLock(mm)) {
            return false;
        }
        StringBuilder w = tr(c) ? new StringBuilder() : null;
        if (enter) {
            int fl = k.get(c, m.fFlags[t]) & ~(Machine.F_WRITE | Machine.F_UNSHARE | Machine.F_PTEW);
            boolean forced = !op.write && slowReadBreaksCow(c, op);
            if (op.write || forced) {
                fl |= Machine.F_WRITE;
            }
            k.set(c, m.fFlags[t], fl);
            if (op.pinRef) {
                k.set(c, m.fHasPinned[mm], 1);
            }
            if (w != null) {
                w.append("get_user_pages: down_read(mmap_sem)").append(op.write ? ", FOLL_WRITE"
                        : forced ? ", FOLL_WRITE forced on a read GUP in a COW mapping" : "")
                        .append(op.pinRef ? ", FOLL_PIN" : ", FOLL_GET").append("; ");
            }
        }
        int r = m.vpRegion[op.vp];
        boolean fw = (k.get(c, m.fFlags[t]) & Machine.F_WRITE) != 0;
        int p = k.vmaPresent(c, mm, r) ? k.pfn(c, mm, op.vp) : 0;
        if (p == 0 && k.vmaPresent(c, mm, r) && paths.memory.swapped(c, mm, op.vp) && !(fw && !k.vmaWriteAt(c, mm, op.vp))) {
            // follow_page finds a swap pte: handle_mm_fault -> do_swap_page, then GUP looks again
            if (!paths.swapIn.doSwapPage(c, mm, op.vp, fw, w == null ? ""
                    : w + "follow_page: swap pte: handle_mm_fault(" + (fw ? "write" : "read") + "); ")) {
                return false;
            }
            if (fw && k.pteWrite(c, mm, op.vp)) {
                // VM_FAULT_WRITE: the "FOLL_WRITE games" retry without FOLL_WRITE, as after do_wp_page
                k.set(c, m.fFlags[t], k.get(c, m.fFlags[t]) & ~(Machine.F_WRITE | Machine.F_UNSHARE));
            }
            k.set(c, m.fPhase[t], Phase.GUP_FOLLOW);
            return true;
        }
        if (p == 0 || (fw && !k.vmaWriteAt(c, mm, op.vp))) {
            if (w != null) {
                say(c, w + "follow_page: no page: -EFAULT; up_read(mmap_sem)");
            }
            gupFailed(c, t, op);
            return true;
        }
        if (fw && !k.pteWrite(c, mm, op.vp)) {
            if (w != null) {
                say(c, w + "follow_page: read-only pte with FOLL_WRITE: handle_mm_fault(write); ");
            }
            paths.memory.wpBegin(c, t, mm, op.vp, false);
            return true;
        }
        if (cfg.anonExclusive && op.pinRef && !k.pteWrite(c, mm, op.vp) && !k.excl(c, p)
                && !m.vmaShared(r)) {
            // 5.19: a FOLL_PIN may only be taken on an exclusive anon page: FAULT_FLAG_UNSHARE first
            if (w != null) {
                say(c, w + "follow_page: R/O pin of a shared anon page: handle_mm_fault(FAULT_FLAG_UNSHARE); ");
            }
            paths.memory.wpBegin(c, t, mm, op.vp, true);
            return true;
        }
        int before = k.count(c, p);
        k.getRef(c, p, op.pinRef);
        paths.isolation.referenceTaken(c, op);
        if (cfg.readCow == Config.ReadCow.DONTCOW && !m.vmaShared(r)) {
            k.set(c, m.fDontcow[p], 1);
        }
        if (cfg.readCow == Config.ReadCow.PG_GUP) {
            k.set(c, m.fPgGup[p], 1);
        }
        if (w != null) {
            say(c, w + "follow_page: " + (op.pinRef ? "FOLL_PIN " : "get_page ") + pg(p) + " count " + before + "->"
                    + k.count(c, p) + (cfg.readCow == Config.ReadCow.DONTCOW ? ", SetPageDontCOW" : "")
                    + (cfg.readCow == Config.ReadCow.PG_GUP ? ", SetPageGUP" : "") + "; up_read(mmap_sem)");
        }
        gupDone(c, t, op, p);
        return true;
    }

    private void fallBack(Step c, int t, String why) {
        k.set(c, m.fPa[t], 0);
        k.set(c, m.fPhase[t], Phase.GUP_SLOW);
        if (tr(c)) {
            say(c, why + ": fall back to get_user_pages");
        }
    }

    /** get_user_pages_fast, first step: enter the irqs-off section and read the pte. */
    private boolean gupFastBegin(Step c, int t, Op op) {
        int mm = op.mm;
        if (cfg.guard == Config.Guard.MMAP_SEM && c.mmapWriter(mm)) {
            return false; // the RFC's "another way": gup_fast takes mmap_sem for read
        }
        if (op.pinRef) {
            k.set(c, m.fHasPinned[mm], 1); // 5.9: MMF_HAS_PINNED is set before the walk
        }
        String pre = "";
        if (cfg.guard == Config.Guard.SEQCOUNT && op.pinRef && m.fSeq[mm] >= 0) {
            int seq = k.get(c, m.fSeq[mm]);
            if ((seq & 1) != 0) {
                fallBack(c, t, "gup_fast: write_protect_seq " + seq + " odd (fork in progress)");
                return true;
            }
            k.set(c, m.fSeqSaved[t], seq);
            pre = "raw_read_seqcount(write_protect_seq) = " + seq + "; ";
        }
        int r = m.vpRegion[op.vp];
        int p = k.vmaPresent(c, mm, r) ? k.pfn(c, mm, op.vp) : 0;
        boolean w = k.pteWrite(c, mm, op.vp);
        boolean needWrite = op.write || (cfg.readCow == Config.ReadCow.BREAK && !m.vmaShared(r));
        if (p == 0 || (needWrite && !w)) {
            fallBack(c, t, "gup_fast: " + pre + (p == 0 ? "pte not present" : "pte read-only"
                    + (op.write ? "" : " (5.8: gup_fast asks for a writable pte)")));
            return true;
        }
        if (cfg.readCow == Config.ReadCow.DONTCOW && !m.vmaShared(r) && k.get(c, m.fDontcow[p]) == 0) {
            fallBack(c, t, "gup_fast: anon " + pg(p) + " without PG_dontcow");
            return true;
        }
        k.set(c, m.fPa[t], p);
        k.set(c, m.fFlags[t], (k.get(c, m.fFlags[t]) & ~Machine.F_PTEW) | (w ? Machine.F_PTEW : 0));
        k.set(c, m.fPhase[t], Phase.GUPF_REF);
        if (tr(c)) {
            say(c, "gup_fast: " + pre + "local_irq_disable"
                    + (cfg.guard == Config.Guard.BRLOCK ? ", br_read_lock" : "")
                    + (cfg.guard == Config.Guard.MMAP_SEM ? ", down_read(mmap_sem)" : "") + "; pte "
                    + m.vpName(mm, op.vp) + " -> " + pg(p) + (w ? " rw" : " ro"));
        }
        return true;
    }

    private boolean needsRecheck(Op op) {
        return cfg.recheck != Config.Recheck.NONE || (cfg.guard == Config.Guard.SEQCOUNT && op.pinRef);
    }

    /** gup_fast, second step: take the reference on the page the pte named. */
    private boolean gupFastRef(Step c, int t, Op op) {
        int p = k.get(c, m.fPa[t]);
        boolean ptew = (k.get(c, m.fFlags[t]) & Machine.F_PTEW) != 0;
        if (cfg.anonExclusive && op.pinRef && !ptew && !k.excl(c, p) && !m.vmaShared(m.vpRegion[op.vp])) {
            fallBack(c, t, "gup_fast: gup_must_unshare (R/O pin of a shared anon page); local_irq_enable");
            return true;
        }
        int before = k.count(c, p);
        k.getRef(c, p, op.pinRef);
        paths.isolation.referenceTaken(c, op);
        if (cfg.recheck == Config.Recheck.PG_GUP) {
            k.set(c, m.fPgGup[p], 1);
        }
        String words = "gup_fast: " + (op.pinRef ? "try_grab_page(FOLL_PIN) " : "get_page ") + pg(p) + " count " + before
                + "->" + k.count(c, p) + (cfg.recheck == Config.Recheck.PG_GUP ? ", SetPageGUP" : "");
        if (needsRecheck(op)) {
            k.set(c, m.fPhase[t], Phase.GUPF_RECHECK);
            if (tr(c)) {
                say(c, words);
            }
            return true;
        }
        if (tr(c)) {
            say(c, words + "; no pte recheck (x86 2.6.27); local_irq_enable");
        }
        gupDone(c, t, op, p);
        return true;
    }

    /** gup_fast, third step: recheck the pte / write_protect_seq, leave the irqs-off section. */
    private boolean gupFastRecheck(Step c, int t, Op op) {
        int mm = op.mm;
        int p = k.get(c, m.fPa[t]);
        boolean ptew = (k.get(c, m.fFlags[t]) & Machine.F_PTEW) != 0;
        int r = m.vpRegion[op.vp];
        int now = k.vmaPresent(c, mm, r) ? k.pfn(c, mm, op.vp) : 0;
        boolean nowW = k.pteWrite(c, mm, op.vp);
        String why = null;
        if (cfg.recheck == Config.Recheck.PTE_SAME && (now != p || nowW != ptew)) {
            why = "pte changed";
        }
        if (cfg.recheck == Config.Recheck.PG_GUP && (now == 0 || !nowW)) {
            why = "pte no longer present and writable";
        }
        if (why == null && cfg.guard == Config.Guard.SEQCOUNT && op.pinRef && m.fSeq[mm] >= 0
                && k.get(c, m.fSeq[mm]) != k.get(c, m.fSeqSaved[t])) {
            why = "read_seqcount_retry(write_protect_seq) failed";
        }
        if (why != null) {
            k.putRef(c, p, op.pinRef);
            paths.isolation.referenceDropped(c, op);
            fallBack(c, t, "gup_fast: " + why + ": drop " + pg(p) + "; local_irq_enable");
            return true;
        }
        if (tr(c)) {
            say(c, "gup_fast: recheck ok; local_irq_enable");
        }
        gupDone(c, t, op, p);
        return true;
    }

    /** GUP returned page p for this operation: hand the reference to the I/O, the pipe or the pin. */
    private void gupDone(Step c, int t, Op op, int p) {
        k.set(c, m.fPa[t], 0);
        k.set(c, m.fFlags[t], 0);
        switch (op.kind) {
            case DIO -> paths.dio.submit(c, t, op, p);
            case VMSPLICE -> paths.splice.queue(c, t, op, p);
            case PIN -> paths.pins.hold(c, t, op, p);
            default -> throw new IllegalStateException(op.kind.name());
        }
    }

    private void gupFailed(Step c, int t, Op op) {
        if (op.kind == Op.Kind.DIO) {
            paths.dio.failed(c, op);
        }
        k.endOp(c, t);
    }
}
