package org.mmrace.core.internal;

import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.ViolationClass;

/**
 * The machine: state accessors, page reference helpers, the lock summary, and the dispatch of one
 * step of an actor (a thread, or the device for one I/O request). The kernel paths themselves live
 * in the files {@link Paths} dispatches to. Immutable; all mutable scratch is in {@link Step}.
 */
public final class Machine {
    /** thread flag: FOLL_WRITE still set (slow GUP's "FOLL_WRITE games") */
    static final int F_WRITE = 1;
    /** thread flag: the fault is a FAULT_FLAG_UNSHARE fault (5.19) */
    static final int F_UNSHARE = 2;
    /** thread flag: the pte gup_fast read was writable */
    static final int F_PTEW = 4;
    /** thread flag: fork decided to copy the page for the child */
    static final int F_COPY = 8;

    final Model m;
    final Layout L;
    final Config cfg;
    final Paths paths;

    public Machine(Model m) {
        this.m = m;
        this.L = m.layout;
        this.cfg = m.cfg;
        this.paths = new Paths(this);
    }

    public Model model() {
        return m;
    }

    // ------------------------------------------------------------------ field access

    int get(Step c, int f) {
        if (c.fp != null && f >= 0) {
            c.fp.read(f);
        }
        return L.get(c.s, f);
    }

    void set(Step c, int f, long v) {
        if (c.fp != null && f >= 0) {
            c.fp.write(f, (int) v);
        }
        L.set(c.s, f, v);
    }

    int count(long[] s, int p) {
        if (m.thp != null) {
            int h = head(s, p);
            if (h != 0) {
                // a large folio: one refcount on the head; FOLL_PIN adds 1 to it and 1 to _pincount (5.7+)
                return L.get(s, m.fCount[h]) + L.get(s, m.fPins[h]);
            }
        }
        return L.get(s, m.fCount[p]) + Model.GUP_PIN_COUNTING_BIAS * L.get(s, m.fPins[p]);
    }

    /** The head frame of p's large folio, or 0 when p is an order-0 page (compound_head / page_folio). */
    int head(long[] s, int p) {
        int slot = m.thp.folioOf[p];
        return slot < 0 || L.get(s, m.thp.fLarge[slot]) == 0 ? 0 : m.thp.slotHead[slot];
    }

    int head(Step c, int p) {
        if (m.thp == null) {
            return 0;
        }
        int slot = m.thp.folioOf[p];
        return slot < 0 || get(c, m.thp.fLarge[slot]) == 0 ? 0 : m.thp.slotHead[slot];
    }

    /** The frame holding the folio's refcount: the head of a large folio, else p itself. */
    int refFrame(Step c, int p) {
        int h = head(c, p);
        return h == 0 ? p : h;
    }

    /** Adds d to the pte mapcount of subpage p (page_dup_rmap / page_remove_rmap of a pte). */
    void addMapcount(Step c, int p, int d) {
        set(c, m.fMapcount[p], get(c, m.fMapcount[p]) + d);
    }

    /** As {@link #count(long[], int)}, through {@link #get} (so that the reduction sees the reads). */
    int count(Step c, int p) {
        if (m.thp != null) {
            int h = head(c, p);
            if (h != 0) {
                return get(c, m.fCount[h]) + get(c, m.fPins[h]);
            }
        }
        return get(c, m.fCount[p]) + Model.GUP_PIN_COUNTING_BIAS * get(c, m.fPins[p]);
    }

    /** page_mapcount: the subpage's pte mappings plus the folio's PMD mappings (entire mapcount). */
    int mapcount(Step c, int p) {
        int h = head(c, p);
        return get(c, m.fMapcount[p]) + (h == 0 ? 0 : get(c, m.thp.fEntire[m.thp.folioOf[p]]));
    }

    boolean ksm(Step c, int p) {
        return get(c, m.fKsm[p]) != 0;
    }

    boolean excl(Step c, int p) {
        return get(c, m.fExcl[p]) != 0;
    }

    /** page_maybe_dma_pinned: count >= GUP_PIN_COUNTING_BIAS; a large folio: _pincount > 0 (5.7+). */
    boolean maybePinned(Step c, int p) {
        int h = head(c, p);
        if (h != 0) {
            return get(c, m.fPins[h]) > 0;
        }
        return count(c, p) >= Model.GUP_PIN_COUNTING_BIAS;
    }

