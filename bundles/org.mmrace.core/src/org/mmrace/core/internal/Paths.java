package org.mmrace.core.internal;

import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.ViolationClass;

/**
 * The kernel paths of docs/semantics.md as steps. Each method runs one atomic step of a thread in a given
 * phase, or returns false when that step is not enabled (a lock it needs is held). Knob-dependent
 * decisions read {@link Config}; nothing here knows any scenario.
 */
final class Paths {
    private final Machine k;
    private final Model m;
    private final Config cfg;
    private final Fork fork;
    private final Ksm ksm;

    Paths(Machine k) {
        this.k = k;
        this.m = k.m;
        this.cfg = k.cfg;
        this.fork = new Fork(k, this);
        this.ksm = new Ksm(k, this);
    }

    static boolean tr(Step c) {
        return c.obs.tracing();
    }

    static void say(Step c, String words) {
        c.obs.label(words);
    }

    static String pg(int p) {
        return "page#" + p;
    }

    String counts(Step c, int p) {
        return pg(p) + " count " + k.count(c, p) + " mapcount " + k.mapcount(c, p);
    }

    boolean run(Step c, int t, Op op, int ph) {
        switch (ph) {
            case Phase.WP_REUSE:
                return wpReuse(c, t, op);
            case Phase.WP_COPY:
                return wpCopy(c, t, op);
            case Phase.WP_MAP:
                return wpMap(c, t, op);
            default:
                break;
        }
        return switch (op.kind) {
            case STORE -> store(c, t, op);
            case LOAD -> load(c, t, op);
            case FORK -> fork.step(c, t, op, ph);
            case EXIT -> exit(c, t, op, ph);
            case MUNMAP -> munmap(c, t, op);
            case MPROTECT -> mprotect(c, t, op);
            case MADVISE -> madvise(c, t, op);
            case DIO, VMSPLICE, PIN -> gup(c, t, op, ph);
            case AIO_WAIT -> aioWait(c, t, op);
            case PIPE_READ -> pipeRead(c, t, op);
            case DMA_WRITE -> dmaWrite(c, t, op);
            case DMA_READ -> dmaRead(c, t, op);
            case UNPIN -> unpin(c, t, op);
            case KSM_MERGE -> ksm.step(c, t, op, ph);
            case SIGNAL -> signal(c, t, op);
            case WAIT -> waitEvent(c, t, op);
        };
    }

    // ================================================================== store / load

    private boolean store(Step c, int t, Op op) {
        int mm = op.mm;
        int r = m.vpRegion[op.vp];
        if (!k.vmaPresent(c, mm, r) || k.pfn(c, mm, op.vp) == 0) {
            if (tr(c)) {
                say(c, "store: no vma at " + m.vpName(mm, op.vp) + ": SIGSEGV, the store is lost");
            }
            k.endOp(c, t);
            return true;
        }
        int p = k.pfn(c, mm, op.vp);
        if (k.pteWrite(c, mm, op.vp)) {
            writeSectors(c, p, op.first, op.last, op.sym, "store");
            k.setLogical(c, mm, op.vp, op.first, op.last, op.sym);
            if (tr(c)) {
                say(c, "store " + k.symChar(op.sym) + " through writable pte into " + pg(p) + " sectors " + op.first
                        + "-" + op.last);
            }
            k.endOp(c, t);
            return true;
        }
        if (!k.vmaWrite(c, mm, r)) {
            if (tr(c)) {
                say(c, "store: write fault on a read-only vma: SIGSEGV, the store is lost");
            }
            k.endOp(c, t);
            return true;
        }
        // do_page_fault: down_read(mmap_sem), handle_mm_fault -> do_wp_page under the PT lock
        if (c.mmapWriter(mm) || c.ptLock(mm)) {
            return false;
        }
        if (tr(c)) {
            say(c, "do_page_fault: down_read(mmap_sem); ");
        }
        wpBegin(c, t, mm, op.vp, false);
        return true;
    }

