package org.mmrace.core.internal;

/**
 * mm/khugepaged.c: collapse of a PTE-mapped range into one THP, by khugepaged (`collapse P.REGION` in a
 * kthread) or MADV_COLLAPSE (`collapse REGION` in a user thread, 6.1+). Two steps:
 * hpage_collapse_scan_pmd under mmap_sem for read (every pte present and not KSM, one writable, every
 * folio is_refcount_suitable), then, with no lock held in between (the huge page is allocated),
 * collapse_huge_page under mmap_sem for write: pmdp_collapse_flush (an IPI flush that waits for
 * gup_fast's irqs-off section, as the other IPI flushes of docs/semantics-notes.md), then
 * __collapse_huge_page_isolate rechecks the references (a GUP reference taken since the scan makes it
 * fail and the page table is put back), __collapse_huge_page_copy, set_pmd_at.
 */
final class Khugepaged extends KernelSteps {
    Khugepaged(Paths paths) {
        super(paths);
    }

    boolean step(Step c, int t, Op op, int ph) {
        return ph == Phase.COLLAPSE_PMD ? collapse(c, t, op) : scan(c, t, op);
    }

    private String who(Op op) {
        return op.ro ? "khugepaged: " : "madvise(MADV_COLLAPSE): ";
    }

    /**
     * Why the range cannot be collapsed now, or null. is_refcount_suitable: folio_ref_count ==
     * folio_mapcount (+ the swap cache's references): any GUP reference or pin makes the range unsuitable
     * ("khugepaged: ... refuses pages with extra references", SCAN_PAGE_COUNT).
     */
    private String unsuitable(Step c, Op op) {
        int mm = op.mm;
        int r = op.region;
        boolean writable = false;
        int shared = 0;
        int[] vps = m.vpsOfRegion(r);
        for (int vp : vps) {
            int p = k.pfn(c, mm, vp);
            if (p == 0) {
                return "SCAN_EXCEED_NONE_PTE (" + m.vpName(mm, vp) + " not present; the engine does not fill holes)";
            }
            if (k.ksm(c, p)) {
                return "SCAN_PAGE_KSM";
            }
            writable |= k.pteWrite(c, mm, vp);
            int h = k.refFrame(c, p);
            if (!cfg.collapseOnMapcount) {
                // 2.6.38 __collapse_huge_page_isolate: "cannot use mapcount: can't collapse if there's a gup pin"
                if (!k.pteWrite(c, mm, vp)) {
                    return "SCAN_PAGE_RO (2.6.38 wants every pte writable)";
                }
                if (k.count(c, h) != 1) {
                    return "SCAN_PAGE_COUNT: " + pg(h) + " page_count " + k.count(c, h) + " != 1";
                }
                continue;
            }
            int mapcount = totalMapcount(c, h);
            if (k.count(c, h) != mapcount) {
                return "SCAN_PAGE_COUNT: " + pg(h) + " count " + k.count(c, h) + " != mapcount " + mapcount
                        + " (is_refcount_suitable: an extra reference, e.g. GUP)";
            }
            shared += k.mapcount(c, p) > 1 ? 1 : 0;
        }
        if (op.ro && shared > vps.length / 2) {
            // khugepaged_max_ptes_shared = HPAGE_PMD_NR / 2, scaled to the model THP; MADV_COLLAPSE has no limit
            return "SCAN_EXCEED_SHARED_PTE (" + shared + " shared > max_ptes_shared " + vps.length / 2 + ")";
        }
        return writable ? null : "SCAN_PAGE_RO (no writable pte)";
    }

    /** folio_mapcount: every pte mapping of every subpage plus the PMD mappings. */
    private int totalMapcount(Step c, int h) {
        if (k.head(c, h) == 0) {
            return k.mapcount(c, h);
        }
        int slot = m.thp.folioOf[h];
        int n = k.get(c, m.thp.fEntire[slot]);
        for (int i = 0; i < m.thp.slotPages[slot]; i++) {
            n += k.get(c, m.fMapcount[h + i]);
        }
        return n;
    }