    /** Whether region r of mm is mapped by a present huge PMD. */
    boolean pmdHuge(Step c, int mm, int r) {
        return m.thp != null && m.thp.fPmd[mm][r] >= 0 && get(c, m.thp.fPmd[mm][r]) != 0;
    }

    /** The VMA's write permission at vp: the region's, unless a page-range mprotect made that part read-only. */
    boolean vmaWriteAt(Step c, int mm, int vp) {
        int r = m.vpRegion[vp];
        if (!vmaWrite(c, mm, r)) {
            return false;
        }
        return m.thp == null || m.thp.fRoPage[mm][vp] < 0 || get(c, m.thp.fRoPage[mm][vp]) == 0;
    }

    int pfn(Step c, int mm, int vp) {
        return get(c, m.fPtePfn[mm][vp]);
    }

    boolean pteWrite(Step c, int mm, int vp) {
        return get(c, m.fPteWrite[mm][vp]) != 0;
    }

    void setPte(Step c, int mm, int vp, int pfn, boolean write) {
        set(c, m.fPtePfn[mm][vp], pfn);
        set(c, m.fPteWrite[mm][vp], pfn != 0 && write ? 1 : 0);
    }

    boolean vmaPresent(Step c, int mm, int region) {
        int f = m.fVmaPresent[mm][region];
        // without munmap/exit/fork in the scenario the flag is not stored: declared VMAs are always there
        return f < 0 ? m.regionRoot[region] == mm : get(c, f) != 0;
    }

    boolean vmaWrite(Step c, int mm, int region) {
        int f = m.fVmaWrite[mm][region];
        return f < 0 ? m.regions.get(region).prot() == org.mmrace.core.spec.Prot.RW : get(c, f) != 0;
    }

    int mmState(Step c, int mm) {
        int f = m.fMmState[mm];
        return f < 0 ? Model.MM_ALIVE : get(c, f);
    }

    /** Content symbol of sector {@code sector} of page p, seen through region r (untracked sectors keep the fill). */
    int content(Step c, int p, int region, int sector) {
        int k = m.slotOfSector[sector];
        return k < 0 ? m.fillSym(region, sector) : get(c, m.fContent[p][k]);
    }

    int logical(Step c, int mm, int vp, int sector) {
        int k = m.slotOfSector[sector];
        return k < 0 ? m.fillSym(m.vpRegion[vp], sector) : get(c, m.fLogical[mm][vp][k]);
    }

    /** Sets the logical memory of mm (and of every mm sharing a MAP_SHARED region with it). */
    void setLogical(Step c, int mm, int vp, int first, int last, int sym) {
        int r = m.vpRegion[vp];
        boolean shared = m.vmaShared(r);
        for (int o = 0; o < m.mmNames.size(); o++) {
            if (o != mm && !(shared && m.mmRoot[o] == m.mmRoot[mm] && vmaPresent(c, o, r)
                    && mmState(c, o) != Model.MM_GONE)) {
                continue;
            }
            for (int s = first; s <= last; s++) {
                set(c, m.fLogical[o][vp][m.slotOfSector[s]], sym);
            }
            if (m.tracksHeld) {
                holdSymbol(c, o, vp, first, last, sym);
            }
        }
    }

    /** mm's logical memory now holds sym: every DIO write / vmsplice reference of mm there has seen it held. */
    private void holdSymbol(Step c, int mm, int vp, int first, int last, int sym) {
        for (int i = 0; i < m.ioSites.size(); i++) {
            Op op = m.ioSites.get(i);
            if (op.mm == mm && op.vp == vp) {
                addHeld(c, m.fIoHeld[i], first, last, sym);
            }
        }
        for (int i = 0; i < m.spliceSites.size(); i++) {
            Op op = m.spliceSites.get(i);
            if (op.mm == mm && op.vp == vp) {
                addHeld(c, m.fSpliceHeld[i], first, last, sym);
            }
        }
    }

    private void addHeld(Step c, int[] held, int first, int last, int sym) {
        for (int s = first; s <= last; s++) {
            int f = held[m.slotOfSector[s]];
            int mask = get(c, f);
            if (mask != 0) { // 0: no reference held now
                set(c, f, mask | 1 << sym);
            }
        }
    }

    char symChar(int sym) {
        return sym >= m.symbols.length ? '!' : m.symbols[sym];
    }

    // ------------------------------------------------------------------ page references