    /** Writes a symbol into sectors of a page, reporting writes into KSM pages and freed pages. */
    void writeSectors(Step c, int p, int first, int last, int sym, String who) {
        if (k.count(c, p) == 0) {
            if (c.obs.violation(Oracle.REFCOUNT, ViolationClass.FREED_PAGE_ACCESS)) {
                c.obs.details("", pg(p), "a live page", "freed", who + " writes into " + pg(p) + " after it was freed");
            }
            return;
        }
        if (k.ksm(c, p) && c.obs.violation(Oracle.KSM, ViolationClass.KSM_WRITE)) {
            c.obs.details("", pg(p), "no write to a KSM page", k.symChar(sym) + " written",
                    who + " writes " + k.symChar(sym) + " into KSM " + pg(p));
        }
        for (int s = first; s <= last; s++) {
            k.set(c, m.fContent[p][m.slotOfSector[s]], sym);
        }
    }

    private boolean load(Step c, int t, Op op) {
        int mm = op.mm;
        int r = m.vpRegion[op.vp];
        int p = k.vmaPresent(c, mm, r) ? k.pfn(c, mm, op.vp) : 0;
        int[] seen = new int[op.last - op.first + 1];
        for (int s = op.first; s <= op.last; s++) {
            seen[s - op.first] = p == 0 ? m.unmappedSym : k.content(c, p, r, s);
            k.set(c, m.fReg[t][op.reg][s - op.first], seen[s - op.first]);
        }
        if (p != 0) {
            checkIsolation(c, mm, op.vp, op.first, seen, 0, "load");
        }
        if (tr(c)) {
            say(c, "load " + m.vpName(mm, op.vp) + " -> " + m.registers.get(t).get(op.reg) + " = " + chars(seen)
                    + (p == 0 ? " (unmapped)" : " from " + pg(p)));
        }
        k.endOp(c, t);
        return true;
    }

    String chars(int[] syms) {
        StringBuilder b = new StringBuilder();
        for (int x : syms) {
            b.append(k.symChar(x));
        }
        return b.toString();
    }