    /** hugepage_vma_check: VM_NOHUGEPAGE refuses; khugepaged in THP "madvise" mode needs VM_HUGEPAGE. */
    private String vmaRefuses(Step c, Op op) {
        int f = m.thp.fVmaHuge[op.mm][op.region];
        int v = f < 0 ? (m.thp.regionThp[op.region] != org.mmrace.core.spec.ThpMode.NONE ? ThpLayout.VM_HUGEPAGE : 0)
                : k.get(c, f);
        if (v == ThpLayout.VM_NOHUGEPAGE) {
            return "VM_NOHUGEPAGE";
        }
        if (op.ro && v != ThpLayout.VM_HUGEPAGE) {
            return "no VM_HUGEPAGE (THP \"madvise\" mode, as on this machine)";
        }
        return null;
    }

    private boolean scan(Step c, int t, Op op) {
        int mm = op.mm;
        int r = op.region;
        if (c.mmapWriter(mm) || c.ptLock(mm)) {
            return false;
        }
        String fail;
        if (k.mmState(c, mm) != Model.MM_ALIVE || !k.vmaPresent(c, mm, r)) {
            fail = "no vma";
        } else if (k.pmdHuge(c, mm, r)) {
            fail = "SCAN_PMD_MAPPED: already a huge PMD";
        } else {
            fail = vmaRefuses(c, op);
            if (fail == null) {
                fail = unsuitable(c, op);
            }
        }
        if (fail != null) {
            say(c, who(op) + "hpage_collapse_scan_pmd " + m.mmNames.get(mm) + "." + m.regions.get(r).region() + ": "
                    + fail + "; no collapse");
            k.endOp(c, t);
            return true;
        }
        k.set(c, m.fPhase[t], Phase.COLLAPSE_PMD);
        say(c, who(op) + "mmap_read_lock; hpage_collapse_scan_pmd " + m.mmNames.get(mm) + "."
                + m.regions.get(r).region() + ": suitable; mmap_read_unlock; alloc the huge page");
        return true;
    }

    private boolean collapse(Step c, int t, Op op) {
        int mm = op.mm;
        int r = op.region;
        if (!k.mmapFree(c, mm) || c.ptLock(mm) || c.irqsOff(mm) > 0) {
            return false; // mmap_write_lock; pmdp_collapse_flush is an IPI that waits for gup_fast
        }
        String fail = k.mmState(c, mm) != Model.MM_ALIVE || !k.vmaPresent(c, mm, r) ? "the vma went away"
                : k.pmdHuge(c, mm, r) ? "SCAN_PMD_MAPPED" : unsuitable(c, op);
        if (fail != null) {
            say(c, who(op) + "collapse_huge_page: mmap_write_lock; pmdp_collapse_flush (IPI);"
                    + " __collapse_huge_page_isolate: " + fail + "; pmd_populate (the page table goes back); mmap_write_unlock");
            k.endOp(c, t);
            return true;
        }
        int[] vps = m.vpsOfRegion(r);
        int q = paths.huge.allocFolio(c, vps.length);
        StringBuilder w = tr(c) ? new StringBuilder() : null;
        for (int i = 0; i < vps.length; i++) {
            int p = k.pfn(c, mm, vps[i]);
            k.copyContent(c, p, q + i);
            k.setPte(c, mm, vps[i], 0, false);
            k.addMapcount(c, p, -1);
            int before = k.count(c, p);
            k.putRef(c, p, false);
            if (w != null) {
                w.append(i == 0 ? "" : ", ").append(pg(p)).append(" count ").append(before).append("->")
                        .append(k.count(c, p));
            }
        }
        boolean write = k.vmaWrite(c, mm, r);
        for (int i = 0; i < vps.length; i++) {
            k.setPte(c, mm, vps[i], q + i, write);
        }
        k.set(c, m.thp.fPmd[mm][r], 1);
        k.set(c, m.thp.fEntire[m.thp.folioOf[q]], 1);
        say(c, who(op) + "collapse_huge_page: mmap_write_lock; pmdp_collapse_flush (IPI); isolate ok;"
                + " __collapse_huge_page_copy into THP " + pg(q) + ", release " + w + "; set_pmd_at "
                + (write ? "writable" : "read-only") + "; mmap_write_unlock");
        k.endOp(c, t);
        return true;
    }
}
