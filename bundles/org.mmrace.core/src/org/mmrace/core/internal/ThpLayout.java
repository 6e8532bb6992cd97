package org.mmrace.core.internal;

import java.util.Arrays;

import org.mmrace.core.spec.MappingSpec;
import org.mmrace.core.spec.Prot;
import org.mmrace.core.spec.Sharing;
import org.mmrace.core.spec.ThpMode;

/**
 * The static part of the large-folio model, built only when the scenario has a `thp=` region or a
 * `collapse` (order-0 scenarios keep their state size: {@link Model#thp} is null and none of these fields
 * exist).
 *
 * <p>A large folio lives in a <em>slot</em>: a fixed run of page frames (head first). Each `thp=` region
 * has the slot of its initial folio (the frames its pages start in); a pool of further slots takes the
 * whole-THP copies of do_huge_pmd_wp_page (thp.cow=copy-huge) and the folios khugepaged allocates.
 * Order-0 allocation ({@link Machine#allocPage}) never uses a slot frame, so a slot is free exactly when
 * all its frames are. A model THP has 4 or 8 subpages standing in for HPAGE_PMD_NR (512); no rule depends
 * on the number.
 *
 * <p>Per slot the state has: large (the slot currently holds one large folio; after split_huge_page its
 * frames are order-0 pages) and the entire mapcount (PMD mappings). The folio's refcount and _pincount are
 * the head frame's count and pins fields; tail frames keep only their own mapcount (pte mappings), content
 * and PageAnonExclusive. Per mm and THP-capable region: whether the PMD is a present huge PMD (else it
 * points to a page table whose ptes are the region's pte fields). While it is huge the pte fields mirror
 * it (subpage pfns, the PMD's write bit), so loads, stores and gup_fast read the PMD through them.
 */
final class ThpLayout {
    final ThpMode[] regionThp;
    /** the region can hold a huge PMD: thp= or the target of a collapse */
    final boolean[] hugeCapable;
    /** initial slot of each region (-1: none) */
    final int[] regionSlot;
    final int slots;
    final int[] slotHead;
    final int[] slotPages;
    /** pfn -> slot (-1: an order-0 frame) */
    final int[] folioOf;
    /** frames the pool adds to Model.maxPages */
    final int poolFrames;
    final boolean anyHugeMadvise;
    final boolean anyPartial;

    int[] fLarge;
    int[] fEntire;
    int[][] fPmd;
    int[][] fVmaHuge;
    int[][] fRoPage;

    /** VM_HUGEPAGE / VM_NOHUGEPAGE values of fVmaHuge */
    static final int VM_HUGEPAGE = 1;
    static final int VM_NOHUGEPAGE = 2;

    private ThpLayout(ThpMode[] regionThp, boolean[] hugeCapable, int[] regionSlot, int[] slotHead, int[] slotPages,
            int[] folioOf, int poolFrames, boolean anyHugeMadvise, boolean anyPartial) {
        this.regionThp = regionThp;
        this.hugeCapable = hugeCapable;
        this.regionSlot = regionSlot;
        this.slots = slotHead.length;
        this.slotHead = slotHead;
        this.slotPages = slotPages;
        this.folioOf = folioOf;
        this.poolFrames = poolFrames;
        this.anyHugeMadvise = anyHugeMadvise;
        this.anyPartial = anyPartial;
    }

    /**
     * The slots of a scenario, or null without THP. {@code firstPfn[r]} is the first frame region r starts in
     * (as {@link Model#initialState} hands them out), {@code baseFrames} the order-0 bound, {@code copies} the
     * number of pool slots needed.
     */
    static ThpLayout of(java.util.List<MappingSpec> regions, boolean[] collapsed, int[] firstPfn, int baseFrames,
            int copies, boolean anyHugeMadvise, boolean anyPartial) {
        int n = regions.size();
        ThpMode[] thp = new ThpMode[n];
        boolean[] capable = new boolean[n];
        boolean any = false;
        int maxPages = 0;
        int initial = 0;
        for (int r = 0; r < n; r++) {
            thp[r] = regions.get(r).thp();
            capable[r] = thp[r] != ThpMode.NONE || collapsed[r];
            any |= capable[r];
            if (capable[r]) {
                maxPages = Math.max(maxPages, regions.get(r).pages());
            }
            if (thp[r] != ThpMode.NONE) {
                initial++;
            }
        }
        if (!any) {
            return null;
        }
        int[] regionSlot = new int[n];
        Arrays.fill(regionSlot, -1);
        int total = initial + copies;
        int[] head = new int[total];
        int[] pages = new int[total];
        int frames = baseFrames + copies * maxPages;
        int[] folioOf = new int[frames + 1];
        Arrays.fill(folioOf, -1);
        int s = 0;
        for (int r = 0; r < n; r++) {
            if (thp[r] != ThpMode.NONE) {
                regionSlot[r] = s;
                head[s] = firstPfn[r];
                pages[s] = regions.get(r).pages();
                s++;
            }
        }
        int next = baseFrames + 1;
        for (; s < total; s++) {
            head[s] = next;
            pages[s] = maxPages;
            next += maxPages;
        }
        for (int i = 0; i < total; i++) {
            for (int k = 0; k < pages[i]; k++) {
                folioOf[head[i] + k] = i;
            }
        }
        return new ThpLayout(thp, capable, regionSlot, head, pages, folioOf, copies * maxPages, anyHugeMadvise,
                anyPartial);
    }

