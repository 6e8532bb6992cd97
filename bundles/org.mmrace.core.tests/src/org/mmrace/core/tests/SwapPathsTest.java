package org.mmrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Verdict;
import org.mmrace.core.run.Violation;
import org.mmrace.core.run.ViolationClass;
import org.mmrace.core.trace.TraceStep;

/** Swap of order-0 pages: madvise pageout (reclaim, try_to_unmap), do_swap_page, fork of a swap pte. */
class SwapPathsTest {

    private static RunResult run(String name, String text, String strategy) {
        return Runs.run(Library.parse(name + ".race", text), strategy);
    }

    private static boolean traceSays(RunResult r, String words) {
        return r.witness().orElseThrow().steps().stream().map(TraceStep::kernelStep).anyMatch(s -> s.contains(words));
    }

    private static final String ROUND_TRIP = """
            scenario swap-round-trip
            process P
            map P.buf anon private rw pages=1 fill=A
            thread P.t
              store buf[0].0 data=W
              madvise buf pageout
              load buf[0].0 -> r1
            require P.t.r1 == W   "the swapped-in page holds the store"
            require P.buf[0].0 == W
            """;

    @Test
    void pageoutFreesTheUnreferencedPageAndTheLoadReadsItBackFromTheSlot() {
        for (String id : List.of("linux-2.6.27", "linux-5.11", "linux-5.19")) {
            RunResult r = run("swap-round-trip", ROUND_TRIP, id);
            assertEquals(Verdict.HOLDS, r.verdict(), id + ": " + r.violations());
            assertTrue(traceSays(r, "add_to_swap page#1 -> swap#1"), id);
            assertTrue(traceSays(r, "only the swap cache holds page#1: freed"), id);
            assertTrue(traceSays(r, "do_swap_page P.buf[0]: swap#1 read into page#1"), id);
        }
    }

    /** cow.c "vmsplice() + unmap in child" on a swapped-out base page (CVE-2020-29374 through swap). */
    private static final String VMSPLICE_SWAPPED = """
            scenario vmsplice-unmap-child-swapped-out
            process P
            map P.buf anon private rw pages=1 fill=A
            thread P.main
              madvise buf pageout
              fork C
              wait child_ready
              store buf[0] data=F
              signal parent_ready
            thread C.main
              vmsplice buf[0] pipe=p
              munmap buf
              signal child_ready
              wait parent_ready
              pipe_read p -> r1
            require C.main.r1 == A   "No leak from parent into child"
            strategy swap-count = linux-5.11 with swap.reuse=count
            """;

    @Test
    void reuseSwapPageOnMapcountLeaksTheParentsStoreIntoTheChildsPipe() {
        // 5.11: the child's read fault swaps the page in (it stays in the swap cache: the parent's swap pte
        // names the slot); after the child's munmap the parent's write fault sees mapcount 0 + swapcount 1
        // == 1 (reuse_swap_page) and reuses the page the pipe holds: the 09854ba94c6a count rule never runs
        for (String id : List.of("linux-2.6.27", "linux-5.11")) {
            RunResult r = run("vmsplice-swapped", VMSPLICE_SWAPPED, id);
            assertEquals(Verdict.VIOLATED, r.verdict(), id);
            Violation v = r.violation(Oracle.ISOLATION, ViolationClass.MISSED_COW).orElseThrow();
            assertEquals("C", v.process().orElseThrow());
            assertEquals("F", v.seen().orElseThrow());
            assertTrue(v.trace().steps().stream().anyMatch(s -> s.kernelStep().contains("mapcount 0 + swapcount 1 == 1")),
                    id);
        }
    }

    @Test
    void countRuleInDoSwapPageClosesTheLeak() {
        // 5.18 (c145e0b47c77): page_count 2 (mapping + pipe) != 1: map read-only, do_wp_page copies;
        // 5.19: the fork cleared the swap pte's exclusive bit, same count rule
        for (String id : List.of("swap-count", "linux-5.19")) {
            RunResult r = run("vmsplice-swapped", VMSPLICE_SWAPPED, id);
            assertEquals(Verdict.HOLDS, r.verdict(), id + ": " + r.violations());
        }
    }

