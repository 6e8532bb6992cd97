package org.mmrace.core.internal;

/**
 * mm/huge_memory.c: the huge-PMD side of fork (copy_huge_pmd), of the write fault
 * (do_huge_pmd_wp_page), of the zap (zap_huge_pmd) and the splits (__split_huge_pmd, split_huge_page).
 * A region mapped by a huge PMD keeps its pte fields as a mirror of the PMD (see {@link ThpLayout}); the
 * folio's refcount is its head's. Rules and sources: docs/semantics-notes.md, "THP".
 */
final class HugeMemory extends KernelSteps {
    private final Checks checks;

    HugeMemory(Paths paths) {
        super(paths);
        this.checks = new Checks(k);
    }

    private int slotOf(int p) {
        return m.thp.folioOf[p];
    }

    private int entire(Step c, int p) {
        return k.get(c, m.thp.fEntire[slotOf(p)]);
    }

    /** The frames of the folio mapped by region r of mm through its PMD (head first). */
    private int[] vps(int r) {
        return m.vpsOfRegion(r);
    }

    /** trylock_page on the folio: fails when any subpage is PG_locked (lock_page locks the folio). */
    private boolean folioLocked(Step c, int h) {
        for (int i = 0; i < m.thp.slotPages[slotOf(h)]; i++) {
            if (c.pageLocked(h + i)) {
                return true;
            }
        }
        return false;
    }

    /** The mapcount reuse_swap_page / page_mapcount(head) looks at: the PMD mappings plus the most pte-mapped subpage. */
    private int thpMapcount(Step c, int h) {
        int max = 0;
        for (int i = 0; i < m.thp.slotPages[slotOf(h)]; i++) {
            max = Math.max(max, k.get(c, m.fMapcount[h + i]));
        }
        return entire(c, h) + max;
    }

    private void setPmd(Step c, int mm, int r, boolean huge) {
        k.set(c, m.thp.fPmd[mm][r], huge ? 1 : 0);
    }

    /** Sets the huge PMD of region r (the pte mirror): the folio at head h, writable or not; h 0 clears it. */
    private void mapPmd(Step c, int mm, int r, int h, boolean write) {
        int[] v = vps(r);
        for (int i = 0; i < v.length; i++) {
            k.setPte(c, mm, v[i], h == 0 ? 0 : h + i, write);
        }
        setPmd(c, mm, r, h != 0);
    }

    private void setExclusive(Step c, int h, boolean excl) {
        for (int i = 0; i < m.thp.slotPages[slotOf(h)]; i++) {
            k.set(c, m.fExcl[h + i], excl ? 1 : 0);
        }
    }

    // ================================================================== do_huge_pmd_wp_page

