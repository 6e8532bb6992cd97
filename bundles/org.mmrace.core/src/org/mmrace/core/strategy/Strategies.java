package org.mmrace.core.strategy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mmrace.core.spec.KnobSetting;
import org.mmrace.core.spec.SourcePos;
import org.mmrace.core.spec.StrategyDef;

/**
 * The built-in strategies of docs/semantics.md sections 3 and 8, each its predecessor plus its knob changes, and
 * derivation of user strategies ({@code strategy mine = linux-2.6.27 with gup_fast.guard=brlock}).
 * Everything here is immutable.
 */
public final class Strategies {
    private static final Map<String, String> BASELINE = baseline();
    private static final List<Strategy> BUILTINS = builtins0();

    private Strategies() {
    }

    private static Map<String, String> baseline() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(Knobs.FORK_PINNED, "share");
        m.put(Knobs.FORK_WAIT_LOCKED, "no");
        m.put(Knobs.GUP_FAST_GUARD, "irqs-off");
        m.put(Knobs.GUP_FAST_RECHECK, "none");
        m.put(Knobs.GUP_READ_COW, "keep");
        m.put(Knobs.WP_REUSE, "mapcount");
        m.put(Knobs.ANON_EXCLUSIVE, "no");
        m.put(Knobs.FOLL_PIN, "no");
        m.put(Knobs.DIO_REF, "get");
        m.put(Knobs.DIO_LOCK_PAGE, "no");
        m.put(Knobs.KSM_MERGE, "proposal-2008");
        m.put(Knobs.SWAP_REUSE, "mapcount");
        // THP is additive: strategies from before THP existed run THP scenarios with 2.6.38's THP code
        m.put(Knobs.THP_SPLIT, "folio");
        m.put(Knobs.THP_COW, "copy-huge");
        m.put(Knobs.THP_PMD_REUSE, "mapcount");
        m.put(Knobs.THP_PTE_REUSE, "count");
        m.put(Knobs.COLLAPSE_REFCOUNT, "count-one");
        return m;
    }

    private static Strategy def(String id, Optional<Strategy> base, String description, List<String> sources,
            String... kv) {
        Map<String, String> settings = new LinkedHashMap<>(base.map(Strategy::settings).orElse(BASELINE));
        Map<String, String> changes = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            settings.put(kv[i], kv[i + 1]);
            changes.put(kv[i], kv[i + 1]);
        }
        return new Strategy(id, description, sources, settings, base.map(Strategy::id), changes);
    }

    private static List<Strategy> builtins0() {
        List<Strategy> l = new ArrayList<>();
        Strategy k2627 = def("linux-2.6.27", Optional.empty(),
                "The baseline: fork write-protects and shares every anon page; do_wp_page reuses on mapcount == 1;"
                        + " x86 gup_fast takes its reference with irqs off and never rechecks the pte.",
                List.of("linux 2.6.27 mm/memory.c", "linux 2.6.27 arch/x86/mm/gup.c"));
        l.add(k2627);
        Optional<Strategy> b = Optional.of(k2627);
        // listed after the 2008/2009 proposals (which are against 2.6.27), see builtins()
        l.add(def("forcecow-2008", b,
                "fork forces the child to COW a page whose count != mapcount (the parent pte stays write-protected);"
                        + " slow read GUP of a COW anon page is redone with FOLL_WRITE once.",
                List.of("Nick Piggin, linux-mm 2008-10-29"),
                Knobs.FORK_PINNED, "force-cow", Knobs.GUP_READ_COW, "break-slow"));
        l.add(def("forcecow-2008-fixed", b,
                "forcecow-2008, but in the forced case the parent pte is left writable (never RW to RO while a DIO"
                        + " is in flight); read GUP does not de-COW.",
                List.of("Andrea Arcangeli, linux-mm 2008-11-04"),
                Knobs.FORK_PINNED, "force-cow-keep-rw"));
        l.add(def("brlock-2008", b,
                "gup_fast holds br_read_lock over its walk; fork per pte under br_write_lock copies the page for the"
                        + " child when count != mapcount; KSM checks under br_write_lock.",
                List.of("Andrea Arcangeli, RFC: race between o_direct and fork, linux-mm 2008-09-25"),
                Knobs.FORK_PINNED, "copy", Knobs.GUP_FAST_GUARD, "brlock"));
        l.add(def("gupfast-mmapsem-2008", b,
                "gup_fast takes mmap_sem for read around its walk, excluding fork; fork copies for the child when"
                        + " count != mapcount.",
                List.of("Andrea Arcangeli, RFC 2008-09-25 (\"another way\")"),
                Knobs.FORK_PINNED, "copy", Knobs.GUP_FAST_GUARD, "mmap_sem"));
        l.add(def("dio-pagelock-2008", b,
                "O_DIRECT holds PG_locked from GUP to completion; fork sleeps on a locked anon page of a COW mapping.",
                List.of("Andrea Arcangeli, RFC 2008-09-25", "Nick Piggin's reply"),
                Knobs.DIO_LOCK_PAGE, "yes", Knobs.FORK_WAIT_LOCKED, "yes"));
        l.add(def("pg-gup-2009", b,
                "PG_gup marks pages under GUP; gup_fast rechecks the pte after setting it; fork write-protects first"
                        + " and copies for the child when PG_gup and the page may be pinned.",
                List.of("Andrea Arcangeli, fork-o_direct-race, 2009-03-16"),
                Knobs.FORK_PINNED, "copy-pg-gup", Knobs.GUP_FAST_RECHECK, "pg-gup", Knobs.GUP_READ_COW, "pg-gup"));
        l.add(def("dontcow-2009", b,
                "Slow GUP on a COW mapping de-COWs and sets the sticky PG_dontcow; gup_fast falls back to slow on anon"
                        + " pages without it; fork copies PG_dontcow pages for the child.",
                List.of("Nick Piggin, PG_dontcow, 2009-03-17"),
                Knobs.FORK_PINNED, "copy-dontcow", Knobs.GUP_READ_COW, "dontcow"));
        l.add(def("linux-2.6.38", b,
                "The first kernel with THP: do_huge_pmd_wp_page copies the whole THP unless page_mapcount == 1;"
                        + " splitting a huge PMD splits the compound page (split_huge_page); KSM as merged in 2.6.32;"
                        + " do_swap_page reuses on page_mapcount + page_swapcount == 1 (reuse_swap_page). THP is"
                        + " additive: the 2.6.27-era strategies run THP scenarios with this THP code.",
                List.of("71e3aac0724f thp: transparent hugepage core", "ba76149f47d8 thp: khugepaged",
                        "mm/ksm.c as merged in 2.6.32 (write_protect_page, replace_page)",
                        "Hugh Dickins, [PATCH 3/8] mm: reuse_swap_page replaces can_share_swap_page, linux-mm"
                                + " 2008-11-23 (2.6.29)"),
                Knobs.KSM_MERGE, "merged"));
        Strategy k58 = def("linux-5.8", b,
                "Read GUP breaks COW in COW mappings (CVE-2020-29374); x86 uses the generic gup_fast that rechecks the"
                        + " pte; FOLL_PIN exists; KSM as merged.",
                List.of("17839856fd58 gup: document and work around \"COW can break either way\" issue",
                        "3917c80280c9 thp: change CoW semantics for anon-THP (split the PMD, COW at pte level)",
                        "855921474514 khugepaged: allow to collapse a page shared across fork"),
                Knobs.GUP_READ_COW, "break", Knobs.GUP_FAST_RECHECK, "pte-same", Knobs.FOLL_PIN, "yes",
                Knobs.KSM_MERGE, "merged", Knobs.THP_SPLIT, "pmd", Knobs.THP_COW, "split",
                Knobs.COLLAPSE_REFCOUNT, "mapcount");
        l.add(k58);
        Strategy k59 = def("linux-5.9", Optional.of(k58),
                "do_wp_page reuses only on count == 1; the 5.8 GUP COW break is reverted; fork gives the child a copy"
                        + " of maybe-pinned pages of an mm that has_pinned, checked before the write-protect.",
                List.of("09854ba94c6a mm: do_wp_page() simplification", "a308c71bf1e6 (revert of the 5.8 COW break)",
                        "70e806e4e645 mm: Do early cow for pinned pages during fork() for ptes",
                        "f3c64eda3e50 mm: avoid early COW write protect games during fork()"),
                Knobs.WP_REUSE, "count", Knobs.GUP_READ_COW, "keep", Knobs.FORK_PINNED, "copy-maybe-pinned");
        l.add(k59);
        Strategy k511 = def("linux-5.11", Optional.of(k59),
                "linux-5.9 plus write_protect_seq between fork and FOLL_PIN gup_fast.",
                List.of("57efa1fe5957 mm/gup: prevent gup_fast from racing with COW during fork"),
                Knobs.GUP_FAST_GUARD, "seqcount");
        l.add(k511);
        Strategy k518 = def("linux-5.18", Optional.of(k511),
                "linux-5.11 plus COW fixes part 1: do_swap_page and do_huge_pmd_wp_page use do_wp_page's count rule"
                        + " (reuse only at page_count == 1) instead of reuse_swap_page's mapcount rule, closing the"
                        + " two remaining instances of CVE-2020-29374 (swap and THP).",
                List.of("c145e0b47c77 mm: streamline COW logic in do_swap_page()",
                        "3bff7e3f1f16 mm/huge_memory: streamline COW logic in do_huge_pmd_wp_page()",
                        "03104c2c5db8 mm/swapfile: remove stale reuse_swap_page()",
                        "David Hildenbrand, [PATCH v2 0/9] mm: COW fixes part 1, linux-kernel 2022-01-26"),
                Knobs.THP_PMD_REUSE, "count", Knobs.SWAP_REUSE, "count");
        l.add(k518);
        Strategy k519 = def("linux-5.19", Optional.of(k518),
                "linux-5.18 plus PageAnonExclusive for fork, the write fault, FOLL_PIN (unshare), KSM, subpages and"
                        + " PMDs, try_to_unmap (a maybe-pinned exclusive page is not swapped out) and swap ptes (the"
                        + " exclusive bit).",
                List.of("David Hildenbrand, COW fixes part 2 (2022)", "LWN 895439",
                        "6c287605fd56 mm: remember exclusively mapped anonymous pages with PG_anon_exclusive",
                        "1493a1913e34 mm/swap: remember PG_anon_exclusive via a swp pte bit"),
                Knobs.ANON_EXCLUSIVE, "yes");
        l.add(k519);
        Strategy k63 = def("linux-6.3", Optional.of(k519),
                "linux-5.19, and O_DIRECT takes FOLL_PIN instead of FOLL_GET.",
                List.of("920756a3306a block: convert bio_map_user_iov to use iov_iter_extract_pages"),
                Knobs.DIO_REF, "pin");
        l.add(k63);
        Strategy k615 = def("linux-6.15", Optional.of(k63),
                "linux-6.3 plus COW reuse of PTE-mapped large folios: a write fault on a subpage that is not"
                        + " PageAnonExclusive reuses the folio when it is mapped by this mm only and every reference"
                        + " is a mapping (the folio's MM owner tracking).",
                List.of("1da190f4d0a6 mm: Copy-on-Write (COW) reuse support for PTE-mapped THP",
                        "David Hildenbrand, mm: MM owner tracking for large folios (!hugetlb) +"
                                + " CONFIG_NO_PAGE_MAPCOUNT (2025)"),
                Knobs.THP_PTE_REUSE, "mm-owner");
        l.add(k615);
        l.add(def("linux-6.18", Optional.of(k615),
                "The newest kernel documented (this machine runs 6.18): linux-6.15's rules; no change to the"
                        + " COW/GUP rules of anonymous memory was found between 6.15 and 6.18 (docs/semantics.md,"
                        + " section 8).",
                List.of("linux 6.18 mm/memory.c, mm/gup.c, mm/huge_memory.c, mm/rmap.c")));
        return List.copyOf(l);
    }

    /** The built-ins (the 13 of docs/semantics.md section 3 and the issue-11 eras of section 8), oldest first. */
    public static List<Strategy> builtins() {
        return BUILTINS;
    }

    public static List<String> builtinIds() {
        return BUILTINS.stream().map(Strategy::id).toList();
    }

    public static Strategy builtin(String id) throws StrategyException {
        return find(id).orElseThrow(() -> new StrategyException(
                "unknown strategy '" + id + "'; known: " + String.join(", ", builtinIds()), SourcePos.NONE));
    }

    public static Optional<Strategy> find(String id) {
        return BUILTINS.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** A new strategy: {@code base} with the given knob settings. Unknown knobs or values are errors. */
    public static Strategy derive(String id, Strategy base, List<KnobSetting> settings) throws StrategyException {
        Map<String, String> all = new LinkedHashMap<>(base.settings());
        Map<String, String> changes = new LinkedHashMap<>();
        for (KnobSetting s : settings) {
            Knob k = Knobs.find(s.knob()).orElseThrow(() -> new StrategyException("unknown knob '" + s.knob()
                    + "'; knobs: " + String.join(", ", Knobs.all().stream().map(Knob::name).toList()), s.pos()));
            if (!k.allows(s.value())) {
                throw new StrategyException("knob " + k.name() + " has no value '" + s.value() + "'; values: "
                        + String.join(", ", k.values()), s.pos());
            }
            all.put(k.name(), s.value());
            changes.put(k.name(), s.value());
        }
        Strategy st = new Strategy(id, base.description() + " With " + changes + ".", base.sources(), all,
                Optional.of(base.id()), changes);
        validate(st, settings.isEmpty() ? SourcePos.NONE : settings.get(0).pos());
        return st;
    }

    /** A derivation written as {@code knob=value} words. */
    public static Strategy derive(String id, Strategy base, String... settings) throws StrategyException {
        List<KnobSetting> l = new ArrayList<>();
        for (String s : settings) {
            int eq = s.indexOf('=');
            if (eq < 0) {
                throw new StrategyException("knob setting must read knob=value: '" + s + "'", SourcePos.NONE);
            }
            l.add(new KnobSetting(s.substring(0, eq), s.substring(eq + 1), SourcePos.NONE));
        }
        return derive(id, base, l);
    }

    /** Resolves {@code id} among the built-ins and a scenario's own definitions (which may build on each other). */
    public static Strategy resolve(String id, List<StrategyDef> defs) throws StrategyException {
        return resolve(id, defs, 0, SourcePos.NONE);
    }

    private static Strategy resolve(String id, List<StrategyDef> defs, int depth, SourcePos at)
            throws StrategyException {
        Optional<Strategy> b = find(id);
        if (b.isPresent()) {
            return b.get();
        }
        for (StrategyDef d : defs) {
            if (d.name().equals(id)) {
                if (depth > defs.size()) {
                    throw new StrategyException("strategy '" + id + "' is defined in terms of itself", d.pos());
                }
                return derive(d.name(), resolve(d.base(), defs, depth + 1, d.pos()), d.settings());
            }
        }
        throw new StrategyException("unknown strategy '" + id + "'; known: " + String.join(", ", builtinIds())
                + (defs.isEmpty() ? "" : ", " + String.join(", ", defs.stream().map(StrategyDef::name).toList())), at);
    }

    /** Knob combinations the kernel paths cannot express. */
    static void validate(Strategy s, SourcePos pos) throws StrategyException {
        if (s.is(Knobs.DIO_REF, "pin") && s.is(Knobs.FOLL_PIN, "no")) {
            throw new StrategyException("dio.ref=pin needs foll_pin=yes (FOLL_PIN exists from 5.7)", pos);
        }
        if (s.is(Knobs.ANON_EXCLUSIVE, "yes") && s.is(Knobs.FOLL_PIN, "no")) {
            throw new StrategyException("anon_exclusive=yes needs foll_pin=yes", pos);
        }
    }
}
