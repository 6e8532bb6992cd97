package org.mmrace.core.internal;

/**
 * mm/memory.c, the fault side and the zap: a user store or load through the pte, do_wp_page (reuse
 * or wp_page_copy) under the PT lock, the return from handle_mm_fault to whoever faulted, and
 * zap_pte_range for munmap and exit_mmap. Fork's copy_* of mm/memory.c is {@link Fork}.
 */
final class Memory extends KernelSteps {
    Memory(Paths paths) {
        super(paths);
    }

    // ================================================================== store / load

    boolean store(Step c, int t, Op op) {
        int mm = op.mm;
        int r = m.vpRegion[op.vp];
        if (!k.vmaPresent(c, mm, r) || k.pfn(c, mm, op.vp) == 0 && !swapped(c, mm, op.vp)) {
            if (tr(c)) {
                say(c, "store: no vma at " + m.vpName(mm, op.vp) + ": SIGSEGV, the store is lost");
            }
            k.endOp(c, t);
            return true;
        }
        int p = k.pfn(c, mm, op.vp);
        if (p == 0 && k.vmaWrite(c, mm, r)) {
            return swapInForAccess(c, mm, op.vp, true);
        }
        if (p != 0 && k.pteWrite(c, mm, op.vp)) {
            k.writeSectors(c, p, op.first, op.last, op.sym, "store");
            k.setLogical(c, mm, op.vp, op.first, op.last, op.sym);
            if (tr(c)) {
                say(c, "store " + k.symChar(op.sym) + " through writable pte into " + pg(p) + " sectors " + op.first
                        + "-" + op.last);
            }
            k.endOp(c, t);
            return true;
        }
        if (!k.vmaWriteAt(c, mm, op.vp)) {
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

    /** Whether the pte of (mm, vp) is a swap entry. */
    boolean swapped(Step c, int mm, int vp) {
        return m.useSwap && paths.swapCache.slot(c, mm, vp) != 0;
    }

    /**
     * A store or load meets a swap pte: do_page_fault -> handle_mm_fault -> do_swap_page, then the
     * access retries (the operation stays at its start). A write fault on a read-only vma is SIGSEGV
     * before any swap-in (the store's vma check).
     */
    private boolean swapInForAccess(Step c, int mm, int vp, boolean write) {
        return paths.swapIn.doSwapPage(c, mm, vp, write, "do_page_fault: down_read(mmap_sem); ");
    }

    boolean load(Step c, int t, Op op) {
        int mm = op.mm;
        int r = m.vpRegion[op.vp];
        int p = k.vmaPresent(c, mm, r) ? k.pfn(c, mm, op.vp) : 0;
        if (p == 0 && k.vmaPresent(c, mm, r) && swapped(c, mm, op.vp)) {
            return swapInForAccess(c, mm, op.vp, false);
        }
        int[] seen = new int[op.last - op.first + 1];
        for (int s = op.first; s <= op.last; s++) {
            seen[s - op.first] = p == 0 ? m.unmappedSym : k.content(c, p, r, s);
            k.set(c, m.fReg[t][op.reg][s - op.first], seen[s - op.first]);
        }
        if (p != 0) {
            paths.isolation.check(c, mm, op.vp, op.first, seen, 0, "load", null);
        }
        if (tr(c)) {
            say(c, "load " + m.vpName(mm, op.vp) + " -> " + m.registers.get(t).get(op.reg) + " = " + chars(seen)
                    + (p == 0 ? " (unmapped)" : " from " + pg(p)));
        }
        k.endOp(c, t);
        return true;
    }

    // ================================================================== do_wp_page

    /** The (mm, vp) a fault of this operation is about. */
    private int faultMm(Step c, int t, Op op) {
        return op.kind == Op.Kind.FORK ? op.childMm : op.mm;
    }

    private int faultVp(Step c, int t, Op op) {
        return op.kind == Op.Kind.FORK ? paths.fork.cursorVp(c, t, op) : op.vp;
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
        if (k.pmdHuge(c, mm, r)) {
            paths.huge.wpBegin(c, t, mm, vp, unshare); // do_huge_pmd_wp_page (mm/huge_memory.c)
            return;
        }
        boolean locked = c.pageLocked(p);
        boolean reuse;
        if (cfg.anonExclusive) {
            // COW fixes part 2: exclusive -> reuse; else KSM or count > 1 -> copy; else reuse and mark exclusive
            reuse = k.excl(c, p) || !(k.ksm(c, p) || locked || k.count(c, p) > 1)
                    || (cfg.thpPteReuseOwner && !locked && largeFolioExclusive(c, mm, p));
        } else if (cfg.reuseOnCount) {
            // 09854ba94c6a: reuse only when not KSM and count == 1 after a successful trylock
            reuse = !k.ksm(c, p) && k.count(c, p) == 1 && !locked
                    || (cfg.thpPteReuseOwner && !locked && largeFolioExclusive(c, mm, p));
        } else {
            // 2.6.27: TestSetPageLocked, then can_share_swap_page: mapcount (+ swapcount when in the swap
            // cache) == 1 (c475a8ab625d); the swap cache's own reference is not counted
            reuse = !k.ksm(c, p) && !locked && k.mapcount(c, p) + swapcount(c, p) == 1;
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
        // a statistic only (nobody else references the page: the copy was not needed); its reads of every
        // other mm's ptes decide nothing in the state, so the partial-order reduction does not see them
        // (recorded, they made every COW fault depend on every pte write of every other process)
        Footprint recording = c.fp;
        c.fp = null;
        try {
            if (!othersReference(c, mm, p)) {
                c.obs.unnecessaryCow();
            }
        } finally {
            c.fp = recording;
        }
        k.getRef(c, p, false); // page_cache_get: the extra reference counts in any concurrent count check
        k.set(c, m.fPa[t], p);
        k.set(c, m.fPhase[t], Phase.WP_COPY);
        if (tr(c)) {
            say(c, (unshare ? "do_wp_page(unshare): " : "do_wp_page: ") + why + ": copy; page_cache_get "
                    + pg(p) + " count " + (k.count(c, p) - 1) + "->" + k.count(c, p) + "; pte_unmap_unlock");
        }
    }

    /**
     * __wp_can_reuse_large_anon_folio (1da190f4d0a6, 6.15, CONFIG_MM_ID): a PTE-mapped large folio is
     * reused when more than one of its pages is mapped, it is mapped by this mm only (the engine keeps the
     * folio's MM owner exact: no other live mm maps a subpage) and every reference is a mapping
     * (folio_large_mapcount == folio_ref_count). A folio mapped once is copied ("free up a large folio").
     */
    private boolean largeFolioExclusive(Step c, int mm, int p) {
        int h = k.head(c, p);
        if (h == 0) {
            return false;
        }
        int slot = m.thp.folioOf[h];
        int mapcount = k.get(c, m.thp.fEntire[slot]);
        for (int i = 0; i < m.thp.slotPages[slot]; i++) {
            mapcount += k.get(c, m.fMapcount[h + i]);
        }
        if (mapcount <= 1 || mapcount != k.count(c, h)) {
            return false;
        }
        for (int o = 0; o < m.mmNames.size(); o++) {
            if (o == mm || k.mmState(c, o) == Model.MM_GONE) {
                continue;
            }
            for (int vp : m.vpsOf(o)) {
                int q = k.pfn(c, o, vp);
                if (q != 0 && k.head(c, q) == h) {
                    return false;
                }
            }
        }
        return true;
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
                + (swapcount(c, p) > 0 ? " + swapcount " + swapcount(c, p) : "") + (reuse ? " == 1" : " != 1");
    }

    /** page_swapcount: the swap ptes still naming the slot of page p's swap cache entry (0 when not in it). */
    private int swapcount(Step c, int p) {
        if (!m.useSwap) {
            return 0;
        }
        int slot = paths.swapCache.slotOf(c, p);
        return slot == 0 ? 0 : paths.swapCache.count(c, slot);
    }

    /** Whether a party other than mm references page p (another mm's pte, or a reference held for another mm). */
    private boolean othersReference(Step c, int mm, int p) {
        if (k.ksm(c, p) || swapcount(c, p) > 0) {
            return true; // a swap pte naming p's slot will map p again
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

    boolean wpReuse(Step c, int t, Op op) {
        int mm = faultMm(c, t, op);
        int vp = faultVp(c, t, op);
        if (k.pmdHuge(c, mm, m.vpRegion[vp])) {
            return paths.huge.wpReuse(c, t, mm, vp, (k.get(c, m.fFlags[t]) & Machine.F_UNSHARE) != 0);
        }
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

    boolean wpCopy(Step c, int t, Op op) {
        int fmm = faultMm(c, t, op);
        int fvp = faultVp(c, t, op);
        if (k.pmdHuge(c, fmm, m.vpRegion[fvp])) {
            return paths.huge.wpCopy(c, t, fmm, fvp);
        }
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

    boolean wpMap(Step c, int t, Op op) {
        int mm = faultMm(c, t, op);
        int vp = faultVp(c, t, op);
        if (k.pmdHuge(c, mm, m.vpRegion[vp])) {
            return paths.huge.wpMap(c, t, mm, vp);
        }
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
        k.addMapcount(c, old, -1);
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
    boolean lostToCopy(Step c, int mm, int vp, int old, int q) {
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
            case FORK -> paths.fork.ptDone(c, t, op);
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

    /**
     * zap_pte_range + page_remove_rmap, the TLB flush IPI, then put_page of the gathered pages, as one
     * step that waits for any irqs-off gup_fast of the mm (a gup_fast that read the old pte completes
     * its reference first; the page survives on that reference).
     */
    void zapRegion(Step c, int mm, int r, StringBuilder w) {
        if (k.pmdHuge(c, mm, r)) {
            paths.huge.zapPmd(c, mm, r, w);
            k.set(c, m.fVmaPresent[mm][r], 0);
            return;
        }
        for (int vp : m.vpsOfRegion(r)) {
            int p = k.pfn(c, mm, vp);
            if (p == 0 && swapped(c, mm, vp)) {
                // zap_pte_range on a swap entry: free_swap_and_cache
                int slot = paths.swapCache.slot(c, mm, vp);
                paths.swapCache.setSwapPte(c, mm, vp, 0, false);
                paths.swapCache.free(c, slot);
                if (w != null) {
                    w.append("; zap ").append(m.vpName(mm, vp)).append(": free_swap_and_cache swap#").append(slot);
                }
                continue;
            }
            if (p == 0) {
                continue;
            }
            k.setPte(c, mm, vp, 0, false);
            k.addMapcount(c, p, -1);
            int before = k.count(c, p);
            k.putRef(c, p, false);
            if (w != null) {
                w.append("; zap ").append(m.vpName(mm, vp)).append(", page_remove_rmap, put_page ").append(pg(p))
                        .append(" count ").append(before).append("->").append(k.count(c, p));
            }
        }
        k.set(c, m.fVmaPresent[mm][r], 0);
    }
}
