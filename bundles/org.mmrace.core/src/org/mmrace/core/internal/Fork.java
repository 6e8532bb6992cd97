package org.mmrace.core.internal;

/**
 * fork(): dup_mmap under mmap_sem held for write, copy_one_pte per pte under the PT lock (what it
 * does with a page that may be under GUP is the {@code fork.pinned} knob), flush_tlb_mm, up_write.
 */
final class Fork extends KernelSteps {
    Fork(Paths paths) {
        super(paths);
    }

    int cursorVp(Step c, int t, Op op) {
        return m.vpsOf(op.mm)[k.get(c, m.fCur[t])];
    }

    boolean step(Step c, int t, Op op, int ph) {
        return switch (ph) {
            case Phase.START -> begin(c, t, op);
            case Phase.FORK_PTE -> pteFirst(c, t, op);
            case Phase.FORK_PTE2 -> pteSecond(c, t, op);
            case Phase.FORK_FLUSH -> flush(c, t, op);
            default -> false;
        };
    }

    private boolean copied(Step c, int parent, int vp) {
        int r = m.vpRegion[vp];
        return k.vmaPresent(c, parent, r) && k.get(c, m.fVmaDontcopy[parent][r]) == 0
                && (k.pfn(c, parent, vp) != 0 || paths.memory.swapped(c, parent, vp));
    }

    private boolean begin(Step c, int t, Op op) {
        int parent = op.mm;
        int child = op.childMm;
        if (!k.mmapFree(c, parent)) {
            return false;
        }
        for (int r = 0; r < m.regions.size(); r++) {
            if (m.regionRoot[r] != m.mmRoot[parent]) {
                continue;
            }
            boolean copy = k.vmaPresent(c, parent, r) && k.get(c, m.fVmaDontcopy[parent][r]) == 0;
            k.set(c, m.fVmaPresent[child][r], copy ? 1 : 0);
            k.set(c, m.fVmaWrite[child][r], copy && k.vmaWrite(c, parent, r) ? 1 : 0);
            k.set(c, m.fVmaMergeable[child][r], copy ? k.get(c, m.fVmaMergeable[parent][r]) : 0);
            if (m.thp != null && copy) {
                // vm_flags (VM_HUGEPAGE/VM_NOHUGEPAGE) and the split VMAs' protections go to the child
                ThpLayout th = m.thp;
                if (th.fVmaHuge[parent][r] >= 0) {
                    k.set(c, th.fVmaHuge[child][r], k.get(c, th.fVmaHuge[parent][r]));
                }
                for (int vp : m.vpsOfRegion(r)) {
                    if (th.fRoPage[parent][vp] >= 0) {
                        k.set(c, th.fRoPage[child][vp], k.get(c, th.fRoPage[parent][vp]));
                    }
                }
            }
        }
        if (tr(c)) {
            say(c, "dup_mmap: down_write(mmap_sem of " + m.mmNames.get(parent) + "); mm " + m.mmNames.get(child)
                    + " created, vmas copied (VM_DONTCOPY ones skipped)");
        }
        advance(c, t, op, 0);
        return true;
    }

    /** Moves the cursor to the next pte to copy at or after {@code from}, or on to the final flush. */
    private void advance(Step c, int t, Op op, int from) {
        int[] vps = m.vpsOf(op.mm);
        for (int i = from; i < vps.length; i++) {
            if (copied(c, op.mm, vps[i])) {
                k.set(c, m.fCur[t], i);
                k.set(c, m.fPhase[t], Phase.FORK_PTE);
                return;
            }
        }
        k.set(c, m.fCur[t], 0);
        k.set(c, m.fPhase[t], Phase.FORK_FLUSH);
    }

    /** The pte at the cursor is done (possibly after the child's forced fault). */
    void ptDone(Step c, int t, Op op) {
        int i = k.get(c, m.fCur[t]);
        int vp = m.vpsOf(op.mm)[i];
        int r = m.vpRegion[vp];
        if (cfg.guard == Config.Guard.SEQCOUNT && !m.vmaShared(r) && m.vpPage[vp] == m.regions.get(r).pages() - 1
                && m.fSeq[op.mm] >= 0) {
            // 57efa1fe5957: raw_write_seqcount_end after the COW vma is copied
            k.set(c, m.fSeq[op.mm], (k.get(c, m.fSeq[op.mm]) + 1) & 7);
        }
        k.set(c, m.fFlags[t], 0);
        k.set(c, m.fPa[t], 0);
        k.set(c, m.fPb[t], 0);
        advance(c, t, op, i + 1);
    }