    /**
     * do_huge_pmd_wp_page's decision under the PMD lock (the caller holds mmap_sem for read and found the
     * PT lock free). Reuse (next step maybe_pmd_mkwrite, WP_REUSE), or: thp.cow=split (3917c80280c9, 5.8)
     * split the PMD (next step, THP_SPLIT) and let the fault retry at pte level; thp.cow=copy-huge (2.6.38)
     * take a reference and copy the whole THP (WP_COPY, WP_MAP).
     */
    void wpBegin(Step c, int t, int mm, int vp, boolean unshare) {
        int p = k.pfn(c, mm, vp);
        int h = k.refFrame(c, p);
        // 2.6.38 takes no page lock on this path; reuse_swap_page (4.5+) runs under trylock_page
        boolean locked = (cfg.thpSplitPmd || cfg.thpCowSplit) && folioLocked(c, h);
        boolean reuse;
        String why;
        if (cfg.anonExclusive && k.excl(c, h)) {
            reuse = true;
            why = "PageAnonExclusive";
        } else if (cfg.anonExclusive || cfg.thpPmdReuseOnCount) {
            // COW fixes part 1 (5.18): reuse only when page_count == 1; 5.19 then marks it exclusive
            reuse = !locked && k.count(c, h) == 1;
            why = locked ? "trylock_page failed" : "page_count " + k.count(c, h) + (reuse ? " == 1" : " != 1");
        } else {
            // 2.6.38: page_mapcount(page) == 1; 4.5 to 5.17: reuse_swap_page (the same on a THP not in swap)
            reuse = !locked && thpMapcount(c, h) == 1;
            why = locked ? "trylock_page failed" : "page_mapcount " + thpMapcount(c, h) + (reuse ? " == 1" : " != 1");
        }
        String who = unshare ? "do_huge_pmd_wp_page(unshare): " : "do_huge_pmd_wp_page: ";
        if (reuse) {
            k.set(c, m.fPhase[t], Phase.WP_REUSE);
            say(c, who + why + ": reuse the THP at " + pg(h));
            return;
        }
        if (cfg.thpCowSplit) {
            k.set(c, m.fPhase[t], Phase.THP_SPLIT);
            say(c, who + why + ": __split_huge_pmd, VM_FAULT_FALLBACK to the pte (3917c80280c9)");
            return;
        }
        k.getRef(c, h, false);
        k.set(c, m.fPa[t], p);
        k.set(c, m.fPhase[t], Phase.WP_COPY);
        say(c, who + why + ": get_page " + pg(h) + "; spin_unlock; copy the whole THP");
    }

    /** WP_REUSE on a huge PMD: maybe_pmd_mkwrite (or, unsharing, only PageAnonExclusive). */
    boolean wpReuse(Step c, int t, int mm, int vp, boolean unshare) {
        int r = m.vpRegion[vp];
        int h = k.refFrame(c, k.pfn(c, mm, vp));
        if (cfg.anonExclusive) {
            setExclusive(c, h, true);
        }
        if (!unshare) {
            mapPmd(c, mm, r, h, true);
        }
        say(c, unshare ? "do_huge_pmd_wp_page(unshare): THP " + pg(h) + " exclusive, PMD stays read-only"
                : "do_huge_pmd_wp_page: pmd_mkyoung, maybe_pmd_mkwrite " + m.vpName(mm, vp) + " -> THP " + pg(h));
        paths.memory.faultDone(c, t, true);
        return true;
    }

    /** THP_SPLIT: __split_huge_pmd (its pmdp_invalidate flush is an IPI), then retry the fault on the pte. */
    boolean wpSplit(Step c, int t, int mm, int vp) {
        if (c.ptLock(mm) || c.irqsOff(mm) > 0) {
            return false;
        }
        int r = m.vpRegion[vp];
        String w = k.pmdHuge(c, mm, r) ? splitPmd(c, mm, r) : "PMD already split";
        say(c, "do_huge_pmd_wp_page: " + w + "; return VM_FAULT_FALLBACK: retry the fault on the pte");
        paths.memory.faultDone(c, t, false);
        return true;
    }

    /** WP_COPY of a whole THP (thp.cow=copy-huge): alloc_hugepage_vma + copy_user_huge_page, no lock. */
    boolean wpCopy(Step c, int t, int mm, int vp) {
        int old = k.refFrame(c, k.get(c, m.fPa[t]));
        int n = m.thp.slotPages[slotOf(old)];
        int q = allocFolio(c, n);
        for (int i = 0; i < n; i++) {
            k.copyContent(c, old + i, q + i);
        }
        k.set(c, m.fPb[t], q);
        k.set(c, m.fPhase[t], Phase.WP_MAP);
        say(c, "do_huge_pmd_wp_page: alloc_hugepage_vma " + pg(q) + ", copy_user_huge_page from " + pg(old)
                + " (no PMD lock)");
        return true;
    }

