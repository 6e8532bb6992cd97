#!/usr/bin/env python3
"""Writes the cow.c catalogue: every anon test of tools/testing/selftests/mm/cow.c on every
backing the model supports, one scenario file per (test, backing), named as cow.c prints it.

    scenarios/cow-catalogue.py            write the files (scenarios/cow-*-{swap,thp,...}.race)
    scenarios/cow-catalogue.py --check    only report files that differ from what it would write
    scenarios/cow-catalogue.py --table    print the coverage table of docs/scenarios.md

The base-page files (cow-basic-after-fork.race, ...) are hand-written and not touched here.
Every expectation below is derived from the rules of docs/semantics.md (sections 2, 6, 7, 8) and
the reasoning written into each file's `about`; the engine explores the scenario and must reach
the same verdict on its own. Nothing here is looked up from a run.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

# Built-in strategies, oldest first (docs/semantics.md sections 3 and 8).
STRATEGIES = [
    "linux-2.6.27", "forcecow-2008", "forcecow-2008-fixed", "brlock-2008",
    "gupfast-mmapsem-2008", "dio-pagelock-2008", "pg-gup-2009", "dontcow-2009",
    "linux-2.6.38", "linux-5.8", "linux-5.9", "linux-5.11", "linux-5.18", "linux-5.19",
    "linux-6.3", "linux-6.15", "linux-6.18",
]
OLD = STRATEGIES[:9]          # 2.6.27, the 2008/2009 proposals, 2.6.38: 2.6.38's THP code
PROPOSALS = STRATEGIES[1:8]

# ---------------------------------------------------------------------------------------------
# Backings: cow.c's run_with_*() setups that the model supports.
# ---------------------------------------------------------------------------------------------
BACKINGS = {
    "swap": dict(
        printed="with swapped out base page", pages=1, thp=None, pageout=True,
        setup='cow.c do_run_with_base_page(swapout=true): "Populate a base page", then\n'
              'MADV_PAGEOUT: the pte becomes a swap entry before the test starts (the\n'
              'selftest skips if "MADV_PAGEOUT did not work, is swap enabled?").'),
    "thp": dict(
        printed="with THP (2048 kB)", pages=4, thp="pmd", pageout=False,
        setup='cow.c do_run_with_thp(THP_RUN_PMD): a THP-aligned MADV_HUGEPAGE area, "Try\n'
              'to populate a THP": one PMD maps the whole folio (pages=4 stands for the\n'
              '512 subpages; no rule depends on the number).'),
    "thp-swap": dict(
        printed="with swapped-out THP (2048 kB)", pages=4, thp="pmd", pageout=True,
        setup='cow.c do_run_with_thp(THP_RUN_PMD_SWAPOUT): a PMD-mapped THP, then\n'
              'MADV_PAGEOUT of the whole range: the PMD is split and every subpage pte becomes\n'
              'a swap entry (THP_SWAP; 2.6.38 split the page first). The folio is freed after\n'
              'writeback, so a swap-in brings back an order-0 page.'),
    "pte-thp": dict(
        printed="with PTE-mapped THP (2048 kB)", pages=4, thp="pte", pageout=False,
        setup='cow.c do_run_with_thp(THP_RUN_PTE): "Trigger PTE-mapping the THP by\n'
              'temporarily mapping a single subpage R/O": the PMD is split, the folio stays\n'
              'one large folio mapped by ptes (from 4.5; 2.6.38 split the page itself into\n'
              'order-0 pages).'),
    "pte-thp-swap": dict(
        printed="with swapped-out, PTE-mapped THP (2048 kB)", pages=4, thp="pte", pageout=True,
        setup='cow.c do_run_with_thp(THP_RUN_PTE_SWAPOUT): a PTE-mapped THP, then\n'
              'MADV_PAGEOUT: every subpage pte becomes a swap entry; a swap-in brings back\n'
              'an order-0 page.'),
    "single-pte-thp": dict(
        printed="with single PTE of THP (2048 kB)", pages=4, thp="single-pte", pageout=False,
        setup='cow.c do_run_with_thp(THP_RUN_SINGLE_PTE): "Discard all but a single subpage\n'
              'of that PTE-mapped THP. What remains is a single PTE mapping a single subpage":\n'
              'the folio is large but only subpage 0 is mapped (count 1).'),
    "single-pte-thp-swap": dict(
        printed="with single PTE of swapped-out THP (2048 kB)", pages=4, thp="single-pte",
        pageout=True,
        setup='cow.c do_run_with_thp(THP_RUN_SINGLE_PTE_SWAPOUT): a single PTE of a THP,\n'
              'then MADV_PAGEOUT: that pte becomes a swap entry; a swap-in brings back an\n'
              'order-0 page.'),
    "partial-shared-thp": dict(
        printed="with partially shared THP (2048 kB)", pages=4, thp="partial-shared",
        pageout=False,
        setup='cow.c do_run_with_thp(THP_RUN_PARTIAL_SHARED): "Share the first page of the\n'
              'THP with a child and quit the child. This will result in some parts of the\n'
              'THP never have been shared": PTE-mapped, subpage 0 read-only and (5.19+) not\n'
              'PageAnonExclusive, the other subpages exclusive and writable.'),
}
SWAPPED = {"swap", "thp-swap", "pte-thp-swap", "single-pte-thp-swap"}
# Backings whose files are not written because the engine rejects them, with its reason (the
# coverage table prints the reason instead of a file name).
UNSUPPORTED = {}
PTE_LIKE = {"pte-thp", "single-pte-thp", "partial-shared-thp"}

# ---------------------------------------------------------------------------------------------
# Tests: cow.c's anon_test_cases[], with the base-page verdicts of the hand-written files.
# ---------------------------------------------------------------------------------------------
H, V = "holds", "violated"


def row(*cells):
    """Verdicts in STRATEGIES order, written as a string of H/V."""
    assert len(cells) == 1 and len(cells[0]) == len(STRATEGIES)
    return {s: (H if c == "H" else V) for s, c in zip(STRATEGIES, cells[0])}


#                     2.6.27 fc fcx br mm dio pg dc 2.6.38 5.8 5.9 5.11 5.18 5.19 6.3 6.15 6.18
TESTS = [
    dict(key="basic", slug="cow-basic-after-fork", desc="Basic COW after fork()",
         fn="test_cow_in_parent",
         quote="Basic COW tests for fork() without any GUP. If we miss to break COW, either the\n"
               "child can observe modifications by the parent or the other way around.",
         base=row("HHHHHHHHHHHHHHHHH")),
    dict(key="basic-mprotect", slug="cow-basic-after-fork-mprotect",
         desc="Basic COW after fork() with mprotect() optimization", fn="test_cow_in_parent_mprotect",
         quote="Basic test, but do an additional mprotect(PROT_READ)+\n"
               "mprotect(PROT_READ|PROT_WRITE) in the parent before write access.",
         base=row("HHHHHHHHHHHHHHHHH")),
    dict(key="vms-child", slug="cow-vmsplice-unmap-child", desc="vmsplice() + unmap in child",
         fn="test_vmsplice_in_child",
         quote="vmsplice() [R/O GUP] + unmap in the child; modify in the parent. If we miss to\n"
               "break COW, the child observes modifications by the parent. This is\n"
               "CVE-2020-29374 reported by Jann Horn.",
         base=row("VVVVVVHHVHHHHHHHH")),
    dict(key="vms-child-mprotect", slug="cow-vmsplice-unmap-child-mprotect",
         desc="vmsplice() + unmap in child with mprotect() optimization",
         fn="test_vmsplice_in_child_mprotect",
         quote="vmsplice() test, but do an additional mprotect(PROT_READ)+\n"
               "mprotect(PROT_READ|PROT_WRITE) in the parent before write access.",
         base=row("VVVVVVHHVHHHHHHHH")),
    dict(key="vms-before", slug="cow-vmsplice-before-fork-unmap-parent",
         desc="vmsplice() before fork(), unmap in parent after fork()", fn="test_vmsplice_before_fork",
         quote="vmsplice() [R/O GUP] in parent before fork(), unmap in parent after fork();\n"
               "modify in the child. If we miss to break COW, the parent observes modifications\n"
               "by the child.",
         base=row("VHHHHVHHVVHHHHHHH")),
    dict(key="vms-parent", slug="cow-vmsplice-unmap-parent",
         desc="vmsplice() + unmap in parent after fork()", fn="test_vmsplice_after_fork",
         quote="vmsplice() [R/O GUP] + unmap in parent after fork(); modify in the child. If we\n"
               "miss to break COW, the parent observes modifications by the child.",
         base=row("VVVVVVHHVHHHHHHHH")),
    dict(key="iouring-ro", slug="cow-iouring-ro-mapping",
         desc="R/O-mapping a page registered as iouring fixed buffer", fn="test_iouring_ro",
         quote="Take a R/W longterm pin and then map the page R/O into the page table to trigger\n"
               "a write fault on next access. When modifying the page, the page content must be\n"
               "visible via the pin.",
         base=row("HHHHHHHHHHVVVHHHH")),
    dict(key="iouring-fork", slug="cow-iouring-fork", desc="fork() with an iouring fixed buffer",
         fn="test_iouring_fork",
         quote="Take a R/W longterm pin and then fork() a child. When modifying the page, the\n"
               "page content must be visible via the pin. We expect the pinned page to not get\n"
               "shared with the child.",
         base=row("VHHHHVHHVVHHHHHHH")),
    dict(key="ro-shared", slug="cow-ro-pin-shared", desc="R/O GUP pin on R/O-mapped shared page",
         fn="test_ro_pin_on_shared", fast=False,
         quote="Take a R/O longterm pin on a R/O-mapped shared anonymous page. When modifying the\n"
               "page via the page table, the page content change must be visible via the pin.",
         base=row("VHVVVVHHVHVVVHHHH")),
    dict(key="ro-fast-shared", slug="cow-ro-fast-pin-shared",
         desc="R/O GUP-fast pin on R/O-mapped shared page", fn="test_ro_fast_pin_on_shared", fast=True,
         quote="Same as above, but using GUP-fast.",
         base=row("VVVVVVHHVHVVVHHHH")),
    dict(key="ro-prev", slug="cow-ro-pin-previously-shared",
         desc="R/O GUP pin on R/O-mapped previously-shared page",
         fn="test_ro_pin_on_ro_previously_shared", fast=False,
         quote="Take a R/O longterm pin on a R/O-mapped exclusive anonymous page that was\n"
               "previously shared. When modifying the page via the page table, the page content\n"
               "change must be visible via the pin.",
         base=row("HHHHHHHHHHVVVHHHH")),
    dict(key="ro-fast-prev", slug="cow-ro-fast-pin-previously-shared",
         desc="R/O GUP-fast pin on R/O-mapped previously-shared page",
         fn="test_ro_fast_pin_on_ro_previously_shared", fast=True,
         quote="Same as above, but using GUP-fast.",
         base=row("HHHHHHHHHHVVVHHHH")),
    dict(key="ro-excl", slug="cow-ro-pin-exclusive", desc="R/O GUP pin on R/O-mapped exclusive page",
         fn="test_ro_pin_on_ro_exclusive", fast=False,
         quote="Take a R/O longterm pin on a R/O-mapped exclusive anonymous page. When modifying\n"
               "the page via the page table, the page content change must be visible via the pin.",
         base=row("HHHHHHHHHHVVVHHHH")),
    dict(key="ro-fast-excl", slug="cow-ro-fast-pin-exclusive",
         desc="R/O GUP-fast pin on R/O-mapped exclusive page", fn="test_ro_fast_pin_on_ro_exclusive",
         fast=True, quote="Same as above, but using GUP-fast.",
         base=row("HHHHHHHHHHVVVHHHH")),
]

GROUP = {"basic": "basic", "basic-mprotect": "basic", "vms-child": "vms-child",
         "vms-child-mprotect": "vms-child", "vms-before": "vms-before", "vms-parent": "vms-parent",
         "iouring-ro": "iouring-ro", "iouring-fork": "iouring-fork", "ro-shared": "ro-shared",
         "ro-fast-shared": "ro-shared", "ro-prev": "ro-prev", "ro-fast-prev": "ro-prev",
         "ro-excl": "ro-excl", "ro-fast-excl": "ro-excl"}


def bgroup(backing):
    return "swap" if backing in SWAPPED else "thp" if backing == "thp" else "pte"


def verdicts(test, backing):
    """The expected verdict per strategy, from the rules of docs/semantics.md (see about)."""
    v = dict(test["base"])
    key, g, b = test["key"], GROUP[test["key"]], bgroup(backing)
    if b == "swap":
        if g in ("vms-child", "vms-parent"):
            # gup_fast cannot take a swap pte: slow GUP, where forcecow-2008 breaks COW; the
            # writer's do_swap_page reuses on mapcount + swapcount == 1 until 5.18.
            v["forcecow-2008"] = H
            v["linux-5.9"] = v["linux-5.11"] = V
        if key == "ro-fast-shared":
            v["forcecow-2008"] = H     # gup_fast falls back to slow GUP, which breaks COW
    elif b == "thp":
        if g in ("vms-child", "vms-parent"):
            v["linux-5.9"] = v["linux-5.11"] = V   # do_huge_pmd_wp_page reuses on mapcount
        elif g == "vms-before":
            v = {s: V for s in STRATEGIES}
            for s in ("linux-5.18", "linux-5.19", "linux-6.3", "linux-6.15", "linux-6.18"):
                v[s] = H
        elif g == "iouring-fork":
            v = {s: (V if s in OLD or s == "linux-5.8" else H) for s in STRATEGIES}
        elif g in ("iouring-ro", "ro-prev", "ro-excl"):
            v = {s: (V if s == "linux-5.18" else H) for s in STRATEGIES}
    return v


# ---------------------------------------------------------------------------------------------
# The per-file reasoning. Each paragraph states the rules that decide the cells, with the
# section of docs/semantics.md that holds the rule and its source.
# ---------------------------------------------------------------------------------------------
WHAT = {
    "basic": (
        "The plain COW contract without GUP: fork() shares the memory read-only with the\n"
        "child, the parent writes, the child must keep reading the old content."),
    "vms-child": (
        "After fork() the child takes a R/O GUP reference with vmsplice() (FOLL_GET) and\n"
        "unmaps its range; the parent writes. The piped page must not be reused by the\n"
        "parent, or the child reads the parent's new data from the pipe."),
    "vms-before": (
        "The parent vmsplice()s (R/O GUP, FOLL_GET) its still exclusive memory, forks,\n"
        "unmaps its range; the child writes. The child must not reuse the page the\n"
        "parent's pipe holds, or the parent reads the child's data from the pipe."),
    "vms-parent": (
        "After fork() the parent vmsplice()s (R/O GUP, FOLL_GET) the shared memory and\n"
        "unmaps its range; the child writes. The child must not reuse the page the\n"
        "parent's pipe holds."),
    "iouring-ro": (
        "A longterm R/W pin (io_uring fixed buffer: FOLL_WRITE | FOLL_PIN | FOLL_LONGTERM;\n"
        "FOLL_GET before 5.7), then mprotect(PROT_READ) and back, which leaves the pte or\n"
        "PMD read-only. The next write fault must reuse the pinned page, or the fixed buffer\n"
        "(the device's dma_read) no longer sees the process's memory: a wrong COW."),
    "iouring-fork": (
        "A longterm R/W pin (io_uring fixed buffer), then fork() with the child kept alive.\n"
        "\"We expect the pinned page to not get shared with the child\": if fork shares it,\n"
        "the parent's write copies and the pin is left behind (wrong COW)."),
    "ro-shared": (
        "The memory is shared with a live child. The parent takes a longterm R/O pin and\n"
        "writes through its page table; the pin must see the write. Only unsharing at pin\n"
        "time (or breaking COW for the read pin) puts the pin on a page the write reuses."),
    "ro-prev": (
        "The memory was shared with a child that is gone (it unmapped, as its exit would):\n"
        "mapped read-only and once, by the parent. A longterm R/O pin, then a write through\n"
        "the page table; the pin must see the write."),
    "ro-excl": (
        "The memory was never shared; mprotect(PROT_READ) and back left it read-only (the\n"
        "selftest clears soft-dirty so that no optimisation maps it writable again). A\n"
        "longterm R/O pin, then a write; the pin must see the write."),
}


def reasoning(test, backing):
    g, b, fast = GROUP[test["key"]], bgroup(backing), test.get("fast", False)
    gup = "GUP-fast" if fast else "slow GUP"
    r = []
    if b == "swap":
        r.append(
            "Swap (docs/semantics.md 7): the access that needs the page swaps it in\n"
            "(do_swap_page). gup_fast cannot take a swap pte and falls back to slow GUP. Until\n"
            "5.17 a write fault on a swap pte maps the page writable when mapcount + swapcount\n"
            "== 1 (can_share_swap_page, c475a8ab625d; reuse_swap_page from 2.6.29); 5.18 uses\n"
            "page_count (c145e0b47c77); 5.19 keeps exclusivity in the swap pte (1493a1913e34),\n"
            "which fork clears. A page somebody else still references stays in the swap cache\n"
            "and the next swap-in of that slot finds it (7.2, 7.3).")
    if b == "thp":
        r.append(
            "PMD-mapped THP (docs/semantics.md 6): fork shares the huge PMD (copy_huge_pmd;\n"
            "from 5.9 a maybe-pinned THP is split and copied per subpage, d042035eaf5f). A\n"
            "write fault on it is do_huge_pmd_wp_page: 2.6.38 reuses on mapcount == 1 or copies\n"
            "the whole THP; 5.8 (3917c80280c9) reuses on the mapcount rule or splits the PMD and\n"
            "copies one subpage at PTE level; the mapcount rule stays until 5.17 (09854ba94c6a\n"
            "changed do_wp_page only); 5.18 reuses on count == 1 (3bff7e3f1f16); 5.19 reuses an\n"
            "exclusive folio. The 2008/2009 proposals run on 2.6.38's THP code: their fork hooks\n"
            "act on ptes only, their GUP hooks on whatever leaf GUP finds (6, \"Proposals on\n"
            "THP\").")
    if b == "pte":
        r.append(
            "PTE-mapped large folio (docs/semantics.md 6.2, 6.5): on 2.6.38's code (2.6.27,\n"
            "the proposals, 2.6.38) the split made order-0 pages, so these cells are the\n"
            "base-page cells. From 5.8 the folio stays large: every mapped pte holds a\n"
            "reference on the folio. The mapcount rule of 5.8 takes the largest subpage\n"
            "mapcount; the count rule (5.9 to 6.14) counts the folio's references, one per\n"
            "mapped pte, so it copies a subpage that is not exclusive whenever another\n"
            "reference exists or more than one pte maps the folio; 5.19 reuses an exclusive\n"
            "subpage first; 6.15 (1da190f4d0a6)\n"
            "reuses a subpage of a folio mapped only by this MM whose references are all\n"
            "mappings. None of these turns a needed copy into a reuse, so the verdicts are\n"
            "those of the base page; only the number of unnecessary copies differs.")
    # Test-specific cells.
    if g == "basic":
        r.append(
            "Every strategy holds: the writer's fault sees the other process's mapping (or\n"
            "its swap pte) in every rule, so it copies. No fix has anything to act on."
            + ("\nThe mprotect() pair only write-protects again (the 2022 optimisation that maps\n"
               "exclusive pages writable is not modelled; these pages are shared anyway)."
               if "mprotect" in test["key"] else ""))
    elif g in ("vms-child", "vms-parent"):
        who = "child" if g == "vms-child" else "parent"
        writer = "parent" if g == "vms-child" else "child"
        if b == "swap":
            r.append(
                f"The {who}'s vmsplice finds a swap pte: slow GUP swaps the page in read-only,\n"
                f"then takes its reference; the {who} unmaps, the page stays in the swap cache\n"
                f"(the pipe's reference, and the {writer}'s swap pte still names the slot).\n"
                f"The {writer}'s write is a swap-in on that slot:\n"
                f"- mapcount + swapcount is 0 + 1: 2.6.27, 2.6.38, forcecow-2008-fixed,\n"
                f"  brlock-2008, gupfast-mmapsem-2008, dio-pagelock-2008 and 5.9/5.11 map the\n"
                f"  piped page writable. Violated. For 5.9 and 5.11 this is the swap instance of\n"
                f"  CVE-2020-29374 that COW fixes part 1 (cover letter, linux-kernel\n"
                f"  2022-01-26) found still open after 09854ba94c6a.\n"
                f"- forcecow-2008, pg-gup-2009, dontcow-2009 and 5.8 break COW in slow GUP: the\n"
                f"  pipe holds the {who}'s own copy. Holds. (forcecow-2008 fails on a present\n"
                f"  page, where vmsplice's gup_fast never reaches slow GUP.)\n"
                f"- 5.18+: count 2 (the pipe): the page is mapped read-only and copied. Holds.")
        elif b == "thp":
            r.append(
                f"The {who}'s vmsplice takes a reference on the folio through the read-only\n"
                f"huge PMD; the {who} unmaps; the {writer} writes subpage 0:\n"
                f"- 2.6.27, 2.6.38 and the proposals without a GUP-time COW break: entire\n"
                f"  mapcount 1, the THP is reused. Violated.\n"
                f"- pg-gup-2009 (the recheck wants a writable PMD, slow GUP forces FOLL_WRITE),\n"
                f"  dontcow-2009 (slow GUP de-COWs) and 5.8 (17839856fd58): the {who} gets its\n"
                f"  own copy before the pipe takes it. Holds.\n"
                f"- 5.9, 5.11: do_huge_pmd_wp_page still uses the mapcount rule: reuse.\n"
                f"  Violated: the THP instance of CVE-2020-29374 (\"The original reproducer can\n"
                f"  be modified quite easily to use THP [3] and make the issue appear again on\n"
                f"  upstream kernels\", COW fixes part 1 cover letter, 2022-01-26).\n"
                f"- 5.18+: count 2: split the PMD, copy subpage 0. Holds.")
        else:
            r.append(
                f"As on a base page: 2.6.27, 2.6.38 and the proposals that do not break COW in\n"
                f"gup_fast reuse the piped page (violated); pg-gup-2009, dontcow-2009 and 5.8\n"
                f"give the {who} its own copy first; from 5.9 the {writer}'s fault sees the\n"
                f"pipe's reference on the folio and copies (holds).")
    elif g == "vms-before":
        if b == "thp":
            r.append(
                "The parent's vmsplice references the folio through its writable PMD; fork\n"
                "shares the PMD (the reference is FOLL_GET: nothing is pinned, so 5.9's split\n"
                "does not apply); the parent unmaps; the child writes subpage 0:\n"
                "- every strategy on 2.6.38's THP code: copy_huge_pmd shares without a check\n"
                "  (the proposals' fork hooks are in copy_one_pte), entire mapcount 1: reuse.\n"
                "  Violated, also for the proposals that hold on a base page.\n"
                "- 5.8, 5.9, 5.11: the mapcount rule of do_huge_pmd_wp_page: reuse. Violated.\n"
                "- 5.18+ (3bff7e3f1f16): count 2: split, copy. Holds.")
        elif b == "swap":
            r.append(
                "The parent's vmsplice finds a swap pte: slow GUP swaps the page in (the slot\n"
                "is freed, the page leaves the swap cache) and takes its reference; from there\n"
                "it is the base-page case: fork-time fixes that see count != mapcount give the\n"
                "child its own page (forcecow-2008(-fixed), brlock-2008, gupfast-mmapsem-2008,\n"
                "pg-gup-2009, dontcow-2009), and from 5.9 the child's fault sees the pipe's\n"
                "reference. 2.6.27, 2.6.38, dio-pagelock-2008 and 5.8 reuse. Violated there.")
        else:
            r.append(
                "As on a base page: the fork-time fixes that see the extra reference give the\n"
                "child a copy; 5.8's GUP-time COW break had nothing to break; from 5.9 the\n"
                "child's fault counts the pipe's reference on the folio and copies.")
    elif g == "iouring-ro":
        if b == "thp":
            r.append(
                "The pin references the folio; mprotect leaves the huge PMD read-only; the\n"
                "write is do_huge_pmd_wp_page:\n"
                "- mapcount rule (2.6.38's code, 5.8 to 5.17): entire mapcount 1: reuse. Holds,\n"
                "  also on 5.9 and 5.11, whose count rule never reached the huge PMD.\n"
                "- 5.18: count 2 (mapping + pin) != 1: split the PMD, copy subpage 0: the pin is\n"
                "  stale. Violated: \"This series certainly makes (2) worse for THP\" (COW fixes\n"
                "  part 1 cover letter, 2022-01-26).\n"
                "- 5.19+: the folio is PageAnonExclusive: reuse. Holds.")
        elif b == "swap":
            r.append(
                "The R/W pin finds a swap pte: slow GUP swaps in with a write fault (the page is\n"
                "the process's own: mapped writable on every rule) and pins. From there it is the\n"
                "base-page case: the mapcount rule reuses; 5.9 to 5.18 see count 1 + 1024 and\n"
                "copy away from the pin (violated); 5.19 reuses the exclusive page.")
        else:
            r.append(
                "As on a base page: the mapcount rule reuses; the count rule (5.9, 5.11, 5.18)\n"
                "copies away from the pin (the folio's count has the pin and every mapped pte).\n"
                "Violated there. 5.19+ reuses the exclusive subpage (a partially shared THP's\n"
                "subpage 0 is not exclusive: the pin's own write fault copies it first, 6.15\n"
                "reuses it in place; either way the pinned page is exclusive).")
    elif g == "iouring-fork":
        if b == "thp":
            r.append(
                "fork meets a pinned PMD-mapped THP:\n"
                "- 2.6.38's copy_huge_pmd shares it: 2.6.27, 2.6.38 and every proposal (their\n"
                "  fork hooks are in copy_one_pte); 5.8 has no fork check. The parent's write\n"
                "  copies (mapcount 2): the pin is stale. Violated.\n"
                "- 5.9+ (d042035eaf5f, Peter Xu: \"For huge PMDs, we split the huge pmd if\n"
                "  pinning is detected\"; 5.19 page_try_dup_anon_rmap fails the same way): the\n"
                "  PMD is split and every maybe-pinned subpage is copied for the child; the\n"
                "  parent keeps its writable mapping. Holds.")
        elif b == "swap":
            r.append(
                "The R/W pin swaps the page in with a write fault and pins it; from there it is\n"
                "the base-page case: the fork-time fixes that see the pin (count != mapcount,\n"
                "PG_gup, PG_dontcow, page_maybe_dma_pinned from 5.9) give the child a copy.")
        else:
            r.append(
                "As on a base page; from 5.9 page_maybe_dma_pinned is exact for a large folio\n"
                "(_pincount, 47e29d32afba), so every subpage of the pinned folio is copied for\n"
                "the child.")
    elif g == "ro-shared":
        if b == "swap":
            r.append(
                f"The pin finds a swap pte: slow GUP (GUP-fast falls back to it) swaps the page\n"
                f"in read-only (the child's swap pte keeps the slot) and pins. As on a base page:\n"
                f"a read pin that breaks COW in slow GUP (forcecow-2008, pg-gup-2009,\n"
                f"dontcow-2009, 5.8) or unshares (5.19) holds; the others pin the shared page and\n"
                f"the write copies away from it."
                + ("\nforcecow-2008 holds here although it fails on a present page: its COW break\n"
                   "is in slow GUP, which GUP-fast only reaches for a swap pte." if fast else ""))
        elif b == "thp":
            r.append(
                f"The R/O pin ({gup}) on the shared huge PMD:\n"
                f"- proposals that break COW for a read GUP on the leaf"
                + (" (pg-gup-2009: the recheck wants\n  a writable PMD; dontcow-2009)" if fast else
                   " (forcecow-2008,\n  pg-gup-2009, dontcow-2009)")
                + ": do_huge_pmd_wp_page copies the THP for the\n"
                f"  parent first; 5.8: FOLL_WRITE splits and copies subpage 0. Holds.\n"
                f"- 2.6.27, 2.6.38, the others: the pin stays on the shared THP, the write\n"
                f"  copies. Violated. 5.9 to 5.18 the same (split, copy at PTE level).\n"
                f"- 5.19+: the R/O pin of a not-exclusive THP unshares (FAULT_FLAG_UNSHARE in\n"
                f"  do_huge_pmd_wp_page: count 2, split; the PTE-level unshare copies subpage 0,\n"
                f"  exclusive and read-only), then pins; the write reuses it. Holds.")
        else:
            r.append(
                "As on a base page: breaking COW for the read pin (forcecow-2008 in slow GUP,\n"
                "pg-gup-2009, dontcow-2009, 5.8) or unsharing it (5.19+) holds; pinning the\n"
                "shared page and copying on the write is violated (2.6.27, 2.6.38, the\n"
                "fork-time proposals, 5.9 to 5.18).")
    elif g == "ro-prev":
        if b == "thp":
            r.append(
                "The huge PMD is read-only, the folio mapped once and (5.19) not exclusive:\n"
                "- mapcount rule (2.6.38's code, 5.8 to 5.17): reuse. Holds, also on 5.9 and\n"
                "  5.11: their count rule never reached do_huge_pmd_wp_page.\n"
                "- 5.18: count 2 (mapping + pin): split, copy: the pin is stale. Violated.\n"
                "- 5.19+: the R/O pin unshares first: count 1, reuse, mark exclusive, the PMD\n"
                "  stays read-only; the write reuses the exclusive THP. Holds.")
        elif b == "swap":
            r.append(
                "The pin swaps the page in (the child's swap pte is gone, so the slot is freed):\n"
                "as on a base page. 5.19 even maps it exclusive (page_count == 1 at swap-in).\n"
                "The count rule (5.9, 5.11, 5.18) copies away from the pin. Violated there.")
        else:
            r.append(
                "As on a base page: the mapcount rule reuses; the count rule (5.9, 5.11, 5.18)\n"
                "sees the pin and copies (violated); 5.19+ unshares at pin time (a copy while\n"
                "the large folio is mapped by other ptes, a reuse from 6.15 when all references\n"
                "are this MM's mappings) and the write reuses the exclusive page.")
    elif g == "ro-excl":
        if b == "thp":
            r.append(
                "The huge PMD is read-only and the folio was never shared:\n"
                "- mapcount rule (2.6.38's code, 5.8 to 5.17): reuse. Holds (5.9 and 5.11 too).\n"
                "- 5.18: count 2: split, copy. Violated.\n"
                "- 5.19+: exclusive: no unshare, the write reuses. Holds.")
        elif b == "swap":
            r.append(
                "The pin swaps the page in read-only; 5.19 keeps it exclusive (the swap pte's\n"
                "exclusive bit). As on a base page: the count rule (5.9, 5.11, 5.18) copies away\n"
                "from the pin (violated); the others reuse.")
        else:
            r.append(
                "As on a base page: the count rule (5.9, 5.11, 5.18) copies away from the pin\n"
                "(violated); 5.19+ reuses the exclusive subpage (a partially shared THP's\n"
                "subpage 0 is not exclusive: the R/O pin unshares it first).")
    return r


def history(test, backing):
    g, b = GROUP[test["key"]], bgroup(backing)
    h = "tools/testing/selftests/mm/cow.c: " + test["fn"] + "()"
    if g in ("vms-child", "vms-parent") and b in ("swap", "thp"):
        h += ("; CVE-2020-29374 left open in do_swap_page()/do_huge_pmd_wp_page() by "
              "09854ba94c6a, fixed by COW fixes part 1 (5.18)")
    elif g == "vms-before" and b == "thp":
        h += "; fixed for THP by 3bff7e3f1f16 (COW fixes part 1, 5.18)"
    elif g in ("iouring-ro", "ro-prev", "ro-excl") and b == "thp":
        h += "; THP regression of COW fixes part 1 (5.18), fixed by part 2 (5.19)"
    elif g == "iouring-fork" and b == "thp":
        h += "; d042035eaf5f (5.9, split pinned huge PMDs at fork)"
    elif g in ("iouring-ro", "ro-prev", "ro-excl", "ro-shared"):
        h += "; 09854ba94c6a (5.9) regression, fixed by COW fixes part 2 (5.19)"
    return h


CHANGED = {  # why a cell differs from the base-page file, by (group, backing group)
    ("vms-child", "swap"): {"forcecow-2008": "slow GUP (no gup_fast on a swap pte) breaks COW",
                            "linux-5.9": "do_swap_page reuses: mapcount 0 + swapcount 1",
                            "linux-5.11": "as 5.9"},
    ("vms-parent", "swap"): {"forcecow-2008": "slow GUP (no gup_fast on a swap pte) breaks COW",
                             "linux-5.9": "do_swap_page reuses: mapcount 0 + swapcount 1",
                             "linux-5.11": "as 5.9"},
    ("ro-shared", "swap"): {"forcecow-2008": "GUP-fast falls back to slow GUP, which breaks COW"},
    ("vms-child", "thp"): {"linux-5.9": "do_huge_pmd_wp_page: entire mapcount 1, reuse",
                           "linux-5.11": "as 5.9"},
    ("vms-parent", "thp"): {"linux-5.9": "do_huge_pmd_wp_page: entire mapcount 1, reuse",
                            "linux-5.11": "as 5.9"},
    ("vms-before", "thp"): {s: "copy_huge_pmd shares; its fork hook is pte-level only"
                            for s in PROPOSALS},
    ("iouring-fork", "thp"): {s: "copy_huge_pmd shares the pinned THP" for s in PROPOSALS},
    ("iouring-ro", "thp"): {"linux-5.9": "mapcount rule on the huge PMD: reuse",
                            "linux-5.11": "as 5.9"},
    ("ro-prev", "thp"): {"linux-5.9": "mapcount rule on the huge PMD: reuse",
                         "linux-5.11": "as 5.9"},
    ("ro-excl", "thp"): {"linux-5.9": "mapcount rule on the huge PMD: reuse",
                         "linux-5.11": "as 5.9"},
}
NEW_IDS = {  # one comment for the strategies the base-page files did not have
    "linux-2.6.38": "2.6.27's rules plus THP",
    "linux-5.18": "COW fixes part 1: count rule for THP and swap-in",
    "linux-6.15": "MM owner tracking, COW reuse of PTE-mapped THP",
    "linux-6.18": "as 6.15",
}


def expect_lines(test, backing):
    v, base = verdicts(test, backing), test["base"]
    why = CHANGED.get((GROUP[test["key"]], bgroup(backing)), {})
    out = []
    for s in STRATEGIES:
        note = why.get(s) if v[s] != base[s] else None
        if note is None and s in NEW_IDS and s in ("linux-5.18",) and v[s] != base[s]:
            note = NEW_IDS[s]
        line = f"expect {s:<20} {v[s]}"
        if note:
            line = f"{line} # {note}"
        out.append(line)
    return out


def body(test, backing):
    k, bk = test["key"], BACKINGS[backing]
    thp = f" thp={bk['thp']}" if bk["thp"] else ""
    lines = ["process P", f"map P.buf anon private rw pages={bk['pages']} fill=A{thp}", "thread P.main"]
    if bk["pageout"]:
        lines.append("  madvise buf pageout  # MADV_PAGEOUT: the ptes become swap entries")
    fast = " fast" if test.get("fast") else ""
    if k in ("basic", "basic-mprotect"):
        lines += ["  fork C", "  wait child_ready"]
        if k == "basic-mprotect":
            lines += ["  mprotect buf ro",
                      "  mprotect buf rw  # \"mprotect() optimizations might try avoiding write-faults\""]
        lines += ["  store buf[0] data=F  # memset(mem, 0xff, size)", "  signal parent_ready",
                  "thread C.main", "  load buf[0] -> r1  # backup of the original content",
                  "  signal child_ready", "  wait parent_ready",
                  "  load buf[0] -> r2  # \"See if we still read the old values.\"",
                  'require C.main.r2 == A   "No leak from parent into child"',
                  'require P.buf[0] == F   "the parent sees its own write"']
    elif k in ("vms-child", "vms-child-mprotect"):
        lines += ["  fork C", "  wait child_ready"]
        if k == "vms-child-mprotect":
            lines += ["  mprotect buf ro", "  mprotect buf rw"]
        lines += ["  store buf[0] data=F  # modify the memory in the parent", "  signal parent_ready",
                  "thread C.main", "  vmsplice buf[0] pipe=p  # \"Trigger a read-only pin.\"",
                  "  munmap buf              # \"Unmap it from our page tables.\"",
                  "  signal child_ready", "  wait parent_ready",
                  "  pipe_read p -> r1  # \"See if we still read the old values via the pipe.\"",
                  'require C.main.r1 == A   "No leak from parent into child"']
    elif k == "vms-before":
        lines += ["  vmsplice buf[0] pipe=p  # R/O GUP before fork()", "  fork C",
                  "  wait child_ready", "  munmap buf", "  signal parent_ready",
                  "  wait child_done    # wait(&ret): the child has written",
                  "  pipe_read p -> r1  # \"See if we still read the old values.\"",
                  "thread C.main", "  signal child_ready", "  wait parent_ready",
                  "  store buf[0] data=F  # \"Modify page content in the child.\"",
                  "  signal child_done",
                  'require P.main.r1 == A   "No leak from child into parent"']
    elif k == "vms-parent":
        lines += ["  fork C", "  vmsplice buf[0] pipe=p  # R/O GUP after fork()",
                  "  wait child_ready", "  munmap buf", "  signal parent_ready",
                  "  wait child_done", "  pipe_read p -> r1",
                  "thread C.main", "  signal child_ready", "  wait parent_ready",
                  "  store buf[0] data=F  # \"Modify page content in the child.\"",
                  "  signal child_done",
                  'require P.main.r1 == A   "No leak from child into parent"']
    elif k == "iouring-ro":
        lines += ["  pin buf[0] rw longterm as fixed  # io_uring_register_buffers()",
                  "  mprotect buf ro                  # \"Map the page R/O into the page table.\"",
                  "  mprotect buf rw",
                  "  store buf[0] data=F       # memset(mem, 0xff, size)",
                  "  dma_read fixed 0-7 -> r1  # io_uring_prep_write_fixed(): the device reads through the pin",
                  "  unpin fixed",
                  'require P.main.r1 == F   "Longterm R/W pin is reliable"']
    elif k == "iouring-fork":
        lines += ["  pin buf[0] rw longterm as fixed  # io_uring_register_buffers()",
                  "  fork C                           # \"keep the child alive until we're done\"",
                  "  wait child_ready", "  store buf[0] data=F",
                  "  dma_read fixed 0-7 -> r1  # write_fixed reads the page through the pin",
                  "  signal parent_ready", "  unpin fixed",
                  "thread C.main", "  signal child_ready", "  wait parent_ready",
                  'require P.main.r1 == F   "Longterm R/W pin is reliable"']
    elif k in ("ro-shared", "ro-fast-shared"):
        lines += ["  fork C", "  wait child_ready                 # \"Wait until our child is ready.\"",
                  f"  pin buf[0] ro{fast} longterm as ropin  # \"Take a R/O pin. This should trigger unsharing.\"",
                  "  store buf[0] data=F              # \"Modify the page.\"",
                  "  dma_read ropin 0-7 -> r1         # PIN_LONGTERM_TEST_READ: read back through the pin",
                  "  unpin ropin", "  signal parent_ready  # let the child quit",
                  "thread C.main", "  signal child_ready", "  wait parent_ready",
                  'require P.main.r1 == F   "Longterm R/O pin is reliable"']
    elif k in ("ro-prev", "ro-fast-prev"):
        lines += ["  fork C",
                  "  wait child_gone                  # \"Tell the child to quit now and wait until it quit.\"",
                  f"  pin buf[0] ro{fast} longterm as ropin",
                  "  store buf[0] data=F", "  dma_read ropin 0-7 -> r1", "  unpin ropin",
                  "thread C.main", "  munmap buf  # the child's exit, as far as this memory is concerned",
                  "  signal child_gone",
                  'require P.main.r1 == F   "Longterm R/O pin is reliable"']
    elif k in ("ro-excl", "ro-fast-excl"):
        lines += ["  mprotect buf ro  # \"Map the page R/O into the page table.\"",
                  "  mprotect buf rw  # (soft-dirty cleared: no optimisation maps it writable again)",
                  f"  pin buf[0] ro{fast} longterm as ropin",
                  "  store buf[0] data=F", "  dma_read ropin 0-7 -> r1", "  unpin ropin",
                  'require P.main.r1 == F   "Longterm R/O pin is reliable"']
    return lines


def align_comments(lines):
    """The formatter's layout (./mmrace format): in each run of consecutive lines with a trailing
    comment, the comments start two columns after the longest code part of the run."""
    out, run = [], []

    def flush():
        width = max(len(code) for code, _ in run)
        out.extend(f"{code:<{width}}  # {comment}" for code, comment in run)
        run.clear()

    for line in lines:
        code, sep, comment = line.partition(" # ")
        if sep and code.count('"') % 2 == 0:  # the " # " is not inside a quoted label
            run.append((code.rstrip(), comment.strip()))
            continue
        if run:
            flush()
        out.append(line)
    if run:
        flush()
    return out


def wrap_quote(text):
    return "\n".join("  " + l for l in text.splitlines())


def scenario_text(test, backing):
    bk = BACKINGS[backing]
    name = f"{test['slug']}-{backing}"
    title = f"{test['desc']} ... {bk['printed']}"
    about = [WHAT[GROUP[test["key"]]],
             "cow.c: \"" + test["quote"].replace("\n", "\n") + "\"",
             "Backing: " + bk["setup"],
             "The scenario writes and checks subpage 0, where cow.c memsets and compares the\n"
             "whole range: the rules below decide per subpage or per folio, and subpage 0 is\n"
             "the one every test touches first and, in a partially shared THP, the one that\n"
             "was shared."
             if bk["thp"] else None]
    about = [a for a in about if a] + reasoning(test, backing)
    text = [f"scenario {name}", f'title "{title}"', f'source "{history(test, backing)}"',
            'about """']
    for i, para in enumerate(about):
        if i:
            text.append("")
        text.append(para)
    text.append('"""')
    text += align_comments(body(test, backing) + expect_lines(test, backing))
    return "\n".join(text) + "\n"