    void copyLogical(Step c, int parent, int child, int vp) {
        for (int kk = 0; kk < m.trackedSectors.length; kk++) {
            k.set(c, m.fLogical[child][vp][kk], k.get(c, m.fLogical[parent][vp][kk]));
        }
        k.set(c, m.fLost[child][vp], 0);
    }

    private String name(int mm, int vp) {
        return m.vpName(mm, vp);
    }

    /** Write-protect the parent (optionally), share the page read-only with the child: get_page, page_dup_rmap. */
    private String share(Step c, int parent, int child, int vp, int p, boolean wrprotect, boolean counts) {
        if (wrprotect) {
            k.setPte(c, parent, vp, p, false);
        }
        if (cfg.anonExclusive) {
            k.set(c, m.fExcl[p], 0);
        }
        k.setPte(c, child, vp, p, false);
        int before = k.count(c, p);
        int mcBefore = k.mapcount(c, p);
        if (counts) {
            k.getRef(c, p, false);
            k.addMapcount(c, p, 1);
        }
        copyLogical(c, parent, child, vp);
        if (!tr(c)) {
            return "";
        }
        return (wrprotect ? "wrprotect parent pte " + name(parent, vp) + "; " : "") + "child pte " + name(child, vp)
                + " ro -> " + pg(p) + (counts ? "; " + pg(p) + " count " + before + "->" + k.count(c, p)
                        + " mapcount " + mcBefore + "->" + k.mapcount(c, p) : "");
    }

    /** The child gets its own copy of page p (copy_present_page); the parent pte is not touched. */
    private String copyForChild(Step c, int parent, int child, int vp, int p) {
        int q = k.allocPage(c);
        k.copyContent(c, p, q);
        k.set(c, m.fMapcount[q], 1);
        k.setPte(c, child, vp, q, k.vmaWriteAt(c, child, vp));
        copyLogical(c, parent, child, vp);
        return tr(c) ? "copy " + pg(p) + " for the child into " + pg(q) + ", child pte "
                + name(child, vp) + " -> " + pg(q) : "";
    }