    /** WP_MAP of a whole-THP copy: spin_lock, pmd_same, pmdp_clear_flush_notify (IPI), set_pmd_at. */
    boolean wpMap(Step c, int t, int mm, int vp) {
        if (c.ptLock(mm)) {
            return false;
        }
        int r = m.vpRegion[vp];
        int sub = k.get(c, m.fPa[t]);
        int old = k.refFrame(c, sub);
        int q = k.get(c, m.fPb[t]);
        boolean unshare = (k.get(c, m.fFlags[t]) & Machine.F_UNSHARE) != 0;
        boolean same = k.pmdHuge(c, mm, r) && k.pfn(c, mm, vp) == sub && !k.pteWrite(c, mm, vp);
        if (same && c.irqsOff(mm) > 0) {
            return false; // pmdp_clear_flush_notify waits for gup_fast's irqs-off section (IPI)
        }
        k.set(c, m.fPa[t], 0);
        k.set(c, m.fPb[t], 0);
        if (!same) {
            k.putRef(c, q, false);
            k.putRef(c, old, false);
            say(c, "do_huge_pmd_wp_page: !pmd_same: put_page the new THP " + pg(q) + " and " + pg(old) + ", retry");
            paths.memory.faultDone(c, t, false);
            return true;
        }
        int[] v = vps(r);
        for (int i = 0; i < v.length; i++) {
            if (paths.memory.lostToCopy(c, mm, v[i], old + i, q + i)) {
                k.set(c, m.fLost[mm][v[i]], 1);
            }
        }
        mapPmd(c, mm, r, q, !unshare);
        k.set(c, m.thp.fEntire[slotOf(q)], 1);
        k.set(c, m.thp.fEntire[slotOf(old)], entire(c, old) - 1);
        int before = k.count(c, old);
        k.putRef(c, old, false); // page_remove_rmap + put_page of the old PMD's reference
        k.putRef(c, old, false); // the reference taken before the copy
        say(c, "do_huge_pmd_wp_page: pmd_same: pmdp_clear_flush_notify (IPI); set_pmd_at " + m.vpName(mm, vp)
                + " -> THP " + pg(q) + (unshare ? " read-only" : " writable") + "; page_remove_rmap, put_page x2 "
                + pg(old) + " count " + before + "->" + k.count(c, old));
        paths.memory.faultDone(c, t, true);
        return true;
    }

    /** A free folio slot of n subpages: refcount 1, entire mapcount 0 (prep_compound_page); exclusive in 5.19. */
    int allocFolio(Step c, int n) {
        for (int slot = 0; slot < m.thp.slots; slot++) {
            int h = m.thp.slotHead[slot];
            if (m.thp.slotPages[slot] < n || k.get(c, m.thp.fLarge[slot]) != 0) {
                continue;
            }
            boolean free = true;
            for (int i = 0; i < m.thp.slotPages[slot] && free; i++) {
                free = k.count(c, h + i) == 0 && k.get(c, m.fMapcount[h + i]) == 0;
            }
            if (!free) {
                continue;
            }
            // a shorter folio in a longer slot leaves the slot's last frames unused
            k.set(c, m.thp.fLarge[slot], 1);
            k.set(c, m.fCount[h], 1);
            setExclusive(c, h, cfg.anonExclusive);
            return h;
        }
        throw new ModelLimitException("out of huge page slots (" + m.thp.slots + "): the scenario allocates more THPs"
                + " than the engine's bound");
    }

    // ================================================================== splits