    /** Writes a symbol into sectors of a page, reporting writes into KSM pages and freed pages. */
    void writeSectors(Step c, int p, int first, int last, int sym, String who) {
        if (count(c, p) == 0) {
            if (c.obs.violation(Oracle.REFCOUNT, ViolationClass.FREED_PAGE_ACCESS)) {
                c.obs.details("", "page#" + p, "a live page", "freed", who + " writes into " + "page#" + p + " after it was freed");
            }
            return;
        }
        if (ksm(c, p) && c.obs.violation(Oracle.KSM, ViolationClass.KSM_WRITE)) {
            c.obs.details("", "page#" + p, "no write to a KSM page", symChar(sym) + " written",
                    who + " writes " + symChar(sym) + " into KSM " + "page#" + p);
        }
        for (int s = first; s <= last; s++) {
            set(c, m.fContent[p][m.slotOfSector[s]], sym);
        }
    }

    /** A read of page p (a DMA, pipe_read) after it was freed. */
    void freedAccess(Step c, int p, String who) {
        if (count(c, p) == 0 && c.obs.violation(Oracle.REFCOUNT, ViolationClass.FREED_PAGE_ACCESS)) {
            c.obs.details("", "page#" + p, "a live page", "freed", who + " reads " + "page#" + p + " after it was freed");
        }
    }

    /** get_page / FOLL_GET (+1) or FOLL_PIN (+1024). Reports an access to a freed page. */
    void getRef(Step c, int p, boolean pin) {
        p = refFrame(c, p);
        if (count(c, p) == 0) {
            if (c.obs.violation(Oracle.REFCOUNT, ViolationClass.FREED_PAGE_ACCESS)) {
                c.obs.details("", "page#" + p, "a live page", "page#" + p + " freed",
                        "a reference is taken on page#" + p + " after it was freed");
            }
        }
        if (pin) {
            set(c, m.fPins[p], get(c, m.fPins[p]) + 1);
        } else {
            set(c, m.fCount[p], get(c, m.fCount[p]) + 1);
        }
    }

    /** put_page / unpin_user_page; frees the page at count 0 (its content is gone). */
    void putRef(Step c, int p, boolean pin) {
        p = refFrame(c, p);
        int f = pin ? m.fPins[p] : m.fCount[p];
        int v = get(c, f);
        if (v == 0) {
            if (c.obs.violation(Oracle.REFCOUNT, ViolationClass.COUNT_UNDERFLOW)) {
                c.obs.details("", "page#" + p, ">= 1", "0", "put_page on page#" + p + " whose count is already 0");
            }
            return;
        }
        set(c, f, v - 1);
        if (count(c, p) == 0) {
            freePage(c, p);
        }
    }

    void freePage(Step c, int p) {
        int h = head(c, p);
        if (h != 0) {
            // the last reference of a large folio: every subpage goes (free_compound_page)
            int slot = m.thp.folioOf[h];
            set(c, m.thp.fLarge[slot], 0);
            set(c, m.thp.fEntire[slot], 0);
            for (int i = 0; i < m.thp.slotPages[slot]; i++) {
                freePage(c, h + i);
            }
            return;
        }
        set(c, m.fMapcount[p], 0);
        set(c, m.fKsm[p], 0);
        set(c, m.fExcl[p], 0);
        set(c, m.fDontcow[p], 0);
        set(c, m.fPgGup[p], 0);
        set(c, m.fPageSlot[p], 0);
        for (int k = 0; k < m.trackedSectors.length; k++) {
            set(c, m.fContent[p][k], 0);
        }
    }

    /**
     * Allocates the lowest free page frame with count 1, mapcount 0. Recording a footprint modulo renaming
     * frames (the search stores states up to it), the search for the lowest free frame is not recorded:
     * which free frame a step gets is a frame number, and two allocations in either order reach the same
     * state up to renaming; the frame it gets is the step's fresh frame ({@link Footprint#fresh}).
     */
    int allocPage(Step c) {
        Footprint rec = c.fp;
        boolean anonymous = rec != null && rec.modulo();
        if (anonymous) {
            c.fp = null;
        }
        for (int p = 1; p <= m.maxPages; p++) {
            if (m.thp != null && m.thp.folioOf[p] >= 0) {
                continue; // a folio slot's frame: only large folios (and their split pages) live there
            }
            if (count(c, p) == 0 && mapcount(c, p) == 0) {
                if (anonymous) {
                    c.fp = rec;
                    rec.fresh = p;
                }
                set(c, m.fCount[p], 1);
                set(c, m.fExcl[p], cfg.anonExclusive ? 1 : 0);
                return p;
            }
        }
        c.fp = rec;
        throw new ModelLimitException("out of page frames (" + m.maxPages + "): the scenario allocates more pages"
                + " than the engine's bound");
    }