    private boolean pteFirst(Step c, int t, Op op) {
        int parent = op.mm;
        int child = op.childMm;
        int vp = cursorVp(c, t, op);
        int r = m.vpRegion[vp];
        int p = k.pfn(c, parent, vp);
        if (c.ptLock(parent)) {
            return false;
        }
        String w;
        if (m.vmaShared(r)) {
            boolean pw = k.pteWrite(c, parent, vp);
            int before = k.count(c, p);
            k.setPte(c, child, vp, p, pw);
            k.getRef(c, p, false);
            k.addMapcount(c, p, 1);
            copyLogical(c, parent, child, vp);
            if (tr(c)) {
                say(c, "copy_one_pte: shared mapping: child pte " + name(child, vp) + " -> " + pg(p)
                        + "; count " + before + "->" + k.count(c, p));
            }
            ptDone(c, t, op);
            return true;
        }
        if (cfg.forkWaitLocked && c.pageLocked(p)) {
            return false; // dio-pagelock RFC: fork sleeps on the locked page
        }
        boolean brlock = cfg.guard == Config.Guard.BRLOCK;
        if (brlock && c.brReaders() > 0) {
            return false; // br_write_lock waits for every gup_fast's br_read_lock
        }
        String pre = brlock ? "br_write_lock; " : "";
        boolean huge = k.pmdHuge(c, parent, r);
        if (huge && paths.huge.copyHugePmdBlocked(c, op, vp)) {
            return false; // the split's pmdp_invalidate flush is an IPI: it waits for gup_fast
        }
        if (cfg.guard == Config.Guard.SEQCOUNT && m.vpPage[vp] == 0 && m.fSeq[parent] >= 0) {
            k.set(c, m.fSeq[parent], (k.get(c, m.fSeq[parent]) + 1) & 7);
            pre = "raw_write_seqcount_begin(write_protect_seq); ";
        }
        if (huge && paths.huge.copyHugePmd(c, t, op, vp, pre)) {
            return true; // copy_huge_pmd (mm/huge_memory.c); false: the PMD was split, copy the ptes
        }
        if (p == 0 && paths.memory.swapped(c, parent, vp)) {
            copySwapPte(c, t, op, parent, child, vp, pre);
            return true;
        }
        switch (cfg.forkPinned) {
            case SHARE -> {
                w = share(c, parent, child, vp, p, true, true);
                if (tr(c)) {
                    say(c, "copy_one_pte: " + pre + w);
                }
                ptDone(c, t, op);
            }
            case FORCE_COW -> {
                w = share(c, parent, child, vp, p, true, true);
                if (tr(c)) {
                    say(c, "copy_one_pte: " + pre + w);
                }
                k.set(c, m.fPhase[t], Phase.FORK_PTE2);
            }
            case FORCE_COW_KEEP_RW -> {
                int before = k.count(c, p);
                k.getRef(c, p, false);
                k.addMapcount(c, p, 1);
                if (tr(c)) {
                    say(c, "copy_one_pte: " + pre + "get_page, page_dup_rmap " + pg(p) + " count " + before + "->"
                            + k.count(c, p));
                }
                k.set(c, m.fPhase[t], Phase.FORK_PTE2);
            }
            case COPY -> {
                boolean copy = k.count(c, p) != k.mapcount(c, p);
                String check = tr(c) ? "count " + k.count(c, p) + (copy ? " != " : " == ") + "mapcount "
                        + k.mapcount(c, p) : "";
                if (brlock) {
                    // the check and the pte change are one section under br_write_lock
                    w = copy ? copyForChild(c, parent, child, vp, p) : share(c, parent, child, vp, p, true, true);
                    if (tr(c)) {
                        say(c, "copy_one_pte: " + pre + check + ": " + w + "; br_write_unlock");
                    }
                    ptDone(c, t, op);
                } else {
                    k.set(c, m.fFlags[t], copy ? Machine.F_COPY : 0);
                    if (tr(c)) {
                        say(c, "copy_one_pte: " + pre + check + (copy ? ": the child will get a copy" : ": share"));
                    }
                    k.set(c, m.fPhase[t], Phase.FORK_PTE2);
                }
            }
            case COPY_PG_GUP -> {
                k.setPte(c, parent, vp, p, false);
                if (tr(c)) {
                    say(c, "copy_one_pte: " + pre + "wrprotect parent pte " + name(parent, vp) + " first");
                }
                k.set(c, m.fPhase[t], Phase.FORK_PTE2);
            }
            case COPY_DONTCOW -> {
                boolean dc = k.get(c, m.fDontcow[p]) != 0;
                w = dc ? copyForChild(c, parent, child, vp, p) : share(c, parent, child, vp, p, true, true);
                if (tr(c)) {
                    say(c, "copy_one_pte: " + pre + (dc ? "PageDontCOW: " : "") + w);
                }
                ptDone(c, t, op);
            }
            case COPY_MAYBE_PINNED -> {
                boolean hasPinned = k.get(c, m.fHasPinned[parent]) != 0;
                boolean pinned = hasPinned && k.maybePinned(c, p);
                String check = tr(c) ? (hasPinned ? "has_pinned, " : "!has_pinned, ") + "count " + k.count(c, p)
                        + (k.maybePinned(c, p) ? " maybe pinned" : " not pinned") : "";
                if (cfg.anonExclusive) {
                    // page_try_dup_anon_rmap: an exclusive maybe-pinned page is copied, else exclusive is cleared
                    if (k.excl(c, p) && pinned) {
                        k.set(c, m.fFlags[t], Machine.F_COPY);
                        if (tr(c)) {
                            say(c, "copy_present_pte: " + pre + check + ", PageAnonExclusive: the child will get a copy");
                        }
                    } else {
                        int before = k.count(c, p);
                        k.set(c, m.fExcl[p], 0);
                        k.getRef(c, p, false);
                        k.addMapcount(c, p, 1);
                        if (tr(c)) {
                            say(c, "copy_present_pte: " + pre + check + ": get_page, page_try_dup_anon_rmap clears"
                                    + " PageAnonExclusive; " + pg(p) + " count " + before + "->" + k.count(c, p));
                        }
                    }
                } else {
                    k.set(c, m.fFlags[t], pinned ? Machine.F_COPY : 0);
                    if (tr(c)) {
                        say(c, "copy_present_pte: " + pre + check + (pinned ? ": the child will get a copy" : ": share"));
                    }
                }
                k.set(c, m.fPhase[t], Phase.FORK_PTE2);
            }
        }
        return true;
    }

    /**
     * copy_one_pte / copy_nonpresent_pte on a swap entry: swap_duplicate (+1 swap count) and the child
     * gets the same swap pte; 5.19 clears the exclusive bit in the parent's pte too ("Mark the swap
     * entry as shared", 1493a1913e34). No page is touched, so no fork.pinned rule applies.
     */
    private void copySwapPte(Step c, int t, Op op, int parent, int child, int vp, String pre) {
        SwapCache sc = paths.swapCache;
        int slot = sc.slot(c, parent, vp);
        boolean wasExclusive = sc.swpExclusive(c, parent, vp);
        sc.duplicate(c, slot);
        sc.setSwapPte(c, parent, vp, slot, false);
        sc.setSwapPte(c, child, vp, slot, false);
        copyLogical(c, parent, child, vp);
        if (tr(c)) {
            say(c, "copy_nonpresent_pte: " + pre + "swap pte " + name(parent, vp) + " -> swap#" + slot
                    + ": swap_duplicate, swap count " + (sc.count(c, slot) - 1) + "->" + sc.count(c, slot)
                    + (wasExclusive ? ", clear the exclusive bit" : "") + "; child pte " + name(child, vp)
                    + " -> swap#" + slot);
        }
        ptDone(c, t, op);
    }