    /**
     * Splits the huge PMD of region r in mm. thp.split=pmd (4.5+): __split_huge_pmd_locked: the PMD becomes
     * a table of ptes to the subpages with the PMD's write bit and PageAnonExclusive; each pte holds a folio
     * reference (page_ref_add(HPAGE_PMD_NR - 1)) and a subpage mapcount; the entire mapcount drops by one.
     * thp.split=folio (2.6.38 to 4.4): split_huge_page: the compound page itself becomes order-0 pages in
     * every mm that maps it (each subpage keeps the references held on it).
     */
    String splitPmd(Step c, int mm, int r) {
        int h = k.refFrame(c, k.pfn(c, mm, vps(r)[0]));
        int slot = slotOf(h);
        if (!cfg.thpSplitPmd) {
            return splitFolio(c, h) + " (split_huge_page)";
        }
        int n = vps(r).length;
        setPmd(c, mm, r, false);
        for (int i = 0; i < n; i++) {
            k.addMapcount(c, h + i, 1);
        }
        k.set(c, m.thp.fEntire[slot], entire(c, h) - 1);
        int before = k.count(c, h);
        k.set(c, m.fCount[h], k.get(c, m.fCount[h]) + n - 1);
        return "__split_huge_pmd " + m.mmNames.get(mm) + "." + m.regions.get(r).region() + ": " + n + " ptes -> "
                + pg(h) + "..; folio count " + before + "->" + k.count(c, h);
    }

    /**
     * split_huge_page of the folio at h into order-0 pages: every PMD mapping of it becomes ptes (in every
     * mm), and each subpage gets the count of the mappings and references held on it. The caller checked
     * can_split_huge_page where the era has it (4.5+ refuses a folio with extra references).
     */
    String splitFolio(Step c, int h) {
        int slot = slotOf(h);
        for (int mm = 0; mm < m.mmNames.size(); mm++) {
            for (int r = 0; r < m.regions.size(); r++) {
                if (m.regionRoot[r] == m.mmRoot[mm] && k.pmdHuge(c, mm, r)
                        && k.refFrame(c, k.pfn(c, mm, vps(r)[0])) == h) {
                    setPmd(c, mm, r, false);
                }
            }
        }
        int[] expCount = new int[m.maxPages + 1];
        int[] expMap = new int[m.maxPages + 1];
        checks.expected(c, expCount, expMap, new int[m.thp.slots]);
        k.set(c, m.thp.fLarge[slot], 0);
        k.set(c, m.thp.fEntire[slot], 0);
        k.set(c, m.fPins[h], 0); // FOLL_PIN on a folio that splits: only pre-4.5 kernels split, and had no FOLL_PIN
        for (int i = 0; i < m.thp.slotPages[slot]; i++) {
            k.set(c, m.fCount[h + i], expCount[h + i]);
            k.set(c, m.fMapcount[h + i], expMap[h + i]);
            if (expCount[h + i] == 0) {
                k.freePage(c, h + i);
            }
        }
        return "split_huge_page " + pg(h) + " into order-0 pages";
    }

    // ================================================================== reclaim of a THP

    /**
     * MADV_PAGEOUT of a region holding a large folio: madvise_cold_or_pageout_pte_range leaves a THP with
     * page_mapcount != 1 alone ("Do not interfere with other mappings"); otherwise the folio is split into
     * order-0 pages before they are swapped out. 2.6.38's split_huge_page cannot fail; from 4.5 it refuses a
     * folio with references besides its mappings (can_split_huge_page: "Check that sum of mapcounts of all
     * subpage is equal to page_count() plus one (caller pin)", e9b61f19858a), e.g. a GUP pin. Modelling
     * choice: every era splits before swapout (the kernel without THP_SWAP); with THP_SWAP (x86_64 4.13+)
     * the kernel swaps the folio whole and splits only the PMD, which gives the same swap ptes and, once the
     * folio is freed, the same order-0 swap-in; it differs only for a folio with extra references, which
     * THP_SWAP unmaps (before 5.19) and the split refuses (docs/semantics-notes.md, THP).
     */
    void splitForReclaim(Step c, int mm, int r, StringBuilder w) {
        int[] v = vps(r);
        for (int vp : v) {
            int p = k.pfn(c, mm, vp);
            int h = p == 0 ? 0 : k.head(c, p);
            if (h == 0) {
                continue;
            }
            int slot = slotOf(h);
            int total = k.get(c, m.thp.fEntire[slot]);
            for (int i = 0; i < m.thp.slotPages[slot]; i++) {
                total += k.get(c, m.fMapcount[h + i]);
            }
            String why = null;
            if (k.pmdHuge(c, mm, r) && thpMapcount(c, h) != 1) {
                why = "page_mapcount " + thpMapcount(c, h) + " != 1: skipped";
            } else if (cfg.thpSplitPmd && k.count(c, h) != total) {
                why = "split_huge_page: -EBUSY (count " + k.count(c, h) + " != total mapcount " + total
                        + ": an extra reference, e.g. GUP)";
            }
            if (why != null) {
                if (w != null) {
                    w.append("; THP ").append(pg(h)).append(": ").append(why);
                }
                return;
            }
            String s = splitFolio(c, h);
            if (w != null) {
                w.append("; ").append(s);
            }
        }
    }