    /**
     * The isolation oracle for an access made for process mm at vp: {@code seen} must equal the
     * process's logical memory. {@code refPfn} is the page a reference (pin, pipe, DIO) used, 0 for an
     * access through the process's own pte.
     */
    void checkIsolation(Step c, int mm, int vp, int first, int[] seen, int refPfn, String what) {
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

    // ================================================================== do_wp_page

    /** The (mm, vp) a fault of this operation is about. */
    private int faultMm(Step c, int t, Op op) {
        return op.kind == Op.Kind.FORK ? op.childMm : op.mm;
    }

    private int faultVp(Step c, int t, Op op) {
        return op.kind == Op.Kind.FORK ? fork.cursorVp(c, t, op) : op.vp;
    }

    /**
     * do_wp_page's decision, under the PT lock (the caller checked it is free): reuse the page in
     * place or copy it. The pte update is the next step (WP_REUSE), so gup_fast can fall in between.
     */
    void wpBegin(Step c, int t, int mm, int vp, boolean unshare) {
        int p = k.pfn(c, mm, vp);
        int r = m.vpRegion[vp];
        k.set(c, m.fFlags[t], (k.get(c, m.fFlags[t]) & ~Machine.F_UNSHARE) | (unshare ? Machine.F_UNSHARE : 0));
        if (m.vmaShared(r)) {
            // a shared mapping has no COW: wp_page_shared makes the pte writable
            k.setPte(c, mm, vp, p, true);
            if (tr(c)) {
                say(c, "do_wp_page: shared mapping: pte_mkwrite");
            }
            faultDone(c, t, true);
            return;
        }
        boolean locked = c.pageLocked(p);
        boolean reuse;
        if (cfg.anonExclusive) {
            // COW fixes part 2: exclusive -> reuse; else KSM or count > 1 -> copy; else reuse and mark exclusive
            reuse = k.excl(c, p) || !(k.ksm(c, p) || locked || k.count(c, p) > 1);
        } else if (cfg.reuseOnCount) {
            // 09854ba94c6a: reuse only when not KSM and count == 1 after a successful trylock
            reuse = !k.ksm(c, p) && k.count(c, p) == 1 && !locked;
        } else {
            // 2.6.27: TestSetPageLocked, then can_share_swap_page: mapcount (+ swapcount) == 1
            reuse = !k.ksm(c, p) && !locked && k.mapcount(c, p) == 1;
        }
        // the reason in kernel words, built only for traces (string building is costly in the search)
        String why = tr(c) ? wpReason(c, p, locked, reuse) : "";
        if (reuse) {
            k.set(c, m.fPhase[t], Phase.WP_REUSE);
            if (tr(c)) {
                say(c, (unshare ? "do_wp_page(unshare): " : "do_wp_page: ") + why + ": reuse " + pg(p));
            }
            return;
        }
        if (!othersReference(c, mm, p)) {
            c.obs.unnecessaryCow();
        }
        k.getRef(c, p, false); // page_cache_get: the extra reference counts in any concurrent count check
        k.set(c, m.fPa[t], p);
        k.set(c, m.fPhase[t], Phase.WP_COPY);
        if (tr(c)) {
            say(c, (unshare ? "do_wp_page(unshare): " : "do_wp_page: ") + why + ": copy; page_cache_get "
                    + pg(p) + " count " + (k.count(c, p) - 1) + "->" + k.count(c, p) + "; pte_unmap_unlock");
        }
    }

    private String wpReason(Step c, int p, boolean locked, boolean reuse) {
        if (cfg.anonExclusive) {
            if (k.excl(c, p)) {
                return "PageAnonExclusive";
            }
            if (!reuse) {
                return k.ksm(c, p) ? "KSM page" : locked ? "trylock_page failed" : "count " + k.count(c, p) + " > 1";
            }
            return "count 1: reuse and set PageAnonExclusive";
        }
        if (cfg.reuseOnCount) {
            return k.ksm(c, p) ? "KSM page" : locked ? "trylock_page failed" : "count " + k.count(c, p)
                    + (reuse ? " == 1" : " != 1");
        }
        return k.ksm(c, p) ? "KSM page" : locked ? "trylock_page failed" : "mapcount " + k.mapcount(c, p)
                + (reuse ? " == 1" : " != 1");
    }

    /** Whether a party other than mm references page p (another mm's pte, or a reference held for another mm). */
    private boolean othersReference(Step c, int mm, int p) {
        if (k.ksm(c, p)) {
            return true;
        }
        for (int o = 0; o < m.mmNames.size(); o++) {
            if (o == mm) {
                continue;
            }
            for (int vp : m.vpsOf(o)) {
                if (k.pfn(c, o, vp) == p) {
                    return true;
                }
            }
        }
        for (int i = 0; i < m.ioSites.size(); i++) {
            int st = k.get(c, m.fIoStatus[i]);
            if ((st == Model.IO_INFLIGHT || st == Model.IO_DMA_DONE) && k.get(c, m.fIoPfn[i]) == p
                    && m.ioSites.get(i).mm != mm) {
                return true;
            }
        }
        for (int i = 0; i < m.pinSites.size(); i++) {
            if (k.get(c, m.fPinPfn[i]) == p && m.pinSites.get(i).mm != mm) {
                return true;
            }
        }
        for (int i = 0; i < m.spliceSites.size(); i++) {
            if (k.get(c, m.fSplicePfn[i]) == p && m.spliceSites.get(i).mm != mm) {
                return true;
            }
        }
        return false;
    }

    private boolean wpReuse(Step c, int t, Op op) {
        int mm = faultMm(c, t, op);
        int vp = faultVp(c, t, op);
        int p = k.pfn(c, mm, vp);
        boolean unshare = (k.get(c, m.fFlags[t]) & Machine.F_UNSHARE) != 0;
        if (cfg.anonExclusive) {
            k.set(c, m.fExcl[p], 1);
        }
        if (!unshare) {
            k.setPte(c, mm, vp, p, true);
        }
        if (tr(c)) {
            say(c, unshare ? "do_wp_page(unshare): " + pg(p) + " exclusive, pte stays read-only; pte_unmap_unlock"
                    : "do_wp_page: pte_mkwrite " + m.vpName(mm, vp) + " -> " + pg(p) + "; pte_unmap_unlock");
        }
        faultDone(c, t, true);
        return true;
    }

    private boolean wpCopy(Step c, int t, Op op) {
        int old = k.get(c, m.fPa[t]);
        int q = k.allocPage(c);
        k.copyContent(c, old, q);
        k.set(c, m.fPb[t], q);
        k.set(c, m.fPhase[t], Phase.WP_MAP);
        if (tr(c)) {
            say(c, "do_wp_page: alloc_page " + pg(q) + ", copy_user_highpage from " + pg(old) + " (no PT lock)");
        }
        return true;
    }

    private boolean wpMap(Step c, int t, Op op) {
        int mm = faultMm(c, t, op);
        int vp = faultVp(c, t, op);
        if (c.ptLock(mm)) {
            return false;
        }
        int old = k.get(c, m.fPa[t]);
        int q = k.get(c, m.fPb[t]);
        boolean unshare = (k.get(c, m.fFlags[t]) & Machine.F_UNSHARE) != 0;
        boolean same = k.pfn(c, mm, vp) == old && !k.pteWrite(c, mm, vp);
        if (same && c.irqsOff(mm) > 0) {
            // The pte switch is ptep_clear_flush(_notify) + set_pte_at (2.6.27 mm/memory.c do_wp_page;
            // wp_page_copy from 4.x on): on x86 flush_tlb_page IPIs the mm's other CPUs and waits, and a CPU
            // inside gup_fast's irqs-off section of this mm cannot answer (docs/semantics-notes.md, "IPI flushes").
            return false;
        }
        k.set(c, m.fPa[t], 0);
        k.set(c, m.fPb[t], 0);
        if (!same) {
            k.putRef(c, old, false);
            k.putRef(c, q, false);
            if (tr(c)) {
                say(c, "do_wp_page: pte_offset_map_lock; !pte_same: give up (free " + pg(q) + ", put_page " + pg(old)
                        + "), retry the fault");
            }
            faultDone(c, t, false);
            return true;
        }
        if (lostToCopy(c, mm, vp, old, q)) {
            // A DMA made for mm landed in the old page after copy_user_highpage: the copy mm now maps
            // never gets it. Its cause is this copy (a reference belonged to this mapping), so a later
            // mismatch there is a wrong COW, as when the DMA lands after the switch (markLost).
            k.set(c, m.fLost[mm][vp], 1);
        }
        k.setPte(c, mm, vp, q, !unshare);
        k.set(c, m.fMapcount[q], 1);
        k.set(c, m.fMapcount[old], k.mapcount(c, old) - 1);
        int before = k.count(c, old);
        k.putRef(c, old, false); // the mapping's reference
        k.putRef(c, old, false); // page_cache_release of the extra reference
        if (tr(c)) {
            say(c, "do_wp_page: pte_same: ptep_clear_flush (IPI); map " + pg(q) + (unshare ? " read-only" : " writable") + " at "
                    + m.vpName(mm, vp) + "; page_remove_rmap " + pg(old) + "; put_page x2 " + pg(old) + " count "
                    + before + "->" + k.count(c, old));
        }
        faultDone(c, t, true);
        return true;
    }

    /**
     * Whether a write made for mm landed in the old page after do_wp_page copied it into q: a sector in
     * which old and q differ and mm's logical memory holds old's symbol. mm's own stores cannot do that
     * (its pte is read-only while it faults), so the write was a DMA through a reference of mm.
     */
    private boolean lostToCopy(Step c, int mm, int vp, int old, int q) {
        for (int i = 0; i < m.trackedSectors.length; i++) {
            int was = k.get(c, m.fContent[old][i]);
            if (was != k.get(c, m.fContent[q][i]) && k.logical(c, mm, vp, m.trackedSectors[i]) == was) {
                return true;
            }
        }
        return false;
    }

    /** Return from handle_mm_fault to whoever took the fault. */
    void faultDone(Step c, int t, boolean ok) {
        int pc = k.get(c, m.fPc[t]);
        Op op = m.ops[t][pc];
        switch (op.kind) {
            case STORE -> k.set(c, m.fPhase[t], Phase.START); // up_read; the store retries
            case FORK -> fork.ptDone(c, t, op);
            default -> {
                // get_user_pages: "FOLL_WRITE games": after a successful write fault, retry without FOLL_WRITE
                int fl = k.get(c, m.fFlags[t]);
                if (ok) {
                    fl &= ~(Machine.F_WRITE | Machine.F_UNSHARE);
                }
                k.set(c, m.fFlags[t], fl);
                k.set(c, m.fPhase[t], Phase.GUP_FOLLOW);
            }
        }
    }

    // ================================================================== GUP

    private boolean gup(Step c, int t, Op op, int ph) {
        return switch (ph) {
            case Phase.START -> op.fast ? gupFastBegin(c, t, op) : gupSlow(c, t, op, true);
            case Phase.GUP_SLOW -> gupSlow(c, t, op, true);
            case Phase.GUP_FOLLOW -> gupSlow(c, t, op, false);
            case Phase.GUPF_REF -> gupFastRef(c, t, op);
            case Phase.GUPF_RECHECK -> gupFastRecheck(c, t, op);
            case Phase.DIO_LOCK -> dioLock(c, t, op);
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
        if (p == 0 || (fw && !k.vmaWrite(c, mm, r))) {
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
            wpBegin(c, t, mm, op.vp, false);
            return true;
        }
        if (cfg.anonExclusive && op.pinRef && !k.pteWrite(c, mm, op.vp) && !k.excl(c, p)
                && !m.vmaShared(r)) {
            // 5.19: a FOLL_PIN may only be taken on an exclusive anon page: FAULT_FLAG_UNSHARE first
            if (w != null) {
                say(c, w + "follow_page: R/O pin of a shared anon page: handle_mm_fault(FAULT_FLAG_UNSHARE); ");
            }
            wpBegin(c, t, mm, op.vp, true);
            return true;
        }
        int before = k.count(c, p);
        k.getRef(c, p, op.pinRef);
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
            case DIO -> {
                if (cfg.dioLockPage) {
                    // the bio is submitted once the page is locked; until then the thread holds the reference
                    k.set(c, m.fPa[t], p);
                    k.set(c, m.fPhase[t], Phase.DIO_LOCK);
                    return;
                }
                k.set(c, m.fIoStatus[op.site], Model.IO_INFLIGHT);
                k.set(c, m.fIoPfn[op.site], p);
                if (m.isAsync(op)) {
                    k.endOp(c, t);
                } else {
                    k.set(c, m.fPhase[t], Phase.DIO_WAIT);
                }
            }
            case VMSPLICE -> {
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
            case PIN -> {
                k.set(c, m.fPinPfn[op.site], p);
                k.endOp(c, t);
            }
            default -> throw new IllegalStateException(op.kind.name());
        }
    }

    private void gupFailed(Step c, int t, Op op) {
        if (op.kind == Op.Kind.DIO) {
            k.set(c, m.fIoStatus[op.site], Model.IO_COMPLETED);
        }
        k.endOp(c, t);
    }

    private boolean dioLock(Step c, int t, Op op) {
        int p = k.get(c, m.fPa[t]);
        if (c.pageLocked(p)) {
            return false;
        }
        k.set(c, m.fPa[t], 0);
        k.set(c, m.fIoStatus[op.site], Model.IO_INFLIGHT);
        k.set(c, m.fIoPfn[op.site], p);
        k.set(c, m.fIoLocked[op.site], 1);
        if (tr(c)) {
            say(c, "dio: lock_page " + pg(p) + "; submit the bio");
        }
        if (m.isAsync(op)) {
            k.endOp(c, t);
        } else {
            k.set(c, m.fPhase[t], Phase.DIO_WAIT);
        }
        return true;
    }

    // ================================================================== the device

    /** One device step of I/O request i: the DMA, then the completion. */
    boolean deviceStep(Step c, int i) {
        int st = k.get(c, m.fIoStatus[i]);
        Op op = m.ioSites.get(i);
        int p = k.get(c, m.fIoPfn[i]);
        if (st == Model.IO_INFLIGHT) {
            int r = m.vpRegion[op.vp];
            if (m.isRead(op)) {
                writeSectors(c, p, op.first, op.last, op.sym, "the O_DIRECT read's DMA");
                k.setLogical(c, op.mm, op.vp, op.first, op.last, op.sym);
                markLost(c, op.mm, op.vp, p);
                if (tr(c)) {
                    say(c, "DMA writes " + k.symChar(op.sym) + " into " + pg(p) + " sectors " + op.first + "-"
                            + op.last);
                }
            } else {
                int[] seen = new int[op.last - op.first + 1];
                for (int s = op.first; s <= op.last; s++) {
                    seen[s - op.first] = k.count(c, p) == 0 ? 0 : k.content(c, p, r, s);
                    k.set(c, m.fFile[op.region][0][s], seen[s - op.first]);
                }
                freedAccess(c, p, "the O_DIRECT write's DMA");
                checkIsolation(c, op.mm, op.vp, op.first, seen, p, "the O_DIRECT write's DMA");
                if (tr(c)) {
                    say(c, "DMA reads " + chars(seen) + " from " + pg(p) + " into file "
                            + m.files.get(op.region));
                }
            }
            k.set(c, m.fIoStatus[i], Model.IO_DMA_DONE);
            return true;
        }
        if (st == Model.IO_DMA_DONE) {
            int before = k.count(c, p);
            k.putRef(c, p, op.pinRef);
            boolean locked = k.get(c, m.fIoLocked[i]) != 0;
            k.set(c, m.fIoLocked[i], 0);
            k.set(c, m.fIoStatus[i], Model.IO_COMPLETED);
            k.set(c, m.fIoPfn[i], 0);
            int t = m.ioThread[i];
            if (!m.isAsync(op) && k.get(c, m.fPhase[t]) == Phase.DIO_WAIT) {
                k.endOp(c, t);
            }
            if (tr(c)) {
                say(c, "dio_bio_complete: " + (m.isRead(op) ? "set_page_dirty_lock, " : "")
                        + (locked ? "unlock_page, " : "") + (op.pinRef ? "unpin_user_page " : "put_page ") + pg(p)
                        + " count " + before + "->" + k.count(c, p));
            }
            return true;
        }
        return false;
    }

    /** A write made for mm through a reference to page p: if mm maps another page there, its data is lost. */
    void markLost(Step c, int mm, int vp, int p) {
        int r = m.vpRegion[vp];
        if (k.mmState(c, mm) != Model.MM_GONE && k.vmaPresent(c, mm, r) && k.pfn(c, mm, vp) != 0
                && k.pfn(c, mm, vp) != p) {
            k.set(c, m.fLost[mm][vp], 1);
        }
    }

    private void freedAccess(Step c, int p, String who) {
        if (k.count(c, p) == 0 && c.obs.violation(Oracle.REFCOUNT, ViolationClass.FREED_PAGE_ACCESS)) {
            c.obs.details("", pg(p), "a live page", "freed", who + " reads " + pg(p) + " after it was freed");
        }
    }

    private boolean aioWait(Step c, int t, Op op) {
        if (k.get(c, m.fIoStatus[op.site]) != Model.IO_COMPLETED) {
            return false;
        }
        if (tr(c)) {
            say(c, "aio_wait " + m.ioNames.get(op.site) + ": completed");
        }
        k.endOp(c, t);
        return true;
    }

    // ================================================================== pipes and pins

    private boolean pipeRead(Step c, int t, Op op) {
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
        freedAccess(c, p, "pipe_read");
        checkIsolation(c, v.mm, v.vp, v.first, seen, p, "pipe_read");
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

    private boolean dmaWrite(Step c, int t, Op op) {
        Op pin = m.pinSites.get(op.site);
        int p = k.get(c, m.fPinPfn[op.site]);
        if (p == 0) {
            if (tr(c)) {
                say(c, "dma_write: the pin is not held: nothing written");
            }
            k.endOp(c, t);
            return true;
        }
        writeSectors(c, p, op.first, op.last, op.sym, "dma_write through the pin");
        k.setLogical(c, pin.mm, pin.vp, op.first, op.last, op.sym);
        markLost(c, pin.mm, pin.vp, p);
        if (tr(c)) {
            say(c, "DMA writes " + k.symChar(op.sym) + " through the pin into " + pg(p));
        }
        k.endOp(c, t);
        return true;
    }

    private boolean dmaRead(Step c, int t, Op op) {
        Op pin = m.pinSites.get(op.site);
        int p = k.get(c, m.fPinPfn[op.site]);
        int r = m.vpRegion[pin.vp];
        int[] seen = new int[op.last - op.first + 1];
        for (int s = op.first; s <= op.last; s++) {
            seen[s - op.first] = p == 0 ? m.unmappedSym : k.count(c, p) == 0 ? 0 : k.content(c, p, r, s);
            k.set(c, m.fReg[t][op.reg][s - op.first], seen[s - op.first]);
        }
        if (p != 0) {
            freedAccess(c, p, "dma_read");
            checkIsolation(c, pin.mm, pin.vp, op.first, seen, p, "dma_read through the pin");
        }
        if (tr(c)) {
            say(c, "DMA reads " + chars(seen) + (p == 0 ? " (pin not held)" : " through the pin from " + pg(p)));
        }
        k.endOp(c, t);
        return true;
    }

    private boolean unpin(Step c, int t, Op op) {
        Op pin = m.pinSites.get(op.site);
        int p = k.get(c, m.fPinPfn[op.site]);
        if (p != 0) {
            int before = k.count(c, p);
            k.putRef(c, p, pin.pinRef);
            k.set(c, m.fPinPfn[op.site], 0);
            if (tr(c)) {
                say(c, (pin.pinRef ? "unpin_user_page " : "put_page ") + pg(p) + " count " + before + "->"
                        + k.count(c, p));
            }
        } else if (tr(c)) {
            say(c, "unpin: the pin is not held");
        }
        k.endOp(c, t);
        return true;
    }

    // ================================================================== events

    private boolean signal(Step c, int t, Op op) {
        k.set(c, m.fEvent[op.event], 1);
        if (tr(c)) {
            say(c, "signal " + m.events.get(op.event));
        }
        k.endOp(c, t);
        return true;
    }

    private boolean waitEvent(Step c, int t, Op op) {
        if (k.get(c, m.fEvent[op.event]) == 0) {
            return false;
        }
        if (tr(c)) {
            say(c, "wait " + m.events.get(op.event) + ": signalled");
        }
        k.endOp(c, t);
        return true;
    }

    // ================================================================== munmap, mprotect, madvise, exit

    /**
     * zap_pte_range + page_remove_rmap, the TLB flush IPI, then put_page of the gathered pages, as one
     * step that waits for any irqs-off gup_fast of the mm (a gup_fast that read the old pte completes
     * its reference first; the page survives on that reference).
     */
    private void zapRegion(Step c, int mm, int r, StringBuilder w) {
        for (int vp : m.vpsOfRegion(r)) {
            int p = k.pfn(c, mm, vp);
            if (p == 0) {
                continue;
            }
            k.setPte(c, mm, vp, 0, false);
            k.set(c, m.fMapcount[p], k.mapcount(c, p) - 1);
            int before = k.count(c, p);
            k.putRef(c, p, false);
            if (w != null) {
                w.append("; zap ").append(m.vpName(mm, vp)).append(", page_remove_rmap, put_page ").append(pg(p))
                        .append(" count ").append(before).append("->").append(k.count(c, p));
            }
        }
        k.set(c, m.fVmaPresent[mm][r], 0);
    }

    private boolean munmap(Step c, int t, Op op) {
        int mm = op.mm;
        if (!k.mmapFree(c, mm) || c.ptLock(mm) || c.irqsOff(mm) > 0) {
            return false;
        }
        StringBuilder w = tr(c) ? new StringBuilder("munmap: down_write(mmap_sem)") : null;
        if (k.vmaPresent(c, mm, op.region)) {
            zapRegion(c, mm, op.region, w);
        } else if (w != null) {
            w.append("; no such vma");
        }
        if (w != null) {
            say(c, w + "; flush_tlb (IPI); up_write");
        }
        k.endOp(c, t);
        return true;
    }

    private boolean mprotect(Step c, int t, Op op) {
        int mm = op.mm;
        if (!k.mmapFree(c, mm) || c.ptLock(mm)) {
            return false;
        }
        if (k.vmaPresent(c, mm, op.region) && c.irqsOff(mm) > 0) {
            // mprotect_fixup -> change_protection ends with flush_tlb_range (2.6.27 mm/mprotect.c), an IPI
            // to the mm's other CPUs: it waits for any irqs-off gup_fast of this mm
            return false;
        }
        if (k.vmaPresent(c, mm, op.region)) {
            k.set(c, m.fVmaWrite[mm][op.region], op.ro ? 0 : 1);
            if (op.ro) {
                for (int vp : m.vpsOfRegion(op.region)) {
                    k.setPte(c, mm, vp, k.pfn(c, mm, vp), false);
                }
            }
        }
        if (tr(c)) {
            say(c, "mprotect: down_write(mmap_sem); vma " + (op.ro ? "read-only, ptes write-protected"
                    : "writable (ptes stay read-only: the write fault grants write)") + "; flush_tlb_range (IPI); up_write");
        }
        k.endOp(c, t);
        return true;
    }

    private boolean madvise(Step c, int t, Op op) {
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

    private boolean exit(Step c, int t, Op op, int ph) {
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
                zapRegion(c, mm, r, w);
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