    private boolean pteSecond(Step c, int t, Op op) {
        int parent = op.mm;
        int child = op.childMm;
        int vp = cursorVp(c, t, op);
        if (k.pmdHuge(c, parent, m.vpRegion[vp])) {
            return paths.huge.copyHugePmdSecond(c, t, op, vp);
        }
        int p = k.pfn(c, parent, vp);
        boolean copy = (k.get(c, m.fFlags[t]) & Machine.F_COPY) != 0;
        String w;
        switch (cfg.forkPinned) {
            case FORCE_COW -> {
                if (k.count(c, p) != k.mapcount(c, p)) {
                    if (tr(c)) {
                        say(c, "copy_one_pte: count " + k.count(c, p) + " != mapcount " + k.mapcount(c, p)
                                + ": stop the copy loop, drop the PT locks, handle_mm_fault(write) on the child at "
                                + name(child, vp) + ": ");
                    }
                    paths.memory.wpBegin(c, t, child, vp, false);
                    return true;
                }
                if (tr(c)) {
                    say(c, "copy_one_pte: count == mapcount: nothing forced");
                }
                ptDone(c, t, op);
            }
            case FORCE_COW_KEEP_RW -> {
                if (k.count(c, p) != k.mapcount(c, p)) {
                    k.setPte(c, child, vp, p, false);
                    copyLogical(c, parent, child, vp);
                    if (tr(c)) {
                        say(c, "copy_one_pte: count " + k.count(c, p) + " != mapcount " + k.mapcount(c, p)
                                + ": parent pte stays writable; child pte " + name(child, vp) + " ro -> " + pg(p)
                                + "; handle_mm_fault(write) on the child: ");
                    }
                    paths.memory.wpBegin(c, t, child, vp, false);
                    return true;
                }
                w = share(c, parent, child, vp, p, true, false);
                if (tr(c)) {
                    say(c, "copy_one_pte: count == mapcount: " + w);
                }
                ptDone(c, t, op);
            }
            case COPY -> {
                w = copy ? copyForChild(c, parent, child, vp, p) : share(c, parent, child, vp, p, true, true);
                if (tr(c)) {
                    say(c, "copy_one_pte: " + w);
                }
                ptDone(c, t, op);
            }
            case COPY_PG_GUP -> {
                boolean gup = k.get(c, m.fPgGup[p]) != 0;
                boolean doCopy = gup && (c.pageLocked(p) || k.count(c, p) != k.mapcount(c, p));
                if (doCopy) {
                    w = copyForChild(c, parent, child, vp, p);
                    k.setPte(c, parent, vp, p, k.vmaWrite(c, parent, m.vpRegion[vp]));
                    if (tr(c)) {
                        say(c, "copy_one_pte: PageGUP and count " + k.count(c, p) + " != mapcount " + k.mapcount(c, p)
                                + ": " + w + "; parent pte writable again");
                    }
                } else {
                    w = share(c, parent, child, vp, p, false, true);
                    if (tr(c)) {
                        say(c, "copy_one_pte: " + (gup ? "PageGUP but count == mapcount: " : "no PageGUP: ") + w);
                    }
                }
                ptDone(c, t, op);
            }
            case COPY_MAYBE_PINNED -> {
                if (copy) {
                    w = copyForChild(c, parent, child, vp, p);
                } else {
                    w = share(c, parent, child, vp, p, true, !cfg.anonExclusive);
                }
                if (tr(c)) {
                    say(c, "copy_present_pte: " + w);
                }
                ptDone(c, t, op);
            }
            default -> throw new IllegalStateException("no second pte step for " + cfg.forkPinned);
        }
        return true;
    }

    private boolean flush(Step c, int t, Op op) {
        int parent = op.mm;
        if (c.irqsOff(parent) > 0) {
            return false; // the TLB-flush IPI cannot complete while gup_fast has irqs off
        }
        k.set(c, m.fMmState[op.childMm], Model.MM_ALIVE);
        if (tr(c)) {
            say(c, "flush_tlb_mm(" + m.mmNames.get(parent) + ") (IPI); up_write(mmap_sem); " + m.mmNames.get(op.childMm)
                    + " runs");
        }
        k.endOp(c, t);
        return true;
    }
}
