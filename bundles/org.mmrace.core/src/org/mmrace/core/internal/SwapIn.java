package org.mmrace.core.internal;

/**
 * mm/memory.c do_swap_page: the fault on a swap pte, taken on any access (load, store, GUP's
 * handle_mm_fault). One step under mmap_sem for read and the PT lock (the kernel reads the slot
 * without the PT lock and rechecks pte_same; the model does the whole fault at once, see
 * docs/semantics-notes.md, "Swap"). The access retries afterwards; a write fault that did not map
 * the page writable then takes do_wp_page.
 */
final class SwapIn extends KernelSteps {
    SwapIn(Paths paths) {
        super(paths);
    }

    /**
     * Swaps (mm, vp) in for a read or write fault; returns false while a lock it needs is held, else
     * true with the pte present (writable when a write fault could reuse the page).
     */
    boolean doSwapPage(Step c, int mm, int vp, boolean write, String pre) {
        if (c.mmapWriter(mm) || c.ptLock(mm)) {
            return false;
        }
        SwapCache sc = paths.swapCache;
        int slot = sc.slot(c, mm, vp);
        int p = sc.lookup(c, slot);
        boolean cached = p != 0;
        if (cached && c.pageLocked(p)) {
            return false; // lock_page sleeps
        }
        if (!cached) {
            p = sc.readIn(c, slot); // swapin_readahead -> read_swap_cache_async
            k.set(c, m.fExcl[p], 0);
        }
        // 5.19 (1493a1913e34): "Check under PT lock ... for certainly exclusive pages"
        boolean swpExclusive = cfg.anonExclusive && sc.swpExclusive(c, mm, vp);
        int mapcount = k.mapcount(c, p);
        int swapcount = sc.count(c, slot);
        k.setPte(c, mm, vp, p, false);
        sc.setSwapPte(c, mm, vp, 0, false);
        k.getRef(c, p, false); // the lookup's reference becomes the mapping's
        k.set(c, m.fMapcount[p], mapcount + 1);
        sc.free(c, slot); // swap_free; a slot no swap pte names leaves the swap cache (try_to_free_swap)
        boolean reuse;
        String why;
        if (cfg.anonExclusive || cfg.swapReuseCount) {
            // 5.18 c145e0b47c77 "mm: streamline COW logic in do_swap_page()": after freeing the swap
            // cache if possible, reuse only if page_count == 1 (the model's count stands for the
            // lookup reference the kernel holds then); 5.19 also trusts the swap pte's exclusive bit
            boolean exclusive = !k.ksm(c, p) && (swpExclusive || k.count(c, p) == 1);
            if (cfg.anonExclusive && exclusive) {
                k.set(c, m.fExcl[p], 1); // RMAP_EXCLUSIVE, on read faults too
            }
            reuse = write && exclusive;
            why = k.ksm(c, p) ? "KSM page" : swpExclusive ? "pte_swp_exclusive"
                    : "page_count " + k.count(c, p) + (exclusive ? " == 1" : " != 1");
        } else {
            // can_share_swap_page (c475a8ab625d) / reuse_swap_page (2.6.29 to 5.17): page_mapcount +
            // page_swapcount == 1, before page_add_anon_rmap and swap_free; blind to GUP references
            reuse = write && !k.ksm(c, p) && mapcount + swapcount == 1;
            why = "mapcount " + mapcount + " + swapcount " + swapcount + (mapcount + swapcount == 1 ? " == 1" : " != 1");
        }
        if (reuse) {
            k.setPte(c, mm, vp, p, true);
        }
        if (tr(c)) {
            say(c, pre + "do_swap_page " + m.vpName(mm, vp) + ": swap#" + slot + (cached
                    ? " found in the swap cache: " + pg(p) : " read into " + pg(p)) + (swpExclusive ? " (exclusive)" : "")
                    + "; swap_free" + (sc.slotOf(c, p) == 0 ? ", the page leaves the swap cache" : "") + "; "
                    + (write ? why + (reuse ? ": map writable" : ": map read-only, do_wp_page follows") : "map read-only"
                            + (cfg.anonExclusive && k.excl(c, p) ? ", exclusive" : ""))
                    + "; " + pg(p) + " count " + k.count(c, p) + " mapcount " + k.mapcount(c, p));
        }
        return true;
    }
}
