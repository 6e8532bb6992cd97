package org.mmrace.core.strategy;

import java.util.List;
import java.util.Optional;

/**
 * Every knob a strategy sets, declared and documented once (as ELK declares its options). The
 * values are the words a scenario writes after {@code with}: {@code fork.pinned=copy}.
 */
public final class Knobs {
    public static final String FORK_PINNED = "fork.pinned";
    public static final String FORK_WAIT_LOCKED = "fork.wait_locked";
    public static final String GUP_FAST_GUARD = "gup_fast.guard";
    public static final String GUP_FAST_RECHECK = "gup_fast.recheck";
    public static final String GUP_READ_COW = "gup.read_cow";
    public static final String WP_REUSE = "wp.reuse";
    public static final String ANON_EXCLUSIVE = "anon_exclusive";
    public static final String FOLL_PIN = "foll_pin";
    public static final String DIO_REF = "dio.ref";
    public static final String DIO_LOCK_PAGE = "dio.lock_page";
    public static final String KSM_MERGE = "ksm.merge";
    public static final String SWAP_REUSE = "swap.reuse";
    public static final String THP_SPLIT = "thp.split";
    public static final String THP_COW = "thp.cow";
    public static final String THP_PMD_REUSE = "thp.pmd_reuse";
    public static final String THP_PTE_REUSE = "thp.pte_reuse";
    public static final String COLLAPSE_REFCOUNT = "collapse.refcount";

