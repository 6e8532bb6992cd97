package org.mmrace.core.internal;

import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.ViolationClass;

/**
 * The oracles that look at a whole state: isolation of every live process on a final state, the
 * scenario's conditions, and the refcount invariant (count == mapcount + the references held).
 */
public final class Checks {
    private final Machine k;
    private final Model m;

    public Checks(Machine k) {
        this.k = k;
        this.m = k.m;
    }

    /** Isolation on a final state: every live process sees its logical memory (c.s is the state). */
    public void finalIsolation(Step c) {
        int[] seen = new int[1];
        for (int mm = 0; mm < m.mmNames.size(); mm++) {
            if (k.mmState(c, mm) != Model.MM_ALIVE) {
                continue;
            }
            for (int vp : m.vpsOf(mm)) {
                int r = m.vpRegion[vp];
                int p = k.vmaPresent(c, mm, r) ? k.pfn(c, mm, vp) : 0;
                int slot = p == 0 && k.vmaPresent(c, mm, r) ? swapSlot(c, mm, vp) : 0;
                if (p == 0 && slot == 0) {
                    continue;
                }
                for (int s : m.trackedSectors) {
                    // a swapped-out page's content is in its swap cache page or its slot
                    seen[0] = p != 0 ? k.content(c, p, r, s) : k.paths.swapCache.content(c, slot, r, s);
                    if (seen[0] != k.logical(c, mm, vp, s)) {
                        k.paths.isolation.check(c, mm, vp, s, seen, 0, "the final state", null);
                        break;
                    }
                }
            }
        }
    }

    private int swapSlot(Step c, int mm, int vp) {
        return m.useSwap ? k.paths.swapCache.slot(c, mm, vp) : 0;
    }

    /** Evaluates condition i on the state in c. */
    public boolean condition(Step c, int i) {
        return eval(c, m.conds[i]);
    }

    private boolean eval(Step c, Cond e) {
        return switch (e) {
            case Cond.And a -> eval(c, a.l()) && eval(c, a.r());
            case Cond.Or o -> eval(c, o.l()) || eval(c, o.r());
            case Cond.Not n -> !eval(c, n.c());
            case Cond.Mem x -> {
                boolean all = true;
                for (int s = x.first(); s <= x.last(); s++) {
                    all &= memory(c, x.mm(), x.vp(), s) == x.sym();
                }
                yield all == x.eq();
            }
            case Cond.Reg x -> {
                boolean all = true;
                for (int f : m.fReg[x.thread()][x.reg()]) {
                    all &= k.get(c, f) == x.sym();
                }
                yield all == x.eq();
            }
            case Cond.File x -> {
                boolean all = true;
                for (int s = x.first(); s <= x.last(); s++) {
                    all &= k.get(c, m.fFile[x.file()][0][s]) == x.sym();
                }
                yield all == x.eq();
            }
        };
    }

    /** What a load by mm at (vp, sector) would read now: '!' (unmappedSym) when unmapped. */
    public int memory(Step c, int mm, int vp, int sector) {
        int st = k.mmState(c, mm);
        int r = m.vpRegion[vp];
        if (st == Model.MM_NONE || st == Model.MM_GONE || !k.vmaPresent(c, mm, r)) {
            return m.unmappedSym;
        }
        if (k.pfn(c, mm, vp) == 0) {
            // a load of a swapped-out address swaps it in and reads what it held
            int slot = swapSlot(c, mm, vp);
            return slot == 0 ? m.unmappedSym : k.paths.swapCache.content(c, slot, r, sector);
        }
        return k.content(c, k.pfn(c, mm, vp), r, sector);
    }

    /** A FOLL_PIN counts GUP_PIN_COUNTING_BIAS on an order-0 page, 1 (and 1 in _pincount) on a large folio. */
    private int weight(Step c, int p, boolean pin) {
        return pin && k.head(c, p) == 0 ? Model.GUP_PIN_COUNTING_BIAS : 1;
    }

    /**
     * The refcount invariant of large folios: the folio's refcount is the sum of the references on all its
     * subpages, each subpage's pte mapcount its own, the entire mapcount the PMD mappings.
     */
    private void foldFolios(Step c, int[] expCount, int[] expMap, int[] expEntire) {
        for (int slot = 0; slot < m.thp.slots; slot++) {
            int h = m.thp.slotHead[slot];
            if (k.head(c, h) == 0) {
                continue;
            }
            int want = 0;
            boolean mapOk = k.get(c, m.thp.fEntire[slot]) == expEntire[slot];
            for (int i = 0; i < m.thp.slotPages[slot]; i++) {
                want += expCount[h + i];
                mapOk &= k.get(c, m.fMapcount[h + i]) == expMap[h + i];
            }
            if ((k.count(c, h) != want || !mapOk) && c.obs.violation(Oracle.REFCOUNT, ViolationClass.COUNT_MISMATCH)) {
                c.obs.details("", "page#" + h, "folio count " + want, "folio count " + k.count(c, h),
                        "the large folio at page#" + h + " has count " + k.count(c, h) + " (entire mapcount "
                                + k.get(c, m.thp.fEntire[slot]) + ") but its mappings and references make " + want
                                + " (entire " + expEntire[slot] + ")" + (mapOk ? "" : ", or a subpage mapcount differs"));
            }
        }
    }

