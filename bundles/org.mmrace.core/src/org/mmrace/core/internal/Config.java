package org.mmrace.core.internal;

import org.mmrace.core.strategy.Knobs;
import org.mmrace.core.strategy.Strategy;

/** A strategy's knob values, decoded once into fields the kernel paths test in the hot loop. */
public final class Config {
    public enum ForkPinned { SHARE, FORCE_COW, FORCE_COW_KEEP_RW, COPY, COPY_PG_GUP, COPY_DONTCOW, COPY_MAYBE_PINNED }

    public enum Guard { IRQS_OFF, BRLOCK, MMAP_SEM, SEQCOUNT }

    public enum Recheck { NONE, PTE_SAME, PG_GUP }

    public enum ReadCow { KEEP, BREAK_SLOW, BREAK, DONTCOW, PG_GUP }

    public final String id;
    public final ForkPinned forkPinned;
    public final boolean forkWaitLocked;
    public final Guard guard;
    public final Recheck recheck;
    public final ReadCow readCow;
    public final boolean reuseOnCount;
    public final boolean anonExclusive;
    public final boolean follPin;
    public final boolean dioPin;
    public final boolean dioLockPage;
    public final boolean ksmMerged;
    /** swap.reuse=count: do_swap_page reuses only at page_count == 1 (c145e0b47c77, 5.18) */
    public final boolean swapReuseCount;
    /** thp.split=pmd: __split_huge_pmd keeps the folio large (4.5+); folio: split_huge_page (2.6.38) */
    public final boolean thpSplitPmd;
    /** thp.cow=split: do_huge_pmd_wp_page splits and falls back to the pte (5.8); else copies the THP */
    public final boolean thpCowSplit;
    /** thp.pmd_reuse=count (5.18); else page_mapcount == 1 */
    public final boolean thpPmdReuseOnCount;
    /** thp.pte_reuse=mm-owner (6.15): PTE-mapped large folio reuse when exclusive to the mm */
    public final boolean thpPteReuseOwner;
    /** collapse.refcount=mapcount (5.8 is_refcount_suitable); else 2.6.38's count == 1 and every pte writable */
    public final boolean collapseOnMapcount;

    public Config(Strategy s) {
        id = s.id();
        forkPinned = ForkPinned.valueOf(enumWord(s.get(Knobs.FORK_PINNED)));
        forkWaitLocked = s.is(Knobs.FORK_WAIT_LOCKED, "yes");
        guard = Guard.valueOf(enumWord(s.get(Knobs.GUP_FAST_GUARD)));
        recheck = Recheck.valueOf(enumWord(s.get(Knobs.GUP_FAST_RECHECK)));
        readCow = ReadCow.valueOf(enumWord(s.get(Knobs.GUP_READ_COW)));
        reuseOnCount = s.is(Knobs.WP_REUSE, "count");
        anonExclusive = s.is(Knobs.ANON_EXCLUSIVE, "yes");
        follPin = s.is(Knobs.FOLL_PIN, "yes");
        dioPin = s.is(Knobs.DIO_REF, "pin");
        dioLockPage = s.is(Knobs.DIO_LOCK_PAGE, "yes");
        ksmMerged = s.is(Knobs.KSM_MERGE, "merged");
        swapReuseCount = s.is(Knobs.SWAP_REUSE, "count");
        thpSplitPmd = s.is(Knobs.THP_SPLIT, "pmd");
        thpCowSplit = s.is(Knobs.THP_COW, "split");
        thpPmdReuseOnCount = s.is(Knobs.THP_PMD_REUSE, "count");
        thpPteReuseOwner = s.is(Knobs.THP_PTE_REUSE, "mm-owner");
        collapseOnMapcount = s.is(Knobs.COLLAPSE_REFCOUNT, "mapcount");
    }

    private static String enumWord(String v) {
        return v.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }
}