    /** Adds the THP fields to the layout (after Model's own). */
    void addFields(Model m) {
        Layout layout = m.layout;
        int nMm = m.mmNames.size();
        fLarge = new int[slots];
        fEntire = new int[slots];
        for (int i = 0; i < slots; i++) {
            fLarge[i] = layout.add("folio" + i + ".large", 1);
            fEntire[i] = layout.add("folio" + i + ".entire_mapcount", nMm);
        }
        int nReg = m.regions.size();
        fPmd = new int[nMm][nReg];
        fVmaHuge = new int[nMm][nReg];
        fRoPage = new int[nMm][m.vpRegion.length];
        for (int[] a : fPmd) {
            Arrays.fill(a, -1);
        }
        for (int[] a : fVmaHuge) {
            Arrays.fill(a, -1);
        }
        for (int[] a : fRoPage) {
            Arrays.fill(a, -1);
        }
        for (int mm = 0; mm < nMm; mm++) {
            for (int r = 0; r < nReg; r++) {
                if (m.regionRoot[r] != m.mmRoot[mm]) {
                    continue;
                }
                String rn = m.mmNames.get(mm) + "." + m.regions.get(r).region();
                if (hugeCapable[r]) {
                    fPmd[mm][r] = layout.add(rn + ".pmd_huge", 1);
                }
                if (anyHugeMadvise) {
                    fVmaHuge[mm][r] = layout.add(rn + ".vm_hugepage", 2);
                }
                if (anyPartial) {
                    for (int vp : m.vpsOfRegion(r)) {
                        fRoPage[mm][vp] = layout.add(m.vpName(mm, vp) + ".vma_ro", 1);
                    }
                }
            }
        }
    }

    /**
     * Sets up region r of declared process mm as cow.c prepares its THP backings (docs/format.md): pmd:
     * one PMD mapping (refcount 1, entire mapcount 1); pte: every subpage PTE-mapped (refcount N, one
     * mapcount per subpage), subpage 1's pte read-only (cow.c's mprotect of it and back); single-pte: only
     * subpage 0 still mapped (MADV_DONTNEED of the rest; the folio stays large, refcount 1);
     * partial-shared: PTE-mapped, subpage 0 was shared with a child that has exited (its pte is read-only
     * and, from 5.19, it is no longer PageAnonExclusive). Under thp.split=folio
     * (before 4.5) a THP could not be PTE-mapped: the pte backings are order-0 pages (split_huge_page).
     */
    void initRegion(Model m, long[] s, int mm, int r) {
        ThpMode mode = regionThp[r];
        Layout L = m.layout;
        MappingSpec ms = m.regions.get(r);
        boolean rw = ms.prot() == Prot.RW;
        boolean excl = m.cfg.anonExclusive && ms.sharing() == Sharing.PRIVATE;
        L.set(s, fVmaHuge[mm][r], VM_HUGEPAGE); // cow.c madvise(MADV_HUGEPAGE)s its THP areas
        if (mode == ThpMode.NONE) {
            return;
        }
        int slot = regionSlot[r];
        int head = slotHead[slot];
        int[] vps = m.vpsOfRegion(r);
        boolean large = mode == ThpMode.PMD || m.cfg.thpSplitPmd;
        L.set(s, fLarge[slot], large ? 1 : 0);
        int mapped = 0;
        for (int i = 0; i < vps.length; i++) {
            int pfn = head + i;
            boolean present = mode != ThpMode.SINGLE_PTE || i == 0;
            L.set(s, m.fExcl[pfn], excl && !(mode == ThpMode.PARTIAL_SHARED && i == 0) ? 1 : 0);
            L.set(s, m.fPtePfn[mm][vps[i]], present ? pfn : 0);
            // cow.c leaves one pte read-only: thp=pte mprotects subpage 1 R/O and back (the pte stays
            // write-protected, docs/semantics.md mprotect); thp=partial-shared's fork write-protected subpage 0
            boolean wprotected = mode == ThpMode.PTE && i == 1 || mode == ThpMode.PARTIAL_SHARED && i == 0;
            L.set(s, m.fPteWrite[mm][vps[i]], present && rw && !wprotected ? 1 : 0);
            if (mode == ThpMode.PMD) {
                L.set(s, m.fMapcount[pfn], 0);
                L.set(s, m.fCount[pfn], 0);
            } else {
                L.set(s, m.fMapcount[pfn], present ? 1 : 0);
                L.set(s, m.fCount[pfn], large || !present ? 0 : 1);
                mapped += present ? 1 : 0;
            }
            if (!present) {
                for (int k = 0; k < m.trackedSectors.length; k++) {
                    L.set(s, m.fContent[pfn][k], 0);
                }
            }
        }
        if (mode == ThpMode.PMD) {
            L.set(s, fPmd[mm][r], 1);
            L.set(s, fEntire[slot], 1);
            L.set(s, m.fCount[head], 1);
        } else if (large) {
            L.set(s, m.fCount[head], mapped);
        }
    }
}