    // ================================================================== fork: copy_huge_pmd

    /**
     * copy_huge_pmd's first step for the huge PMD at the cursor (vp, the region's first page). Returns
     * false when the PMD was split (the caller goes on with copy_pte_range at this pte) and sets the
     * thread's next phase otherwise. 5.9 (d042035eaf5f "mm/thp: Split huge pmds/puds if they're pinned when
     * fork()"): a maybe-pinned THP of an mm that has_pinned is split, so that copy_present_page gives the
     * child its copies; 5.19: page_try_dup_anon_rmap fails on an exclusive maybe-pinned THP (split), else
     * clears PageAnonExclusive.
     */
    boolean copyHugePmd(Step c, int t, Op op, int vp, String pre) {
        int parent = op.mm;
        int h = k.refFrame(c, k.pfn(c, parent, vp));
        int r = m.vpRegion[vp];
        if (cfg.forkPinned != Config.ForkPinned.COPY_MAYBE_PINNED) {
            share(c, t, op, vp, pre);
            return true;
        }
        boolean hasPinned = k.get(c, m.fHasPinned[parent]) != 0;
        boolean pinned = hasPinned && k.maybePinned(c, h);
        String check = tr(c) ? (hasPinned ? "has_pinned, " : "!has_pinned, ") + pg(h) + " _pincount "
                + k.get(c, m.fPins[h]) + (k.maybePinned(c, h) ? " maybe pinned" : " not pinned") : "";
        boolean split = cfg.anonExclusive ? pinned && k.excl(c, h) : pinned;
        if (split) {
            String w = splitPmd(c, parent, r);
            say(c, "copy_huge_pmd: " + pre + check + (cfg.anonExclusive ? ", PageAnonExclusive: page_try_dup_anon_rmap"
                    + " fails" : "") + ": " + w + "; -EAGAIN: copy_pte_range; ");
            return false;
        }
        if (cfg.anonExclusive) {
            setExclusive(c, h, false);
        }
        k.set(c, m.fPhase[t], Phase.FORK_PTE2);
        say(c, "copy_huge_pmd: " + pre + check + (cfg.anonExclusive ? ": page_try_dup_anon_rmap clears"
                + " PageAnonExclusive" : ": share"));
        return true;
    }

    /** Whether copy_huge_pmd would split now and the split's IPI flush must wait for an irqs-off gup_fast. */
    boolean copyHugePmdBlocked(Step c, Op op, int vp) {
        if (c.irqsOff(op.mm) == 0 || cfg.forkPinned != Config.ForkPinned.COPY_MAYBE_PINNED) {
            return false;
        }
        int h = k.refFrame(c, k.pfn(c, op.mm, vp));
        boolean pinned = k.get(c, m.fHasPinned[op.mm]) != 0 && k.maybePinned(c, h);
        return cfg.anonExclusive ? pinned && k.excl(c, h) : pinned;
    }

