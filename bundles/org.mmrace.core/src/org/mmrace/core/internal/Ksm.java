package org.mmrace.core.internal;

/**
 * ksmd merging two pages ({@code ksm_merge A B}). {@code ksm.merge=merged}: follow_page both pages
 * (+1 each), write_protect_page (ptep_clear_flush, whose IPI waits for irqs-off gup_fast, then
 * mapcount + 1 == count), the first page becomes the KSM page, replace_page maps it in place of the
 * second. {@code ksm.merge=proposal-2008}: a new KSM page is allocated as a copy of the first; each
 * page is checked for count == mapcount and write-protected (two steps under the PT lock: gup_fast
 * can fall between), then replaced by the KSM page if pte_same.
 */
final class Ksm extends KernelSteps {
    Ksm(Paths paths) {
        super(paths);
    }

    boolean step(Step c, int t, Op op, int ph) {
        return cfg.ksmMerged ? merged(c, t, op, ph) : proposal(c, t, op, ph);
    }

    private boolean usable(Step c, int mm, int vp) {
        int st = k.mmState(c, mm);
        return (st == Model.MM_ALIVE || st == Model.MM_EXITING) && k.vmaPresent(c, mm, m.vpRegion[vp])
                && k.pfn(c, mm, vp) != 0;
    }

    private boolean locksFree(Step c, int mm) {
        return !c.mmapWriter(mm) && !c.ptLock(mm);
    }