def files():
    for test in TESTS:
        for backing in BACKINGS:
            if backing not in UNSUPPORTED:
                yield HERE / f"{test['slug']}-{backing}.race", scenario_text(test, backing)


# ---------------------------------------------------------------------------------------------
# cow.c's anon_thp_test_cases[]: the khugepaged (MADV_COLLAPSE) tests, run on a PMD THP.
# ---------------------------------------------------------------------------------------------
COLLAPSE = [
    dict(slug="cow-collapse-before-fork", variant="unshared",
         desc="Basic COW after fork() when collapsing before fork()",
         fn="test_anon_thp_collapse_unshared",
         quote="Basic COW test for fork() without any GUP when collapsing a THP before fork().\n"
               "Re-mapping a PTE-mapped anon THP using a single PMD (\"in-place collapse\") might\n"
               "easily get COW handling wrong when not collapsing exclusivity information\n"
               "properly."),
    dict(slug="cow-collapse-after-fork-fully-shared", variant="fully",
         desc="Basic COW after fork() when collapsing after fork() (fully shared)",
         fn="test_anon_thp_collapse_fully_shared",
         quote="Basic COW test, but collapse after COW-sharing a full THP."),
    dict(slug="cow-collapse-after-fork-lower-shared", variant="lower",
         desc="Basic COW after fork() when collapsing after fork() (lower shared)",
         fn="test_anon_thp_collapse_lower_shared",
         quote="Basic COW test, but collapse after COW-sharing the lower half of a THP."),
    dict(slug="cow-collapse-after-fork-upper-shared", variant="upper",
         desc="Basic COW after fork() when collapsing after fork() (upper shared)",
         fn="test_anon_thp_collapse_upper_shared",
         quote="Basic COW test, but collapse after COW-sharing the upper half of a THP."),
]