    /** The references each page should have; reports a page whose count or mapcount disagrees. */
    public void refcounts(Step c, int[] expCount, int[] expMap) {
        int[] expEntire = m.thp == null ? null : new int[m.thp.slots];
        expected(c, expCount, expMap, expEntire);
        if (expEntire != null) {
            foldFolios(c, expCount, expMap, expEntire);
        }
        for (int p = 1; p <= m.maxPages; p++) {
            if (expEntire != null && k.head(c, p) != 0) {
                continue; // checked folio-wide by foldFolios
            }
            int cnt = k.count(c, p);
            int mc = k.mapcount(c, p);
            if (cnt != expCount[p] || mc != expMap[p]) {
                if (c.obs.violation(Oracle.REFCOUNT, ViolationClass.COUNT_MISMATCH)) {
                    c.obs.details("", "page#" + p, "count " + expCount[p] + " mapcount " + expMap[p],
                            "count " + cnt + " mapcount " + mc, "page#" + p + " has count " + cnt + " and mapcount "
                                    + mc + " but the mappings and references held make " + expCount[p] + " and "
                                    + expMap[p]);
                }
                return;
            }
        }
    }

    /**
     * The references and pte mappings each frame should have from the mappings, the references held and the
     * threads' kernel paths (per frame; a huge PMD counts once on its head and in {@code expEntire}).
     */
    void expected(Step c, int[] expCount, int[] expMap, int[] expEntire) {
        java.util.Arrays.fill(expCount, 0);
        java.util.Arrays.fill(expMap, 0);
        for (int mm = 0; mm < m.mmNames.size(); mm++) {
            for (int vp : m.vpsOf(mm)) {
                int p = k.pfn(c, mm, vp);
                if (p != 0 && expEntire != null && k.pmdHuge(c, mm, m.vpRegion[vp])) {
                    // a huge PMD: one reference and one entire mapcount for the whole folio
                    if (m.vpPage[vp] == 0) {
                        expCount[p]++;
                        expEntire[m.thp.folioOf[p]]++;
                    }
                } else if (p != 0) {
                    expCount[p]++;
                    expMap[p]++;
                }
            }
        }
        for (int i = 0; i < m.ioSites.size(); i++) {
            int st = k.get(c, m.fIoStatus[i]);
            if (st == Model.IO_INFLIGHT || st == Model.IO_DMA_DONE) {
                expCount[k.get(c, m.fIoPfn[i])] += weight(c, k.get(c, m.fIoPfn[i]), m.ioSites.get(i).pinRef);
            }
        }
        for (int i = 0; i < m.pinSites.size(); i++) {
            int p = k.get(c, m.fPinPfn[i]);
            if (p != 0) {
                expCount[p] += weight(c, p, m.pinSites.get(i).pinRef);
            }
        }
        for (int i = 0; i < m.spliceSites.size(); i++) {
            expCount[k.get(c, m.fSplicePfn[i])]++;
        }
        for (int t = 0; t < m.threadCount; t++) {
            int pc = k.get(c, m.fPc[t]);
            if (pc >= m.ops[t].length) {
                continue;
            }
            Op op = m.ops[t][pc];
            int pa = k.get(c, m.fPa[t]);
            int pb = k.get(c, m.fPb[t]);
            switch (k.get(c, m.fPhase[t])) {
                case Phase.WP_COPY -> expCount[pa]++;
                case Phase.WP_MAP -> {
                    expCount[pa]++;
                    expCount[pb]++;
                }
                case Phase.GUPF_RECHECK, Phase.DIO_LOCK -> expCount[pa] += weight(c, pa, op.pinRef);
                case Phase.FORK_PTE2 -> {
                    // get_page + dup_rmap already done for the child pte the second step will set
                    boolean countsFirst = k.cfg.forkPinned == Config.ForkPinned.FORCE_COW_KEEP_RW
                            || (k.cfg.forkPinned == Config.ForkPinned.COPY_MAYBE_PINNED && k.cfg.anonExclusive
                                    && (k.get(c, m.fFlags[t]) & Machine.F_COPY) == 0);
                    if (countsFirst && !k.pmdHuge(c, op.mm, m.vpRegion[m.vpsOf(op.mm)[k.get(c, m.fCur[t])]])) {
                        int p = k.pfn(c, op.mm, m.vpsOf(op.mm)[k.get(c, m.fCur[t])]);
                        expCount[p]++;
                        expMap[p]++;
                    }
                }
                case Phase.KSM_WP1, Phase.KSM_LOOK2 -> expCount[pa]++;
                case Phase.KSM_WP2 -> {
                    expCount[pa]++;
                    expCount[pb]++;
                }
                case Phase.KSM_REPLACE -> {
                    expCount[pa]++;
                    expCount[pb]++;
                }
                case Phase.KSM_CHECK, Phase.KSM_WPROT, Phase.KSM_REPL -> expCount[pb]++;
                default -> { }
            }
        }
        if (m.useSwap) {
            for (int p = 1; p <= m.maxPages; p++) {
                if (k.paths.swapCache.slotOf(c, p) != 0) {
                    expCount[p]++; // the swap cache's reference
                }
            }
        }
        expCount[0] = 0;
    }
}