    private boolean identical(Step c, int p1, int r1, int p2, int r2) {
        for (int s = 0; s < 8; s++) {
            if (k.content(c, p1, r1, s) != k.content(c, p2, r2, s)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- merged (2.6.32+)

    private boolean merged(Step c, int t, Op op, int ph) {
        switch (ph) {
            case Phase.START: {
                if (!locksFree(c, op.mm)) {
                    return false;
                }
                if (!usable(c, op.mm, op.vp)) {
                    if (tr(c)) {
                        say(c, "ksmd: no page at " + m.vpName(op.mm, op.vp));
                    }
                    k.endOp(c, t);
                    return true;
                }
                int p = k.pfn(c, op.mm, op.vp);
                int before = k.count(c, p);
                k.getRef(c, p, false);
                k.set(c, m.fPa[t], p);
                k.set(c, m.fPhase[t], Phase.KSM_WP1);
                if (tr(c)) {
                    say(c, "ksmd: follow_page " + m.vpName(op.mm, op.vp) + " -> " + pg(p) + " count " + before + "->"
                            + k.count(c, p));
                }
                return true;
            }
            case Phase.KSM_WP1: {
                int p = k.get(c, m.fPa[t]);
                int r = writeProtectPage(c, op.mm, op.vp, p);
                if (r < 0) {
                    return false;
                }
                if (r == 0) {
                    fail(c, t, p, 0);
                    return true;
                }
                k.set(c, m.fKsm[p], 1);
                if (tr(c)) {
                    say(c, "; " + pg(p) + " becomes the KSM page (set_page_stable_node)");
                }
                k.set(c, m.fPhase[t], Phase.KSM_LOOK2);
                return true;
            }
            case Phase.KSM_LOOK2: {
                if (!locksFree(c, op.mm2)) {
                    return false;
                }
                int p1 = k.get(c, m.fPa[t]);
                if (!usable(c, op.mm2, op.vp2)) {
                    if (tr(c)) {
                        say(c, "ksmd: no page at " + m.vpName(op.mm2, op.vp2) + "; ");
                    }
                    fail(c, t, p1, 0);
                    return true;
                }
                int p = k.pfn(c, op.mm2, op.vp2);
                if (p == p1) {
                    if (tr(c)) {
                        say(c, "ksmd: already the same page; ");
                    }
                    fail(c, t, p1, 0);
                    return true;
                }
                int before = k.count(c, p);
                k.getRef(c, p, false);
                k.set(c, m.fPb[t], p);
                k.set(c, m.fPhase[t], Phase.KSM_WP2);
                if (tr(c)) {
                    say(c, "ksmd: follow_page " + m.vpName(op.mm2, op.vp2) + " -> " + pg(p) + " count " + before
                            + "->" + k.count(c, p));
                }
                return true;
            }
            case Phase.KSM_WP2: {
                int p1 = k.get(c, m.fPa[t]);
                int p = k.get(c, m.fPb[t]);
                int r = writeProtectPage(c, op.mm2, op.vp2, p);
                if (r < 0) {
                    return false;
                }
                if (r == 0) {
                    fail(c, t, p1, p);
                    return true;
                }
                k.set(c, m.fPhase[t], Phase.KSM_REPLACE);
                return true;
            }
            case Phase.KSM_REPLACE: {
                if (!locksFree(c, op.mm2)) {
                    return false;
                }
                int kp = k.get(c, m.fPa[t]);
                int p = k.get(c, m.fPb[t]);
                boolean same = k.pfn(c, op.mm2, op.vp2) == p && !k.pteWrite(c, op.mm2, op.vp2);
                if (same && c.irqsOff(op.mm2) > 0 && identical(c, kp, m.vpRegion[op.vp], p, m.vpRegion[op.vp2])) {
                    return false; // replace_page's ptep_clear_flush: the IPI waits for irqs-off gup_fast
                }
                if (!identical(c, kp, m.vpRegion[op.vp], p, m.vpRegion[op.vp2])) {
                    if (tr(c)) {
                        say(c, "ksmd: pages_identical fails; ");
                    }
                    fail(c, t, kp, p);
                    return true;
                }
                if (!same) {
                    if (tr(c)) {
                        say(c, "ksmd: replace_page: !pte_same; ");
                    }
                    fail(c, t, kp, p);
                    return true;
                }
                replace(c, op.mm2, op.vp2, p, kp);
                k.putRef(c, kp, false);
                k.putRef(c, p, false);
                if (tr(c)) {
                    say(c, "; ksmd drops its references: " + pg(kp) + " count " + k.count(c, kp) + ", "
                            + pg(p) + " count " + k.count(c, p));
                }
                k.endOp(c, t);
                return true;
            }
            default:
                return false;
        }
    }

    /** replace_page: map the KSM page read-only in place of p, page_remove_rmap and put_page p. */
    private void replace(Step c, int mm, int vp, int p, int kp) {
        k.setPte(c, mm, vp, kp, false);
        k.getRef(c, kp, false);
        k.addMapcount(c, kp, 1);
        k.addMapcount(c, p, -1);
        k.putRef(c, p, false);
        if (tr(c)) {
            say(c, "ksmd: replace_page: ptep_clear_flush (IPI); " + m.vpName(mm, vp) + " ro -> KSM " + pg(kp) + "; page_remove_rmap, put_page "
                    + pg(p));
        }
    }

    /**
     * write_protect_page on page p at (mm, vp): -1 when not enabled now, 0 when it fails, 1 when the
     * pte is write-protected.
     */
    private int writeProtectPage(Step c, int mm, int vp, int p) {
        if (!locksFree(c, mm)) {
            return -1;
        }
        boolean w = k.pteWrite(c, mm, vp);
        if (w && c.irqsOff(mm) > 0) {
            return -1; // ptep_clear_flush: the IPI waits for irqs-off gup_fast
        }
        String at = m.vpName(mm, vp);
        if (!usable(c, mm, vp) || k.pfn(c, mm, vp) != p) {
            if (tr(c)) {
                say(c, "ksmd: write_protect_page " + at + ": the pte changed; ");
            }
            return 0;
        }
        if (c.pageLocked(p)) {
            if (tr(c)) {
                say(c, "ksmd: trylock_page " + pg(p) + " fails; ");
            }
            return 0;
        }
        if (!w) {
            if (tr(c)) {
                say(c, "ksmd: write_protect_page " + at + ": already read-only");
            }
            return 1;
        }
        // mm/ksm.c write_protect_page: "swapped = PageSwapCache(page)", the swap cache's reference is expected
        int swapped = m.useSwap && paths.swapCache.slotOf(c, p) != 0 ? 1 : 0;
        if (k.mapcount(c, p) + 1 + swapped != k.count(c, p)) {
            if (tr(c)) {
                say(c, "ksmd: write_protect_page " + at + ": ptep_clear_flush; mapcount " + k.mapcount(c, p)
                        + " + 1" + (swapped != 0 ? " + swapcache" : "") + " != count " + k.count(c, p)
                        + ": restore the pte; ");
            }
            return 0;
        }
        if (cfg.anonExclusive && k.excl(c, p)) {
            if (k.maybePinned(c, p)) {
                if (tr(c)) {
                    say(c, "ksmd: write_protect_page " + at + ": exclusive and maybe pinned: restore the pte; ");
                }
                return 0;
            }
            k.set(c, m.fExcl[p], 0);
        }
        k.setPte(c, mm, vp, p, false);
        if (tr(c)) {
            say(c, "ksmd: write_protect_page " + at + ": ptep_clear_flush (IPI); mapcount " + k.mapcount(c, p)
                    + " + 1 == count " + k.count(c, p) + ": install the pte write-protected");
        }
        return 1;
    }

    private void fail(Step c, int t, int p1, int p2) {
        if (p1 != 0) {
            k.putRef(c, p1, false);
        }
        if (p2 != 0) {
            k.putRef(c, p2, false);
        }
        if (tr(c)) {
            say(c, "ksmd: merge fails, references dropped");
        }
        k.endOp(c, t);
    }

    // ---------------------------------------------------------------- the 2008 proposal

    private boolean proposal(Step c, int t, Op op, int ph) {
        int side = k.get(c, m.fCur[t]);
        int mm = side == 0 ? op.mm : op.mm2;
        int vp = side == 0 ? op.vp : op.vp2;
        switch (ph) {
            case Phase.START: {
                if (!locksFree(c, op.mm)) {
                    return false;
                }
                if (!usable(c, op.mm, op.vp)) {
                    if (tr(c)) {
                        say(c, "ksmd: no page at " + m.vpName(op.mm, op.vp));
                    }
                    k.endOp(c, t);
                    return true;
                }
                int p = k.pfn(c, op.mm, op.vp);
                int kp = k.allocPage(c);
                k.copyContent(c, p, kp);
                k.set(c, m.fKsm[kp], 1);
                k.set(c, m.fPb[t], kp);
                k.set(c, m.fPhase[t], Phase.KSM_CHECK);
                if (tr(c)) {
                    say(c, "ksmd: alloc KSM " + pg(kp) + ", copy " + pg(p) + " into it");
                }
                return true;
            }
            case Phase.KSM_CHECK: {
                if (!locksFree(c, mm)) {
                    return false;
                }
                boolean brlock = cfg.guard == Config.Guard.BRLOCK;
                if (brlock && c.brReaders() > 0) {
                    return false;
                }
                int kp = k.get(c, m.fPb[t]);
                if (!usable(c, mm, vp)) {
                    if (tr(c)) {
                        say(c, "ksmd: no page at " + m.vpName(mm, vp) + "; ");
                    }
                    fail(c, t, kp, 0);
                    return true;
                }
                int p = k.pfn(c, mm, vp);
                if (p == kp) {
                    if (tr(c)) {
                        say(c, "ksmd: already the KSM page; ");
                    }
                    fail(c, t, kp, 0);
                    return true;
                }
                if (k.count(c, p) != k.mapcount(c, p)) {
                    if (tr(c)) {
                        say(c, "ksmd: " + (brlock ? "br_write_lock; " : "") + pg(p) + " count " + k.count(c, p)
                                + " != mapcount " + k.mapcount(c, p) + "; ");
                    }
                    fail(c, t, kp, 0);
                    return true;
                }
                k.set(c, m.fPa[t], p);
                if (brlock) {
                    k.setPte(c, mm, vp, p, false);
                    if (tr(c)) {
                        say(c, "ksmd: br_write_lock; " + pg(p) + " count == mapcount " + k.mapcount(c, p)
                                + "; write-protect " + m.vpName(mm, vp) + "; br_write_unlock");
                    }
                    k.set(c, m.fPhase[t], Phase.KSM_REPL);
                } else {
                    if (tr(c)) {
                        say(c, "ksmd: pte_offset_map_lock; " + pg(p) + " count == mapcount " + k.mapcount(c, p));
                    }
                    k.set(c, m.fPhase[t], Phase.KSM_WPROT);
                }
                return true;
            }
            case Phase.KSM_WPROT: {
                int p = k.get(c, m.fPa[t]);
                k.setPte(c, mm, vp, p, false);
                if (tr(c)) {
                    say(c, "ksmd: write-protect " + m.vpName(mm, vp) + "; pte_unmap_unlock");
                }
                k.set(c, m.fPhase[t], Phase.KSM_REPL);
                return true;
            }
            case Phase.KSM_REPL: {
                if (!locksFree(c, mm)) {
                    return false;
                }
                int p = k.get(c, m.fPa[t]);
                int kp = k.get(c, m.fPb[t]);
                boolean same = k.pfn(c, mm, vp) == p && !k.pteWrite(c, mm, vp);
                if (same && c.irqsOff(mm) > 0 && identical(c, kp, m.vpRegion[op.vp], p, m.vpRegion[vp])) {
                    return false; // replace_page's ptep_clear_flush: the IPI waits for irqs-off gup_fast
                }
                if (!same || !identical(c, kp, m.vpRegion[op.vp], p, m.vpRegion[vp])) {
                    if (tr(c)) {
                        say(c, "ksmd: " + (same ? "contents differ" : "!pte_same") + "; ");
                    }
                    fail(c, t, kp, 0);
                    return true;
                }
                replace(c, mm, vp, p, kp);
                k.set(c, m.fPa[t], 0);
                if (side == 0) {
                    k.set(c, m.fCur[t], 1);
                    k.set(c, m.fPhase[t], Phase.KSM_CHECK);
                } else {
                    k.putRef(c, kp, false);
                    if (tr(c)) {
                        say(c, "; ksmd drops its KSM page reference");
                    }
                    k.endOp(c, t);
                }
                return true;
            }
            default:
                return false;
        }
    }
}
