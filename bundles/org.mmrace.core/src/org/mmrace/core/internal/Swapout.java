package org.mmrace.core.internal;

/**
 * mm/vmscan.c's shrink_page_list for the pages of one region, as madvise(MADV_PAGEOUT) hands them to
 * reclaim_pages (1a4e58cce84e, 5.4; for older strategies the same reclaim done by kswapd): per page
 * add_to_swap, try_to_unmap ({@link Rmap}), pageout (the slot gets the content), __remove_mapping
 * (the page is freed only when the swap cache holds its last reference). One step for the region,
 * under mmap_sem for read, waiting for irqs-off gup_fast of the mm (ptep_clear_flush's IPI).
 */
final class Swapout extends KernelSteps {
    Swapout(Paths paths) {
        super(paths);
    }

    boolean pageout(Step c, int t, Op op) {
        int mm = op.mm;
        if (c.mmapWriter(mm) || c.ptLock(mm) || c.irqsOff(mm) > 0) {
            return false;
        }
        StringBuilder w = tr(c) ? new StringBuilder("madvise(MADV_PAGEOUT): down_read(mmap_sem)") : null;
        if (k.vmaPresent(c, mm, op.region)) {
            if (m.thp != null) {
                paths.huge.splitForReclaim(c, mm, op.region, w); // a THP is split before swapout (mm/huge_memory.c)
            }
            for (int vp : m.vpsOfRegion(op.region)) {
                reclaim(c, mm, vp, w);
            }
        } else if (w != null) {
            w.append("; no such vma");
        }
        if (w != null) {
            say(c, w + "; up_read(mmap_sem)");
        }
        k.endOp(c, t);
        return true;
    }

    private void reclaim(Step c, int mm, int vp, StringBuilder w) {
        int p = k.pfn(c, mm, vp);
        if (p == 0) {
            return; // pte none or already a swap entry
        }
        if (k.head(c, p) != 0) {
            return; // a large folio that could not be split stays (HugeMemory.splitForReclaim said why)
        }
        if (k.mapcount(c, p) != 1 || k.ksm(c, p)) {
            // madvise_cold_or_pageout_pte_range: "Do not interfere with other mappings of this page";
            // KSM pages are never mapped once (modelling: not reclaimed)
            if (w != null) {
                w.append("; ").append(m.vpName(mm, vp)).append(": ").append(pg(p))
                        .append(k.ksm(c, p) ? " is KSM: skipped" : " mapcount " + k.mapcount(c, p) + " != 1: skipped");
            }
            return;
        }
        if (c.pageLocked(p)) {
            if (w != null) {
                w.append("; ").append(m.vpName(mm, vp)).append(": trylock_page ").append(pg(p)).append(" fails: skipped");
            }
            return;
        }
        SwapCache sc = paths.swapCache;
        int slot = sc.slotOf(c, p);
        boolean added = slot == 0;
        if (added) {
            slot = sc.addToSwap(c, p);
            if (w != null) {
                w.append("; add_to_swap ").append(pg(p)).append(" -> swap#").append(slot);
            }
        }
        if (!paths.rmap.tryToUnmapOne(c, mm, vp, p, slot, w)) {
            if (added) {
                // modelling: a slot no pte names leaves the swap cache at once
                sc.delete(c, p);
            }
            return;
        }
        sc.writeSlot(c, p, slot);
        int cnt = k.count(c, p);
        if (cnt == 1) {
            sc.delete(c, p);
            if (w != null) {
                w.append("; pageout; __remove_mapping: only the swap cache holds ").append(pg(p)).append(": freed");
            }
        } else if (w != null) {
            w.append("; pageout; __remove_mapping: page_ref_freeze fails (count ").append(cnt).append("): ")
                    .append(pg(p)).append(" stays in the swap cache");
        }
    }
}