    /** copy_huge_pmd's second step: get_page, page_dup_rmap(compound), pmdp_set_wrprotect, set_pmd_at(child). */
    boolean copyHugePmdSecond(Step c, int t, Op op, int vp) {
        share(c, t, op, vp, "");
        return true;
    }

    private void share(Step c, int t, Op op, int vp, String pre) {
        int parent = op.mm;
        int child = op.childMm;
        int r = m.vpRegion[vp];
        int h = k.refFrame(c, k.pfn(c, parent, vp));
        if (cfg.anonExclusive) {
            setExclusive(c, h, false);
        }
        int before = k.count(c, h);
        k.getRef(c, h, false);
        k.set(c, m.thp.fEntire[slotOf(h)], entire(c, h) + 1);
        mapPmd(c, parent, r, h, false);
        mapPmd(c, child, r, h, false);
        for (int v : vps(r)) {
            paths.fork.copyLogical(c, parent, child, v);
        }
        say(c, "copy_huge_pmd: " + pre + "get_page, page_dup_rmap(compound) THP " + pg(h) + " count " + before + "->"
                + k.count(c, h) + "; pmdp_set_wrprotect parent; child PMD " + m.vpName(child, vp) + " ro -> THP "
                + pg(h));
        // the whole PMD is done: the cursor moves to the region's last pte
        k.set(c, m.fCur[t], k.get(c, m.fCur[t]) + vps(r).length - 1 - m.vpPage[vp]);
        paths.fork.ptDone(c, t, op);
    }

    // ================================================================== zap, mprotect, munmap of a range

    /** zap_huge_pmd: the PMD goes, page_remove_rmap(compound), put_page once (munmap, exit_mmap). */
    void zapPmd(Step c, int mm, int r, StringBuilder w) {
        int h = k.refFrame(c, k.pfn(c, mm, vps(r)[0]));
        mapPmd(c, mm, r, 0, false);
        k.set(c, m.thp.fEntire[slotOf(h)], entire(c, h) - 1);
        int before = k.count(c, h);
        k.putRef(c, h, false);
        if (w != null) {
            w.append("; zap_huge_pmd ").append(m.mmNames.get(mm)).append('.').append(m.regions.get(r).region())
                    .append(", put_page THP ").append(pg(h)).append(" count ").append(before).append("->")
                    .append(k.count(c, h));
        }
    }

    /** munmap of pages first..last of region r: split a huge PMD first (split_huge_pmd_address), zap the ptes. */
    void munmapRange(Step c, int mm, int r, int first, int last, StringBuilder w) {
        if (k.pmdHuge(c, mm, r)) {
            String s = splitPmd(c, mm, r);
            if (w != null) {
                w.append("; ").append(s);
            }
        }
        int[] v = vps(r);
        for (int i = first; i <= last; i++) {
            int p = k.pfn(c, mm, v[i]);
            if (p == 0) {
                continue;
            }
            k.setPte(c, mm, v[i], 0, false);
            k.addMapcount(c, p, -1);
            int before = k.count(c, p);
            k.putRef(c, p, false);
            if (w != null) {
                w.append("; zap ").append(m.vpName(mm, v[i])).append(", page_remove_rmap, put_page ").append(pg(p))
                        .append(" count ").append(before).append("->").append(k.count(c, p));
            }
        }
    }

    /** mprotect of pages first..last: split the VMA (per-page protection) and a huge PMD, change the ptes. */
    void mprotectRange(Step c, int mm, int r, int first, int last, boolean ro, StringBuilder w) {
        if (k.pmdHuge(c, mm, r)) {
            String s = splitPmd(c, mm, r);
            if (w != null) {
                w.append("; ").append(s);
            }
        }
        int[] v = vps(r);
        for (int i = first; i <= last; i++) {
            k.set(c, m.thp.fRoPage[mm][v[i]], ro ? 1 : 0);
            if (ro) {
                k.setPte(c, mm, v[i], k.pfn(c, mm, v[i]), false);
            }
        }
    }
}
