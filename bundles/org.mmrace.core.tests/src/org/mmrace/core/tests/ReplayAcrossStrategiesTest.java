package org.mmrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.Departure;
import org.mmrace.core.run.ProgressListener;
import org.mmrace.core.run.ReplayException;
import org.mmrace.core.run.ReplayResult;
import org.mmrace.core.run.Replayer;
import org.mmrace.core.run.Verdict;
import org.mmrace.core.run.Violation;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.trace.TraceStep;

/**
 * The seed race's 2.6.27 counterexample, replayed under the fixes. Its schedule (the shortest
 * missed COW, docs/semantics.md section 5 and the file's about text) is:
 * 1-2 P.dio gup_fast reads the writable pte and takes its reference; 3 P.writer stores W;
 * 4 P.forker dup_mmap; 5 copy_one_pte write-protects the parent pte and shares page#1 (count 3,
 * mapcount 2); 6 the TLB flush; 7-8 the DMA writes D into page#1 and completes. The writer's
 * store went in before fork, so the violation is the DMA landing in a page the child maps.
 */
class ReplayAcrossStrategiesTest {

    private static final ScenarioSpec SEED = Library.load("odirect-fork-writer.race");

    private static ReplayResult replay(String from, String under, int violation) throws ReplayException {
        return Replayer.replay(SEED, from, under, violation, Runs.options(1), ProgressListener.NONE,
                CancellationToken.none());
    }

    @Test
    void theCounterexampleIsTheSeedSchedule() throws ReplayException {
        Violation v = replay("linux-2.6.27", "linux-2.6.27", 1).replayed();
        assertEquals("isolation/missed cow", v.key());
        assertEquals(List.of("P.dio", "P.dio", "P.writer", "P.forker", "P.forker", "P.forker", "device", "device"),
                v.trace().steps().stream().map(TraceStep::thread).toList());
    }

    @Test
    void underItsOwnStrategyTheScheduleReachesTheSameViolation() throws ReplayException {
        ReplayResult r = replay("linux-2.6.27", "linux-2.6.27", 1);
        assertEquals(Departure.Kind.SAME_VIOLATION, r.departure().kind());
        assertEquals(8, r.departure().step());
    }

    @Test
    void linux63CopiesTheMaybePinnedPageForTheChildAtCopyPresentPte() throws ReplayException {
        // 6.3: O_DIRECT takes FOLL_PIN (920756a3306a). Steps 1-4 take the same branch: gup_fast reads
        // write_protect_seq (even), pins instead of get_page (count 1 -> 1025) and rechecks: bookkeeping,
        // not another branch. At step 5 fork finds has_pinned, page_maybe_dma_pinned (count >= 1024) and
        // PageAnonExclusive: the child gets a copy and the parent keeps its writable page (70e806e4e645,
        // 5.19's exclusive rule). 6.3 holds on the scenario, so no route from there is violated.
        ReplayResult r = replay("linux-2.6.27", "linux-6.3", 1);
        assertEquals(Departure.Kind.BRANCH, r.departure().kind());
        assertEquals(5, r.departure().step());
        assertEquals("P.forker", r.departure().thread());
        String words = r.departure().underKernelStep().orElseThrow();
        assertTrue(words.startsWith("copy_present_pte:") && words.contains("maybe pinned")
                && words.contains("the child will get a copy"), words);
        assertEquals(Verdict.HOLDS, r.continuation().verdict());
        assertFalse(r.reachesViolationAnotherWay());
    }

    @Test
    void brlock2008CopiesForTheChildBecauseCountIsNotMapcount() throws ReplayException {
        // brlock-2008: gup_fast holds br_read_lock over its two steps, done before fork here; fork's pte
        // step under br_write_lock sees count 2 (the DIO's reference) != mapcount 1 and copies the page for
        // the child, the parent stays writable (Andrea Arcangeli's RFC, 2008-09-25). brlock-2008 holds.
        ReplayResult r = replay("linux-2.6.27", "brlock-2008", 1);
        assertEquals(Departure.Kind.BRANCH, r.departure().kind());
        assertEquals(5, r.departure().step());
        String words = r.departure().underKernelStep().orElseThrow();
        assertTrue(words.contains("br_write_lock") && words.contains("count 2 != mapcount 1")
                && words.contains("for the child"), words);
        assertEquals(Verdict.HOLDS, r.continuation().verdict());
    }