def holds_text(var):
    """Why every strategy holds in the collapse test `var` (docs/semantics.md 6.6)."""
    t = ["Every strategy holds, for different reasons:",
         "- 2.6.38's code (2.6.27, the proposals, 2.6.38): the mprotect() split made",
         "  order-0 pages, and __collapse_huge_page_isolate refuses: \"cannot use mapcount:",
         "  can't collapse if there's a gup pin\" wants page_count == 1 and every pte",
         "  writable, " + ("and subpage 1's pte is read-only after the mprotect() pair."
                          if var == "unshared" else
                          "and the shared pages have count 2 and read-only ptes."),
         "  Nothing collapses; ordinary COW of order-0 pages copies."]
    if var == "fully":
        t += ["- 5.8+: fork() write-protected every pte of the range, and the collapse wants at",
              "  least one writable pte (10359213d05a, 4.0: SCAN_PAGE_RO, for MADV_COLLAPSE",
              "  too): refused; cow.c then reports a skip (\"MADV_COLLAPSE failed\"). Ordinary",
              "  COW holds. Had it collapsed (855921474514 allows shared pages, count ==",
              "  mapcount; the 2025 patch \"mm: Enable khugepaged to operate on non-writable",
              "  VMAs\" drops the writable test), the parent would write into a new THP of its",
              "  own: it holds either way."]
    else:
        t += ["- 5.8+ (855921474514 \"khugepaged: allow to collapse a page shared across fork\":",
              "  is_refcount_suitable, count == mapcount, \"Check if the page has any GUP (or",
              "  other external) pins\"; at least one writable pte, 10359213d05a): the",
              "  PTE-mapped folio collapses. An anon collapse copies into a new THP, mapped",
              "  writable by one PMD in the collapsing process only;"]
        if var == "unshared":
            t += ["  fork then shares that PMD and the parent's write splits and copies (5.19: the",
                  "  new THP is exclusive, fork's page_try_dup_anon_rmap clears the flag)."]
        else:
            t += ["  the child keeps its mappings of the old folio, the parent writes into the",
                  "  new THP. (The parent's earlier write to the unshared half copied those",
                  "  subpages under the count rule, 5.9 to 6.14, or reused them; the collapse",
                  "  takes order-0 pages and subpages of a large folio alike.)"]
    t += ["cow.c's \"in-place collapse\" would have to carry PageAnonExclusive over per",
          "subpage; no kernel in the strategy list collapses anon memory in place."]
    return "\n".join(t)


