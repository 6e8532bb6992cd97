package org.mmrace.core.internal;

/** mm/rmap.c: try_to_unmap_one for reclaim, on the one pte that maps the page (MADV_PAGEOUT's pages have mapcount 1). */
final class Rmap extends KernelSteps {
    Rmap(Paths paths) {
        super(paths);
    }

    /**
     * Replaces the pte of (mm, vp) mapping page p by a swap entry for slot: ptep_clear_flush (the
     * caller waited for irqs-off gup_fast), swap_duplicate, set the swap pte, page_remove_rmap,
     * put_page. Returns false, leaving everything as it was, where the kernel of the strategy refuses.
     * From 2.6.16 (c475a8ab625d, "can_share_swap_page: use page_mapcount", which removed the 2.6.7
     * page_count back-off) to 5.18 a GUP-referenced or pinned page is unmapped like any other.
     * 5.19 (6c287605fd56): page_try_share_anon_rmap fails on a PageAnonExclusive page that may be
     * pinned: "restore the pte" and give up; else the exclusive flag moves to the swap pte
     * (1493a1913e34 "mm/swap: remember PG_anon_exclusive via a swp pte bit").
     */
    boolean tryToUnmapOne(Step c, int mm, int vp, int p, int slot, StringBuilder w) {
        boolean exclusive = cfg.anonExclusive && k.excl(c, p);
        if (exclusive && k.maybePinned(c, p)) {
            if (w != null) {
                w.append("; try_to_unmap_one ").append(m.vpName(mm, vp)).append(": PageAnonExclusive and")
                        .append(" page_maybe_dma_pinned (count ").append(k.count(c, p))
                        .append("): page_try_share_anon_rmap fails, restore the pte");
            }
            return false;
        }
        if (exclusive) {
            k.set(c, m.fExcl[p], 0);
        }
        paths.swapCache.duplicate(c, slot);
        k.setPte(c, mm, vp, 0, false);
        paths.swapCache.setSwapPte(c, mm, vp, slot, exclusive);
        k.set(c, m.fMapcount[p], k.mapcount(c, p) - 1);
        int before = k.count(c, p);
        k.putRef(c, p, false);
        if (w != null) {
            w.append("; try_to_unmap_one ").append(m.vpName(mm, vp)).append(": ptep_clear_flush, swap pte -> swap#")
                    .append(slot).append(exclusive ? " (exclusive)" : "").append(", page_remove_rmap, put_page ")
                    .append(pg(p)).append(" count ").append(before).append("->").append(k.count(c, p));
        }
        return true;
    }
}