    private static final List<Knob> ALL = List.of(
            new Knob(FORK_PINNED, List.of("share", "force-cow", "force-cow-keep-rw", "copy", "copy-pg-gup",
                    "copy-dontcow", "copy-maybe-pinned"),
                    "What fork's copy_one_pte does with an anon page of a COW mapping that may be under GUP.",
                    List.of("no check: write-protect the parent pte and share the page read-only (2.6.27)",
                            "after get_page+dup_rmap, if count != mapcount force the child to COW by a write fault on the"
                                    + " child's address; the parent pte stays write-protected (Piggin 2008-10-29)",
                            "as force-cow, but the count check comes before the write-protect and in the forced case"
                                    + " the parent pte is left writable (Arcangeli 2008-11-04)",
                            "if count != mapcount copy the page for the child and leave the parent pte writable, else"
                                    + " write-protect and share (Arcangeli RFC 2008-09-25)",
                            "write-protect the parent first; then if PG_gup and (trylock fails or count != mapcount)"
                                    + " copy for the child and make the parent pte writable again (Arcangeli 2009-03-16)",
                            "pages with PG_dontcow are copied for the child, the parent keeps them (Piggin 2009-03-17)",
                            "if the mm has_pinned and page_maybe_dma_pinned, the child gets a copy and the parent pte is"
                                    + " left as it was, checked before the write-protect (70e806e4e645, f3c64eda3e50)")),
            new Knob(FORK_WAIT_LOCKED, List.of("no", "yes"),
                    "Whether fork sleeps on a locked anon page of a COW mapping until it is unlocked.",
                    List.of("fork does not look at PG_locked", "fork waits for PG_locked to clear (dio-pagelock RFC 2008)")),
            new Knob(GUP_FAST_GUARD, List.of("irqs-off", "brlock", "mmap_sem", "seqcount"),
                    "What get_user_pages_fast holds around its lockless walk, and what fork does for it.",
                    List.of("only the irqs-off section, which fork's final TLB-flush IPI waits for (2.6.27)",
                            "gup_fast holds br_read_lock over the walk; fork's per-pte copy and KSM's check take"
                                    + " br_write_lock (Arcangeli RFC 2008-09-25)",
                            "gup_fast takes mmap_sem for read around its walk, so it excludes fork (same RFC)",
                            "write_protect_seq: fork wraps the copy of COW VMAs in write_seqcount_begin/end; a FOLL_PIN"
                                    + " gup_fast fails over to slow GUP if it is odd or changed (57efa1fe5957)")),
            new Knob(GUP_FAST_RECHECK, List.of("none", "pte-same", "pg-gup"),
                    "What gup_fast checks after taking its reference.",
                    List.of("nothing (x86 2.6.27)",
                            "re-read the pte; if it changed drop the reference and fall back to slow GUP (generic"
                                    + " mm/gup.c, x86 from 5.8)",
                            "set PG_gup, then recheck the pte is present and writable (even for reads), else drop the"
                                    + " reference and go slow (Arcangeli 2009-03-16)")),
            new Knob(GUP_READ_COW, List.of("keep", "break-slow", "break", "dontcow", "pg-gup"),
                    "Whether a read-only GUP of an anon page in a COW mapping breaks COW.",
                    List.of("never (2.6.27; reverted again in 5.9 by a308c71bf1e6)",
                            "slow GUP looks the page up again with FOLL_WRITE once; gup_fast unchanged (Piggin 2008)",
                            "slow GUP sets FOLL_WRITE for every FOLL_GET/FOLL_PIN in a COW mapping; gup_fast asks for a"
                                    + " writable pte (17839856fd58, 5.8)",
                            "slow GUP on a COW mapping always de-COWs and sets PG_dontcow; gup_fast falls back to slow"
                                    + " on anon pages without PG_dontcow (Piggin 2009-03-17)",
                            "slow GUP on anon with a read-only pte forces FOLL_WRITE and sets PG_gup (Arcangeli 2009)")),
            new Knob(WP_REUSE, List.of("mapcount", "count"),
                    "do_wp_page's rule for reusing an anon page in place (when anon_exclusive=no).",
                    List.of("reuse when trylock_page succeeds and mapcount (+swapcount) == 1 (can_share_swap_page)",
                            "reuse only when not KSM and count == 1 after a successful trylock (09854ba94c6a, 5.9)")),
            new Knob(ANON_EXCLUSIVE, List.of("no", "yes"),
                    "PageAnonExclusive (5.19): drives the write fault, fork, FOLL_PIN and KSM.",
                    List.of("no such flag",
                            "new anon pages are exclusive; a wp fault reuses exclusive pages; FOLL_PIN only on exclusive"
                                    + " anon pages (R/O pins of shared pages unshare first); fork clears or copies;"
                                    + " KSM fails on exclusive maybe-pinned pages (COW fixes, D. Hildenbrand 2022)")),
            new Knob(FOLL_PIN, List.of("no", "yes"),
                    "Whether FOLL_PIN (pin_user_pages, GUP_PIN_COUNTING_BIAS) exists.",
                    List.of("before 5.7: a pin is a FOLL_GET reference", "5.7+: pins add 1024 to the count")),
            new Knob(DIO_REF, List.of("get", "pin"),
                    "What O_DIRECT takes on the user pages.",
                    List.of("FOLL_GET (before 6.3)", "FOLL_PIN (920756a3306a, 6.3)")),
            new Knob(DIO_LOCK_PAGE, List.of("no", "yes"),
                    "Whether O_DIRECT holds PG_locked on each page from GUP to completion.",
                    List.of("the page is not locked", "lock_page after GUP, unlock at completion (dio-pagelock RFC 2008)")),
            new Knob(KSM_MERGE, List.of("proposal-2008", "merged"),
                    "How ksmd merges two pages.",
                    List.of("the out-of-tree 2008 proposal: a new KSM page; per page under the PT lock check count =="
                                    + " mapcount, write-protect, then pte_same and map the KSM page",
                            "write_protect_page (ptep_clear_flush, mapcount + 1 == count) and replace_page, as merged"
                                    + " in 2.6.32")),
            new Knob(SWAP_REUSE, List.of("mapcount", "count"),
                    "do_swap_page's rule for mapping a swapped-in page writable on a write fault (when"
                            + " anon_exclusive=no; 5.19's rule is the swap pte's exclusive bit, else count == 1).",
                    List.of("page_mapcount + page_swapcount == 1, blind to GUP references (can_share_swap_page,"
                                    + " c475a8ab625d; reuse_swap_page from 2.6.29 to 5.17)",
                            "free the swap cache if possible, then reuse only at page_count == 1 (c145e0b47c77"
                                    + " \"mm: streamline COW logic in do_swap_page()\", 5.18)")),
            new Knob(THP_SPLIT, List.of("folio", "pmd"),
                    "What splitting a huge PMD does (mprotect/munmap of part of a THP, the 5.8 COW fallback).",
                    List.of("split_huge_page: the compound page itself is split into order-0 pages in every mm that"
                                    + " maps it (2.6.38 to 4.4: tail pages could not be PTE-mapped)",
                            "__split_huge_pmd: the PMD becomes a page table of ptes to the subpages, the folio stays"
                                    + " large and PTE-mapped (THP refcounting rework, Kirill Shutemov, 4.5)")),
            new Knob(THP_COW, List.of("copy-huge", "split"),
                    "do_huge_pmd_wp_page when the THP cannot be reused.",
                    List.of("copy the whole THP into a new one (2.6.38 mm/huge_memory.c)",
                            "split the PMD and fall back to PTE-level COW of the faulting subpage (3917c80280c9"
                                    + " thp: change CoW semantics for anon-THP, 5.8)")),
            new Knob(THP_PMD_REUSE, List.of("mapcount", "count"),
                    "do_huge_pmd_wp_page's reuse rule (when anon_exclusive=no, and after the exclusive bit when yes).",
                    List.of("page_mapcount == 1 (2.6.38; reuse_swap_page from 4.5 to 5.17)",
                            "page_count == 1 (COW fixes part 1, D. Hildenbrand, 5.18: the THP variant of 09854ba94c6a)")),
            new Knob(THP_PTE_REUSE, List.of("count", "mm-owner"),
                    "do_wp_page on a subpage of a PTE-mapped large folio that is not PageAnonExclusive.",
                    List.of("the order-0 rule on the folio's count: every pte of the folio holds a folio reference,"
                                    + " so a folio mapped by more than one pte is always copied",
                            "reuse when the folio is mapped by this mm only and every reference is a mapping"
                                    + " (__wp_can_reuse_large_anon_folio, CONFIG_MM_ID; 1da190f4d0a6 mm: Copy-on-Write"
                                    + " (COW) reuse support for PTE-mapped THP, D. Hildenbrand, 6.15)")),
            new Knob(COLLAPSE_REFCOUNT, List.of("count-one", "mapcount"),
                    "Which pages khugepaged's __collapse_huge_page_isolate accepts.",
                    List.of("every pte writable and page_count == 1: \"cannot use mapcount: can't collapse if there's"
                                    + " a gup pin\" (2.6.38 ba76149f47d8 thp: khugepaged)",
                            "is_refcount_suitable: count == total mapcount; at least one writable pte (10359213d05a);"
                                    + " khugepaged refuses more than max_ptes_shared (half the subpages) shared pages"
                                    + " (855921474514 khugepaged: allow to collapse a page shared across fork, 5.8)")));

    private Knobs() {
    }

    /** Every knob, in a stable order. */
    public static List<Knob> all() {
        return ALL;
    }

    public static Optional<Knob> find(String name) {
        return ALL.stream().filter(k -> k.name().equals(name)).findFirst();
    }
}