    void copyContent(Step c, int from, int to) {
        for (int k = 0; k < m.trackedSectors.length; k++) {
            set(c, m.fContent[to][k], get(c, m.fContent[from][k]));
        }
    }

    // ------------------------------------------------------------------ locks

    /** Computes the lock summary of state {@code s} into {@code c}. */
    public void summarise(long[] s, Step c) {
        java.util.Arrays.fill(c.mmapReaders, 0);
        java.util.Arrays.fill(c.mmapWriter, false);
        java.util.Arrays.fill(c.ptLock, false);
        java.util.Arrays.fill(c.irqsOff, 0);
        if (c.anyPageLocked) {
            java.util.Arrays.fill(c.pageLocked, false);
            c.anyPageLocked = false;
        }
        c.brReaders = 0;
        for (int t = 0; t < m.threadCount; t++) {
            int pc = L.get(s, m.fPc[t]);
            if (pc >= m.ops[t].length) {
                continue;
            }
            int ph = L.get(s, m.fPhase[t]);
            if (ph == Phase.START) {
                continue;
            }
            Op op = m.ops[t][pc];
            int mm = op.mm;
            switch (ph) {
                case Phase.WP_REUSE, Phase.WP_COPY, Phase.WP_MAP -> {
                    if (op.kind == Op.Kind.FORK) {
                        c.mmapWriter[mm] = true;
                        if (ph == Phase.WP_REUSE) {
                            c.ptLock[op.childMm] = true;
                        }
                    } else {
                        c.mmapReaders[mm]++;
                        if (ph == Phase.WP_REUSE) {
                            c.ptLock[mm] = true;
                        }
                    }
                }
                case Phase.GUP_FOLLOW, Phase.THP_SPLIT -> c.mmapReaders[mm]++;
                case Phase.GUPF_REF, Phase.GUPF_RECHECK -> {
                    c.irqsOff[mm]++;
                    if (cfg.guard == Config.Guard.BRLOCK) {
                        c.brReaders++;
                    }
                    if (cfg.guard == Config.Guard.MMAP_SEM) {
                        c.mmapReaders[mm]++;
                    }
                }
                case Phase.FORK_PTE, Phase.FORK_FLUSH -> c.mmapWriter[mm] = true;
                case Phase.FORK_PTE2 -> {
                    c.mmapWriter[mm] = true;
                    c.ptLock[mm] = true;
                }
                case Phase.KSM_WPROT -> {
                    int side = L.get(s, m.fCur[t]) == 0 ? op.mm : op.mm2;
                    c.mmapReaders[side]++;
                    c.ptLock[side] = true;
                }
                default -> { }
            }
        }
        if (!cfg.dioLockPage) {
            return; // no I/O ever holds a page lock
        }
        for (int i = 0; i < m.ioSites.size(); i++) {
            if (L.get(s, m.fIoLocked[i]) != 0) {
                c.pageLocked[L.get(s, m.fIoPfn[i])] = true;
                c.anyPageLocked = true;
            }
        }
    }

    boolean mmapFree(Step c, int mm) {
        return c.mmapReaders(mm) == 0 && !c.mmapWriter(mm);
    }

    // ------------------------------------------------------------------ threads

    /** Whether thread t can never run another step (done, killed, or its process never came to be). */
    public boolean finished(long[] s, int t) {
        if (L.get(s, m.fPc[t]) >= m.ops[t].length) {
            return true;
        }
        int mm = m.threadMm[t];
        if (mm < 0) {
            return false;
        }
        int st = m.fMmState[mm] < 0 ? Model.MM_ALIVE : L.get(s, m.fMmState[mm]);
        if (st == Model.MM_GONE) {
            return true;
        }
        if (st == Model.MM_NONE) {
            // a child whose fork was skipped (the forking thread was killed by exit) never runs
            int ct = m.mmCreatorThread[mm];
            return ct >= 0 && (L.get(s, m.fPc[ct]) > m.mmCreatorOp[mm] || finished(s, ct));
        }
        return false;
    }

