package org.mmrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Verdict;
import org.mmrace.core.run.ViolationClass;
import org.mmrace.core.strategy.Knob;
import org.mmrace.core.strategy.Knobs;
import org.mmrace.core.strategy.Strategies;
import org.mmrace.core.strategy.StrategyException;

/** Each strategy added for issue 11 against its predecessor, on a scenario whose outcome tells them apart. */
class StrategyErasTest {

    private static RunResult run(String name, String text, String strategy) {
        return Runs.run(Library.parse(name + ".race", text), strategy);
    }

    @Test
    void linux2638MergesKsmPagesAsMergedIn2632() {
        // ksm-odirect: the 2008 proposal's count check and write-protect are two steps gup_fast can fall
        // between (2.6.27 violated); the merged write_protect_page clears and flushes first (2.6.38 holds)
        assertEquals(Verdict.VIOLATED, Runs.run("ksm-odirect.race", "linux-2.6.27").verdict());
        assertEquals(Verdict.HOLDS, Runs.run("ksm-odirect.race", "linux-2.6.38").verdict());
    }

    /** cow.c "vmsplice() + unmap in child" on a swapped-out base page. */
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
            """;

    @Test
    void linux518ClosesCve202029374OnTheSwapPath() {
        // 5.11: reuse_swap_page (mapcount 0 + swapcount 1) reuses the page the child's pipe holds;
        // 5.18 (c145e0b47c77): page_count 2 != 1, the parent copies
        RunResult k511 = run("vmsplice-swapped", VMSPLICE_SWAPPED, "linux-5.11");
        assertEquals(Verdict.VIOLATED, k511.verdict());
        assertTrue(k511.violation(Oracle.ISOLATION, ViolationClass.MISSED_COW).isPresent());
        assertEquals(Verdict.HOLDS, run("vmsplice-swapped", VMSPLICE_SWAPPED, "linux-5.18").verdict());
    }

    /** A R/O pin, then reclaim, then the owner's store: cow.c's R/O pin reliability on swapped-out pages. */
    private static final String RO_PIN_PAGEOUT = """
            scenario ro-pin-then-pageout
            process P
            map P.buf anon private rw pages=1 fill=A
            thread P.t
              pin buf[0] ro as pin1
              madvise buf pageout
              store buf[0].0 data=W
              dma_read pin1 0 -> r1
              unpin pin1
            """;

    @Test
    void linux519KeepsPinnedExclusivePagesOutOfSwap() {
        // 5.18: try_to_unmap unmaps the pinned page; the store's swap-in sees page_count 1025 != 1 and
        // copies: the pin is stale (wrong COW). 5.19: page_try_share_anon_rmap refuses to unmap it.
        RunResult k518 = run("ro-pin-pageout", RO_PIN_PAGEOUT, "linux-5.18");
        assertEquals(Verdict.VIOLATED, k518.verdict());
        assertTrue(k518.violation(Oracle.ISOLATION, ViolationClass.WRONG_COW).isPresent());
        assertEquals(Verdict.HOLDS, run("ro-pin-pageout", RO_PIN_PAGEOUT, "linux-5.19").verdict());
    }

    /** cow.c THP_RUN_PARTIAL_SHARED: subpage 0 lost PageAnonExclusive to a child that has exited. */
    private static final String PARTIAL_SHARED = """
            scenario partial-shared-write
            process P
            map P.buf anon private rw pages=4 fill=A thp=partial-shared
            thread P.t
              mprotect buf ro
              mprotect buf rw
              store buf[0].0 data=W
            require P.buf[0].0 == W
            """;

    @Test
    void linux615ReusesAPteMappedThpItsMmOwnsAlone() {
        // 6.3: the folio's count counts every subpage's pte: copy (an unnecessary COW);
        // 6.15 (1da190f4d0a6): the folio is mapped by this mm only: reuse
        RunResult k63 = run("partial-shared", PARTIAL_SHARED, "linux-6.3");
        assertEquals(Verdict.HOLDS, k63.verdict());
        assertEquals(1, k63.unnecessaryCows());
        RunResult k615 = run("partial-shared", PARTIAL_SHARED, "linux-6.15");
        assertEquals(Verdict.HOLDS, k615.verdict());
        assertEquals(0, k615.unnecessaryCows());
    }

    @Test
    void linux618HasTheRulesOf615() throws StrategyException {
        // no COW/GUP rule of anonymous memory changed between 6.15 and 6.18 (docs/semantics.md section 8):
        // 6.18 sets every knob as 6.15 does, and says so
        for (Knob k : Knobs.all()) {
            assertEquals(Strategies.builtin("linux-6.15").get(k.name()), Strategies.builtin("linux-6.18").get(k.name()),
                    k.name());
        }
        assertTrue(Strategies.builtin("linux-6.18").changes().isEmpty());
        assertEquals("linux-6.15", Strategies.builtin("linux-6.18").base().orElseThrow());
    }
}