    /** A R/O pin taken before pageout: the page must stay coherent with the owner's later store. */
    private static final String PIN_THEN_PAGEOUT = """
            scenario ro-pin-then-pageout
            process P
            map P.buf anon private rw pages=1 fill=A
            thread P.t
              pin buf[0] ro as pin1
              madvise buf pageout
              store buf[0].0 data=W
              dma_read pin1 0 -> r1
              unpin pin1
            strategy swap-count = linux-5.11 with swap.reuse=count
            """;

    @Test
    void tryToUnmapRefusesAPinnedExclusivePageFrom519() {
        RunResult r = run("pin-pageout", PIN_THEN_PAGEOUT, "linux-5.19");
        assertEquals(Verdict.HOLDS, r.verdict(), String.valueOf(r.violations()));
        assertTrue(traceSays(r, "page_try_share_anon_rmap fails, restore the pte"));
    }

    @Test
    void aPinnedPageUnmappedForSwapStaysInTheSwapCache() {
        // 5.11: try_to_unmap unmaps the pinned page; __remove_mapping cannot free it (the pin), so the
        // store's swap-in finds it in the swap cache and reuse_swap_page (mapcount 0 + swapcount 1)
        // maps it writable: the pin sees W
        RunResult r = run("pin-pageout", PIN_THEN_PAGEOUT, "linux-5.11");
        assertEquals(Verdict.HOLDS, r.verdict(), String.valueOf(r.violations()));
        assertTrue(traceSays(r, "page_ref_freeze fails (count 1025): page#1 stays in the swap cache"));
        // the count rule alone (5.18 without 5.19's exclusive bits): page_count 1025 != 1, the store
        // copies away from the pinned page: the R/O pin is stale (wrong COW)
        RunResult c = run("pin-pageout", PIN_THEN_PAGEOUT, "swap-count");
        assertEquals(Verdict.VIOLATED, c.verdict());
        Violation v = c.violation(Oracle.ISOLATION, ViolationClass.WRONG_COW).orElseThrow();
        assertEquals("W", v.expected().orElseThrow());
        assertEquals("A", v.seen().orElseThrow());
    }

    private static final String FORK_SWAP_PTE = """
            scenario fork-of-a-swap-pte
            process P
            map P.buf anon private rw pages=1 fill=A
            thread P.t
              madvise buf pageout
              fork C
              wait stored
              load buf[0].0 -> r1
            thread C.t
              store buf[0].0 data=X
              signal stored
            require P.t.r1 == A   "the child's store stays in the child"
            require C.buf[0].0 == X
            """;

    @Test
    void forkDuplicatesTheSwapEntryAndTheChildsWriteCopies() {
        for (String id : List.of("linux-2.6.27", "linux-5.11", "linux-5.19")) {
            RunResult r = run("fork-swap", FORK_SWAP_PTE, id);
            assertEquals(Verdict.HOLDS, r.verdict(), id + ": " + r.violations());
            assertTrue(traceSays(r, "swap_duplicate, swap count 1->2"), id);
        }
        RunResult r = run("fork-swap", FORK_SWAP_PTE, "linux-5.19");
        assertTrue(traceSays(r, "clear the exclusive bit"));
    }

    private static final String THP_PAGEOUT = """
            scenario thp-pageout
            process P
            map P.buf anon private rw pages=4 fill=A thp=pmd
            thread P.t
              store buf[1].0 data=W
              madvise buf pageout
              load buf[1].0 -> r1
            require P.t.r1 == W
            require P.buf[0].0 == A
            """;

    @Test
    void aThpIsSplitIntoOrder0PagesBeforeSwapout() {
        for (String id : List.of("linux-2.6.38", "linux-5.19")) {
            RunResult r = run("thp-pageout", THP_PAGEOUT, id);
            assertEquals(Verdict.HOLDS, r.verdict(), id + ": " + r.violations());
            assertTrue(traceSays(r, "into order-0 pages"), id);
            assertTrue(traceSays(r, "do_swap_page P.buf[1]"), id);
        }
    }

    @Test
    void aPinnedThpIsNotSplitForSwapoutFrom45() {
        String text = THP_PAGEOUT.replace("  madvise buf pageout\n", "  pin buf[2] ro as pin1\n  madvise buf pageout\n");
        RunResult r = run("thp-pageout-pinned", text, "linux-5.19");
        assertEquals(Verdict.HOLDS, r.verdict(), String.valueOf(r.violations()));
        assertTrue(traceSays(r, "split_huge_page: -EBUSY"));
    }
}