def collapse_text(c):
    var = c["variant"]
    checked = {"unshared": ["buf[0]", "buf[2]"], "fully": ["buf[0]", "buf[2]"],
               "lower": ["buf[0]"], "upper": ["buf[2]"]}[var]
    lines = [f"scenario {c['slug']}", f'title "{c["desc"]}"',
             f'source "tools/testing/selftests/mm/cow.c: {c["fn"]}(); 855921474514 (5.8, collapse of '
             'shared pages), 7d8faaf15545 (6.1, MADV_COLLAPSE)"', 'about """']
    about = [
        "cow.c: \"" + c["quote"] + "\"",
        "cow.c do_test_anon_thp_collapse() on a PMD-mapped THP (pages=4 stands for 512):\n"
        "\"Trigger PTE-mapping the THP by temporarily mapping a single subpage R/O, such\n"
        "that we can try collapsing it later\", then MADV_COLLAPSE "
        + {"unshared": "before fork(); the child\ncompares the whole range after the parent's write.",
           "fully": "after fork() has\nCOW-shared the whole THP; the child compares the whole range.",
           "lower": "after fork() has\nshared only the lower half (\"Don't COW-share the upper part of the THP\":\n"
                    "MADV_DONTFORK of the upper half before fork(), MADV_DOFORK after it \"such that we\n"
                    "merge the VMAs and are able to actually collapse\"). The child compares the lower\n"
                    "half. The model's madvise takes whole regions, so the child unmaps the upper half\n"
                    "at once after fork() (the same mappings and counts as never sharing it), and the\n"
                    "parent's write to the upper half comes before the collapse: fork() write-protected\n"
                    "those ptes, which MADV_DONTFORK would have left writable, and a collapse needs a\n"
                    "writable pte (10359213d05a). The COW-shared lower half is still collapsed before\n"
                    "anyone modified it, as in cow.c.",
           "upper": "after fork() has\nshared only the upper half (\"Don't COW-share the lower part of the THP\"),\n"
                    "as for the lower half: here the child unmaps the lower half at once after fork(),\n"
                    "and the parent writes the lower half before the collapse. The child compares the\n"
                    "upper half."}[var],
        "`collapse` in a user thread is MADV_COLLAPSE (6.1): the collapse_huge_page path\n"
        "of khugepaged without the max_ptes_* limits. On strategies before 6.1 the model\n"
        "runs the same path with that era's checks (docs/semantics.md 6.6, a modelling\n"
        "choice: the path is khugepaged's, only the trigger is new).",
        holds_text(var),
    ]
    lines += ["\n\n".join(about), '"""', "process P",
              "map P.buf anon private rw pages=4 fill=A thp=pmd", "thread P.main",
              "  mprotect buf[1] ro  # \"Trigger PTE-mapping the THP by temporarily mapping a single subpage R/O\"",
              "  mprotect buf[1] rw"]
    if var == "unshared":
        lines.append("  collapse buf        # MADV_COLLAPSE: \"Collapse before actually COW-sharing the page.\"")
    lines += ["  fork C", "  wait child_ready"]
    if var == "lower":
        lines.append("  store buf[2] data=F  # the unshared upper half writable again (cow.c: MADV_DONTFORK kept it so)")
    elif var == "upper":
        lines.append("  store buf[0] data=F  # the unshared lower half writable again (cow.c: MADV_DONTFORK kept it so)")
    if var != "unshared":
        lines.append("  collapse buf        # MADV_COLLAPSE: \"Collapse before anyone modified the COW-shared page.\"")
    stores = {"unshared": ["buf[0]", "buf[2]"], "fully": ["buf[0]", "buf[2]"],
              "lower": ["buf[0]"], "upper": ["buf[2]"]}[var]
    lines.append(f"  store {stores[0]} data=F  # \"Modify the page.\" (memset of the whole range)")
    lines += [f"  store {a} data=F" for a in stores[1:]]
    lines += ["  signal parent_ready", "thread C.main"]
    if var == "lower":
        lines.append("  munmap buf[2-3]  # cow.c: MADV_DONTFORK of the upper half before fork()")
    elif var == "upper":
        lines.append("  munmap buf[0-1]  # cow.c: MADV_DONTFORK of the lower half before fork()")
    lines += ["  signal child_ready", "  wait parent_ready"]
    for i, a in enumerate(checked, 1):
        lines.append(f"  load {a} -> r{i}" + ("  # \"See if we still read the old values.\"" if i == 1 else ""))
    for i, a in enumerate(checked, 1):
        lines.append(f'require C.main.r{i} == A   "No leak from parent into child"')
    lines.append('require P.buf[0] == F   "the parent sees its own write"')
    lines += [f"expect {s:<20} holds" for s in STRATEGIES]
    head = lines.index("process P")
    return "\n".join(lines[:head] + align_comments(lines[head:])) + "\n"