    /** All threads finished and no I/O in flight. */
    public boolean isFinal(long[] s) {
        for (int t = 0; t < m.threadCount; t++) {
            if (!finished(s, t)) {
                return false;
            }
        }
        for (int i = 0; i < m.ioSites.size(); i++) {
            int st = L.get(s, m.fIoStatus[i]);
            if (st == Model.IO_INFLIGHT || st == Model.IO_DMA_DONE) {
                return false;
            }
        }
        return true;
    }

    /** Ends the current operation of t: locals cleared, next op (or none when the process exits). */
    void endOp(Step c, int t) {
        set(c, m.fPhase[t], Phase.START);
        set(c, m.fPa[t], 0);
        set(c, m.fPb[t], 0);
        set(c, m.fCur[t], 0);
        set(c, m.fFlags[t], 0);
        set(c, m.fSeqSaved[t], 0);
        int mm = m.threadMm[t];
        int next = get(c, m.fPc[t]) + 1;
        if (mm >= 0 && mmState(c, mm) == Model.MM_EXITING && m.ops[t][next - 1].kind != Op.Kind.EXIT) {
            next = m.ops[t].length; // exit_group: the rest of the program is skipped
        }
        set(c, m.fPc[t], next);
    }

    /**
     * Applies one step of {@code actor} to {@code c.s} (a copy of the source state, whose lock
     * summary is in {@code c}). Returns false when the actor has no enabled step.
     */
    public boolean step(Step c, int actor) {
        if (actor < m.threadCount) {
            return threadStep(c, actor);
        }
        return paths.deviceStep(c, actor - m.threadCount);
    }

    private boolean threadStep(Step c, int t) {
        int pc = get(c, m.fPc[t]);
        if (pc >= m.ops[t].length) {
            return false;
        }
        int mm = m.threadMm[t];
        if (mm >= 0) {
            int st = mmState(c, mm);
            if (st == Model.MM_NONE || st == Model.MM_GONE) {
                return false;
            }
        }
        return paths.run(c, t, m.ops[t][pc], get(c, m.fPhase[t]));
    }

    /** Kernel words for what thread t holds in state s (for traces). */
    public java.util.List<String> locksOf(long[] s, int t) {
        java.util.List<String> l = new java.util.ArrayList<>();
        int pc = L.get(s, m.fPc[t]);
        if (pc >= m.ops[t].length) {
            return l;
        }
        int ph = L.get(s, m.fPhase[t]);
        Op op = m.ops[t][pc];
        String mmn = op.mm >= 0 ? m.mmNames.get(op.mm) : "";
        switch (ph) {
            case Phase.WP_REUSE, Phase.WP_COPY, Phase.WP_MAP -> {
                if (op.kind == Op.Kind.FORK) {
                    l.add("mmap_sem(" + mmn + ") write");
                    if (ph == Phase.WP_REUSE) {
                        l.add("ptl(" + m.mmNames.get(op.childMm) + ")");
                    }
                } else {
                    l.add("mmap_sem(" + mmn + ") read");
                    if (ph == Phase.WP_REUSE) {
                        l.add("ptl(" + mmn + ")");
                    }
                }
            }
            case Phase.GUP_FOLLOW, Phase.THP_SPLIT -> l.add("mmap_sem(" + mmn + ") read");
            case Phase.GUPF_REF, Phase.GUPF_RECHECK -> {
                l.add("irqs-off(" + mmn + ")");
                if (cfg.guard == Config.Guard.BRLOCK) {
                    l.add("brlock read");
                }
                if (cfg.guard == Config.Guard.MMAP_SEM) {
                    l.add("mmap_sem(" + mmn + ") read");
                }
            }
            case Phase.FORK_PTE, Phase.FORK_FLUSH -> l.add("mmap_sem(" + mmn + ") write");
            case Phase.FORK_PTE2 -> {
                l.add("mmap_sem(" + mmn + ") write");
                l.add("ptl(" + mmn + ")");
            }
            case Phase.KSM_WPROT -> {
                String side = m.mmNames.get(L.get(s, m.fCur[t]) == 0 ? op.mm : op.mm2);
                l.add("mmap_sem(" + side + ") read");
                l.add("ptl(" + side + ")");
            }
            default -> { }
        }
        return l;
    }
}