    @Test
    void forcecow2008ForcesTheChildToCopyButTheLocklessWindowStillMissesTheCow() throws ReplayException {
        // forcecow-2008: the pte step is 2.6.27's (write-protect, share: count 3, mapcount 2), then the
        // check count 3 != mapcount 2 forces the child to COW (Nick Piggin, 2008-10-29): step 5 departs
        // by that check. From the state before step 5 the explorer still finds the missed COW: the check
        // is a step of its own after the write-protect (the patch drops the PT locks and faults on the
        // child), and the device does not wait for fork: the DMA writes D into the page now shared with
        // the child and completes, the DIO's reference is dropped, and the check then sees count ==
        // mapcount and forces nothing. forcecow-2008 is violated on the scenario.
        ReplayResult r = replay("linux-2.6.27", "forcecow-2008", 1);
        assertEquals(Departure.Kind.BRANCH, r.departure().kind());
        assertEquals(5, r.departure().step());
        String forced = r.departure().underKernelStep().orElseThrow();
        assertTrue(forced.startsWith("copy_one_pte: count 3 != mapcount 2") && forced.contains("on the child"), forced);
        assertEquals(Verdict.VIOLATED, r.continuation().verdict());
        assertTrue(r.reachesViolationAnotherWay());
        Violation route = r.continuation().violations().stream()
                .filter(v -> v.key().equals("isolation/missed cow")).findFirst().orElseThrow();
        // the route starts with the four steps both agree on, then: write-protect, DMA, check
        List<String> words = route.trace().steps().stream().map(TraceStep::kernelStep).toList();
        assertEquals(r.replayed().trace().steps().subList(0, 4).stream().map(TraceStep::kernelStep).toList(),
                words.subList(0, 4));
        int wrprotect = indexOf(words, "copy_one_pte: wrprotect parent pte");
        int dma = indexOf(words, "DMA writes D into page#1");
        int check = indexOf(words, "copy_one_pte: count == mapcount: nothing forced");
        assertTrue(4 <= wrprotect && wrprotect < dma && dma < check, words.toString());
    }

    private static int indexOf(List<String> words, String prefix) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void dioPagelock2008BlocksForkOnTheLockedPage() throws ReplayException {
        // dio-pagelock-2008: O_DIRECT locks the page from GUP to completion and fork sleeps on a locked
        // anon page in a COW mapping (Nick's reply to the RFC): at step 5 fork waits for PG_locked of
        // page#1, held by the DIO's request. From there the DMA completes and unlocks first, and fork
        // then sees count == mapcount: no violation.
        ReplayResult r = replay("linux-2.6.27", "dio-pagelock-2008", 1);
        assertEquals(Departure.Kind.BLOCKED, r.departure().kind());
        assertEquals(5, r.departure().step());
        assertEquals("P.forker", r.departure().thread());
        assertEquals(List.of("PG_locked(page#1) by io0"), r.departure().waitsFor());
        // B ran A's steps 1-4 (its DIO's lock_page as a step of its own) and stopped before step 5
        assertEquals(r.replayed().trace().steps().get(3).kernelStep(), r.underTrace().last() == null ? ""
                : r.underTrace().steps().get(r.underTrace().length() - 1).kernelStep());
        assertTrue(r.underTrace().steps().stream().anyMatch(s -> s.kernelStep().contains("lock_page")),
                r.underTrace().steps().stream().map(TraceStep::kernelStep).toList().toString());
        assertEquals(Verdict.HOLDS, r.continuation().verdict());
    }

    @Test
    void brlock2008BlocksForkWhileGupFastHoldsTheReadSide() throws ReplayException {
        // forcecow-2008-fixed's counterexample is the lockless window: gup_fast reads the pte and fork
        // comes in between. Under brlock-2008 the fork's pte step waits for br_write_lock while P.dio
        // is inside gup_fast with irqs off and br_read_lock held.
        ReplayResult r = replay("forcecow-2008-fixed", "brlock-2008", 1);
        assertEquals(Departure.Kind.BLOCKED, r.departure().kind());
        assertEquals("P.forker", r.departure().thread());
        assertTrue(r.departure().waitsFor().contains("brlock read by P.dio"), r.departure().waitsFor().toString());
        assertEquals(Verdict.HOLDS, r.continuation().verdict());
    }

    @Test
    void aStrategyWithoutCounterexampleHasNothingToReplay() {
        ReplayException e = assertThrows(ReplayException.class, () -> replay("linux-6.3", "linux-2.6.27", 1));
        assertTrue(e.getMessage().contains("no counterexample under linux-6.3"), e.getMessage());
        ReplayException n = assertThrows(ReplayException.class, () -> replay("linux-2.6.27", "linux-6.3", 9));
        assertTrue(n.getMessage().startsWith("no violation 9 under linux-2.6.27; it has 1 = isolation/missed cow"),
                n.getMessage());
        ReplayException u = assertThrows(ReplayException.class, () -> replay("linux-2.6.27", "linux-9.9", 1));
        assertTrue(u.getMessage().contains("linux-9.9"), u.getMessage());
    }
}
