package org.mmrace.core.internal;

/**
 * The swap cache and the swap map as the swap paths use them (mm/swap_state.c, with the swap count of
 * mm/swapfile.c): a slot's swap count is the number of swap ptes naming it; a page in the swap cache
 * holds one reference and names its slot. Modelling choice (docs/semantics-notes.md, "Swap"): a slot
 * whose swap count drops to 0 leaves the swap cache at once (try_to_free_swap), so a page in the swap
 * cache always has a swap pte naming its slot.
 */
final class SwapCache extends KernelSteps {
    SwapCache(Paths paths) {
        super(paths);
    }

    /** The slot a pte names, 0 when it is not a swap entry. */
    int slot(Step c, int mm, int vp) {
        return k.get(c, m.fPteSwap[mm][vp]);
    }

    boolean swpExclusive(Step c, int mm, int vp) {
        return k.get(c, m.fPteSwpExcl[mm][vp]) != 0;
    }

    /** Makes the pte a swap entry for slot (0: clears it), with the 5.19 exclusive bit. */
    void setSwapPte(Step c, int mm, int vp, int slot, boolean exclusive) {
        k.set(c, m.fPteSwap[mm][vp], slot);
        k.set(c, m.fPteSwpExcl[mm][vp], slot != 0 && exclusive ? 1 : 0);
    }

    int count(Step c, int slot) {
        return k.get(c, m.fSlotCount[slot]);
    }

    /** The slot of page p's swap cache entry, 0 when p is not in the swap cache (PageSwapCache). */
    int slotOf(Step c, int p) {
        return k.get(c, m.fPageSlot[p]);
    }

    /** lookup_swap_cache: the page in the swap cache for slot, 0 if none. */
    int lookup(Step c, int slot) {
        for (int p = 1; p <= m.maxPages; p++) {
            if (k.get(c, m.fPageSlot[p]) == slot) {
                return p;
            }
        }
        return 0;
    }

    /** add_to_swap: get_swap_page (the lowest free slot) and add p to the swap cache (+1 reference). */
    int addToSwap(Step c, int p) {
        for (int sl = 1; sl <= m.maxSlots; sl++) {
            if (count(c, sl) == 0 && lookup(c, sl) == 0) {
                k.set(c, m.fPageSlot[p], sl);
                k.getRef(c, p, false);
                return sl;
            }
        }
        throw new ModelLimitException("out of swap slots (" + m.maxSlots + "): the scenario swaps out more pages"
                + " than the engine's bound");
    }

    /** pageout / swap_writepage: the slot gets the page's content. */
    void writeSlot(Step c, int p, int slot) {
        for (int i = 0; i < m.trackedSectors.length; i++) {
            k.set(c, m.fSlotContent[slot][i], k.get(c, m.fContent[p][i]));
        }
    }

    /** read_swap_cache_async: a new page with the slot's content, in the swap cache (count 1). */
    int readIn(Step c, int slot) {
        int q = k.allocPage(c);
        for (int i = 0; i < m.trackedSectors.length; i++) {
            k.set(c, m.fContent[q][i], k.get(c, m.fSlotContent[slot][i]));
        }
        k.set(c, m.fPageSlot[q], slot);
        return q;
    }

    /** delete_from_swap_cache: p leaves the swap cache, dropping the cache's reference. */
    void delete(Step c, int p) {
        k.set(c, m.fPageSlot[p], 0);
        k.putRef(c, p, false);
    }

    /** swap_duplicate: one more swap pte names slot (fork's copy of a swap pte, try_to_unmap). */
    void duplicate(Step c, int slot) {
        k.set(c, m.fSlotCount[slot], count(c, slot) + 1);
    }

    /**
     * swap_free / free_swap_and_cache: one swap pte less names slot; at 0 the page leaves the swap
     * cache (the modelling choice above) and the slot's content is forgotten.
     */
    void free(Step c, int slot) {
        int n = count(c, slot) - 1;
        k.set(c, m.fSlotCount[slot], n);
        if (n == 0) {
            int p = lookup(c, slot);
            if (p != 0) {
                delete(c, p);
            }
            for (int f : m.fSlotContent[slot]) {
                k.set(c, f, 0);
            }
        }
    }

    /** What sector s of region r holds for a swap pte naming slot: the swap cache page, else the slot. */
    int content(Step c, int slot, int r, int s) {
        int p = lookup(c, slot);
        if (p != 0) {
            return k.content(c, p, r, s);
        }
        int i = m.slotOfSector[s];
        return i < 0 ? m.fillSym(r, s) : k.get(c, m.fSlotContent[slot][i]);
    }
}