def all_files():
    yield from files()
    for c in COLLAPSE:
        yield HERE / f"{c['slug']}.race", collapse_text(c)


# ---------------------------------------------------------------------------------------------
# Coverage table for docs/scenarios.md.
# ---------------------------------------------------------------------------------------------
COLUMNS = [("base page", None), ("swapped-out base", "swap"), ("PMD THP", "thp"),
           ("swapped-out THP", "thp-swap"), ("PTE-mapped THP", "pte-thp"),
           ("swapped-out PTE-mapped THP", "pte-thp-swap"), ("single PTE", "single-pte-thp"),
           ("single PTE, swapped out", "single-pte-thp-swap"),
           ("partially shared THP", "partial-shared-thp")]


def table():
    out = ["| cow.c test | " + " | ".join(c for c, _ in COLUMNS)
           + " | partially mremap()'ed THP | hugetlb |",
           "|---|" + "---|" * (len(COLUMNS) + 2)]
    for t in TESTS:
        cells = [f"not covered (c)" if b in UNSUPPORTED else f"`{t['slug']}{'-' + b if b else ''}`"
                 for _, b in COLUMNS]
        out.append(f"| {t['desc']} | " + " | ".join(cells) + " | not covered (a) | not modelled (b) |")
    for c in COLLAPSE:
        out.append(f"| {c['desc']} | – | – | `{c['slug']}` | – | – | – | – | – | – | – | – |")
    return "\n".join(out)


def main(argv):
    if argv[1:] == ["--table"]:
        print(table())
        return 0
    check = argv[1:] == ["--check"]
    if argv[1:] and not check:
        print("usage: scenarios/cow-catalogue.py [--check | --table]", file=sys.stderr)
        return 2
    stale = 0
    for path, text in all_files():
        if path.exists() and path.read_text() == text:
            continue
        stale += 1
        if check:
            print(f"differs: {path.name}")
        else:
            path.write_text(text)
    if not check:
        print(f"wrote {stale} file(s)")
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
