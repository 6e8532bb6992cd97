package org.mmrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Verdict;
import org.mmrace.core.run.Violation;
import org.mmrace.core.run.ViolationClass;
import org.mmrace.core.spec.Prot;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.spec.Sharing;
import org.mmrace.core.trace.TraceStep;

/** One kernel path or one strategy difference per test, on small scenarios. */
class KernelPathsTest {

    /**
     * A read-only pte (after mprotect ro/rw) on an exclusive page that a pipe references through
     * vmsplice's FOLL_GET: the 2.6.27 rule (mapcount == 1) reuses the page, so the pipe sees the
     * process's store; the 5.9 rule (count == 1) copies, so the pipe keeps the stale page.
     */
    private static ScenarioSpec reuseRule() {
        return ScenarioSpec.builder("reuse-rule").process("P").map("P.buf", Sharing.PRIVATE, Prot.RW, 1, "A")
                .thread("P.t").mprotect("buf", Prot.RO).mprotect("buf", Prot.RW).vmsplice("buf[0].0", "p")
                .store("buf[0].0", 'W').pipeRead("p", "r1")
                .require("P.t.r1 == W", "the pipe sees the store").build();
    }

    @Test
    void reuseOnMapcountKeepsThePageTheVmsplicedPipeHolds() {
        // 2.6.27: mapcount 1 -> do_wp_page reuses; pipe_read sees W
        RunResult r = Runs.run(reuseRule(), "linux-2.6.27");
        assertEquals(Verdict.HOLDS, r.verdict());
        assertEquals(0, r.unnecessaryCows());
        TraceStep fault = r.witness().orElseThrow().steps().stream()
                .filter(s -> s.kernelStep().contains("do_wp_page")).findFirst().orElseThrow();
        assertTrue(fault.kernelStep().contains("mapcount 1 == 1: reuse page#1"), fault.kernelStep());
    }

    @Test
    void reuseOnCountCopiesAwayFromThePipesReference() {
        // 5.9: count 2 (the pipe's FOLL_GET) != 1 -> copy; the pipe holds the old page and never sees W.
        // The pipe read sees A, which P held when vmsplice took the reference: not an isolation
        // violation (SEMANTICS section 4, the window rule), only the scenario's require fails.
        // Nobody else references the page, so the copy is counted as unnecessary.
        RunResult r = Runs.run(reuseRule(), "linux-5.9");
        assertEquals(Verdict.VIOLATED, r.verdict());
        assertTrue(r.violation(Oracle.ISOLATION, ViolationClass.WRONG_COW).isEmpty(), String.valueOf(r.violations()));
        Violation v = r.violations().stream().filter(x -> x.oracle() == Oracle.CONDITION).findFirst().orElseThrow();
        assertEquals(1, r.unnecessaryCows());
        assertTrue(v.trace().steps().stream().anyMatch(s -> s.kernelStep().contains("count 2 != 1: copy")));
    }

    @Test
    void anonExclusiveReusesTheNeverSharedPage() {
        // 5.19: the page was never shared, it is still PageAnonExclusive: reuse
        assertEquals(Verdict.HOLDS, Runs.run(reuseRule(), "linux-5.19").verdict());
    }

    @Test
    void readGupBreaksCowIn58() {
        // 5.8: vmsplice's gup_fast asks for a writable pte, falls back to slow GUP which forces
        // FOLL_WRITE and faults first; the store then goes through the writable pte: no copy after
        assertEquals(Verdict.HOLDS, Runs.run(reuseRule(), "linux-5.8").verdict());
    }

    /**
     * CVE-2020-29374: the child vmsplices the shared page and unmaps it; the parent's store reuses
     * the page (mapcount 1) and the child reads the parent's new data from the pipe.
     */
    private static ScenarioSpec vmspliceLeak() {
        return ScenarioSpec.builder("vmsplice-leak").process("P").map("P.buf", Sharing.PRIVATE, Prot.RW, 1, "A")
                .thread("P.t").fork("C").waitFor("G").store("buf[0].0", 'S')
                .thread("C.t").vmsplice("buf[0]", "p").munmap("buf").signal("G").pipeRead("p", "r1")
                .forbid("C.t.r1 == S", "the child reads the parent's later data").build();
    }

    @Test
    void vmspliceAfterForkLeaksTheParentsStoreIn2627() {
        RunResult r = Runs.run(vmspliceLeak(), "linux-2.6.27");
        assertEquals(Verdict.VIOLATED, r.verdict());
        Violation v = r.violation(Oracle.ISOLATION, ViolationClass.MISSED_COW).orElseThrow();
        assertEquals("C", v.process().orElseThrow());
        assertEquals("S", v.seen().orElseThrow());
        assertEquals("A", v.expected().orElseThrow());
    }

    @Test
    void vmspliceLeakIsClosedFrom58On() {
        // 5.8: the R/O GUP breaks COW, the pipe holds the child's own copy;
        // 5.9: the parent's fault sees count 2 and copies; 5.19: the page is no longer exclusive after
        // fork, count > 1 copies; 6.3 likewise
        for (String id : new String[] {"linux-5.8", "linux-5.9", "linux-5.19", "linux-6.3"}) {
            assertEquals(Verdict.HOLDS, Runs.run(vmspliceLeak(), id).verdict(), id);
        }
    }

    /** A pinned page and fork: the pin must keep seeing the parent's memory. */
    private static ScenarioSpec pinFork() {
        return ScenarioSpec.builder("pin-fork").process("P").map("P.buf", Sharing.PRIVATE, Prot.RW, 1, "A")
                .thread("P.t").pin("buf[0]", Prot.RW, true, true, "pin1").fork("C").store("buf[0].7", 'W')
                .dmaRead("pin1", 7, 7, "r1").unpin("pin1")
                .require("P.t.r1 == W", "the device sees the parent's store").build();
    }

    @Test
    void forkCopiesMaybePinnedPagesFrom59() {
        // 2.6.27: a pin is FOLL_GET; fork shares, the store copies for the parent; the pin is stale
        RunResult old = Runs.run(pinFork(), "linux-2.6.27");
        assertEquals(Verdict.VIOLATED, old.verdict());
        assertTrue(old.violation(Oracle.ISOLATION, ViolationClass.WRONG_COW).isPresent());
        // 5.9: has_pinned and count >= 1024: the child gets a copy, the parent keeps the pinned page
        RunResult r = Runs.run(pinFork(), "linux-5.9");
        assertEquals(Verdict.HOLDS, r.verdict());
        assertTrue(r.witness().orElseThrow().steps().stream()
                .anyMatch(s -> s.kernelStep().contains("copy page#1 for the child")));
    }

    @Test
    void sharedMappingIsNotCopiedAtFork() {
        ScenarioSpec s = ScenarioSpec.builder("shared").process("P").map("P.buf", Sharing.SHARED, Prot.RW, 1, "A")
                .thread("P.t").fork("C").waitFor("E").load("buf[0].0", "r1")
                .thread("C.t").store("buf[0].0", 'X').signal("E")
                .require("P.t.r1 == X", "the parent sees the child's store in a shared mapping").build();
        assertEquals(Verdict.HOLDS, Runs.run(s, "linux-2.6.27").verdict());
    }

    @Test
    void madviseDontforkKeepsTheRegionOutOfTheChild() {
        ScenarioSpec s = ScenarioSpec.builder("dontfork").process("P").map("P.buf", Sharing.PRIVATE, Prot.RW, 1, "A")
                .thread("P.t").madvise("buf", org.mmrace.core.spec.Advice.DONTFORK).fork("C")
                .require("C.buf[0].0 == !", "the child has no such mapping")
                .require("P.buf[0].0 == A").build();
        RunResult r = Runs.run(s, "linux-2.6.27");
        assertEquals(Verdict.HOLDS, r.verdict());
    }

    @Test
    void exitTearsDownAndTheProcessReadsUnmapped() {
        ScenarioSpec s = ScenarioSpec.builder("exit").process("P").map("P.buf", Sharing.PRIVATE, Prot.RW, 1, "A")
                .thread("P.t").fork("C")
                .thread("C.t").exit()
                .require("C.buf[0].0 == !").require("P.buf[0].0 == A").build();
        RunResult r = Runs.run(s, "linux-2.6.27");
        assertEquals(Verdict.HOLDS, r.verdict());
        var last = r.witness().orElseThrow().last();
        assertEquals("gone", last.mm("C").orElseThrow().state());
        assertEquals(1, last.page(1).orElseThrow().count(), "the child's reference is gone");
    }

    @Test
    void waitingForEachOtherIsADeadlock() {
        ScenarioSpec s = ScenarioSpec.builder("deadlock").process("P").map("P.buf", Sharing.PRIVATE, Prot.RW, 1, "A")
                .thread("P.a").waitFor("A").signal("B")
                .thread("P.b").waitFor("B").signal("A").build();
        RunResult r = Runs.run(s, "linux-2.6.27");
        assertEquals(Verdict.DEADLOCK, r.verdict());
        assertEquals(0, r.violation(Oracle.DEADLOCK, ViolationClass.DEADLOCK).orElseThrow().trace().length());
    }

    @Test
    void aioCompletesAfterTheThreadMovesOn() {
        ScenarioSpec s = ScenarioSpec.builder("aio").process("P").map("P.buf", Sharing.PRIVATE, Prot.RW, 1, "A")
                .thread("P.t").aioRead("buf[0].0", 'D', "io1").aioWait("io1").load("buf[0].0", "r1")
                .thread("P.w").aioWrite("buf[0].0", "F", "io2")
                .require("P.t.r1 == D").observe("F[0].0 == D", "the file got the read's data").build();
        RunResult r = Runs.run(s, "linux-2.6.27");
        assertEquals(Verdict.HOLDS, r.verdict());
        var file = r.conditions().get(1);
        assertEquals(org.mmrace.core.run.Observation.SOMETIMES, file.observation());
    }

    /**
     * KOSAKI's five steps (the write direction of the seed race): P's DIO write GUPs the page, P forks
     * C, P's writer breaks COW for P, C stores into the buffer, the DMA reads the page into the file.
     */
    private static ScenarioSpec dioWriteChildWrites() {
        return ScenarioSpec.builder("dio-write-child-writes").process("P")
                .map("P.buf", Sharing.PRIVATE, Prot.RW, 1, "A")
                .thread("P.dio").dioWrite("buf[0].0", "F")
                .thread("P.forker").fork("C")
                .thread("P.writer").store("buf[0].7", 'W')
                .thread("C.main").store("buf[0].0", 'X')
                .require("F[0].0 == A", "the file gets the writer's data").build();
    }

    @Test
    void wpCopyFlushWaitsForGupFastSoTheCountRuleCopiesInTheChild() {
        // do_wp_page switches P's pte with ptep_clear_flush, whose IPI waits for gup_fast's irqs-off
        // section of P: gup_fast's reference is taken before the switch (then C's fault sees count 2
        // and copies) or gup_fast reads the new pte. Without that wait the engine let P's and C's faults
        // free page#1 under gup_fast (refcount/freed page access).
        for (String id : java.util.List.of("linux-5.9", "linux-5.11", "linux-5.19")) {
            RunResult r = Runs.run(dioWriteChildWrites(), id);
            assertEquals(Verdict.HOLDS, r.verdict(), id + ": " + r.violations());
        }
    }

    @Test
    void wpCopyFlushWaitsForGupFastSoThePgGupRecheckSeesTheReadOnlyPte() {
        // pg-gup-2009: gup_fast(read) after fork takes the reference and rechecks for a writable pte;
        // P's copy cannot switch the pte between the reference and the recheck, so the recheck sees
        // the read-only shared pte, drops the reference and slow GUP breaks COW for P (FOLL_WRITE).
        RunResult r = Runs.run(dioWriteChildWrites(), "pg-gup-2009");
        assertEquals(Verdict.HOLDS, r.verdict(), String.valueOf(r.violations()));
    }

    @Test
    void wpCopyFlushStillLetsTheMapcountRuleLeakTheChildsStore() {
        // 2.6.27: the flush wait does not help the mapcount rule: the DIO's GUP completes, P's copy
        // switches its pte, C's fault reuses page#1 (mapcount 1) and the DMA reads X (wrong COW for P).
        RunResult r = Runs.run(dioWriteChildWrites(), "linux-2.6.27");
        assertEquals(Verdict.VIOLATED, r.verdict());
        assertTrue(r.violation(Oracle.ISOLATION, ViolationClass.WRONG_COW).isPresent());
        assertTrue(r.violation(Oracle.REFCOUNT, ViolationClass.FREED_PAGE_ACCESS).isEmpty(),
                "the flush wait keeps page#1 alive under gup_fast");
    }

    /** forkscrew reduced: an AIO read in flight across fork, then an overlapping read breaks COW for P. */
    private static ScenarioSpec forkscrew() {
        return ScenarioSpec.builder("forkscrew").process("P").map("P.buf", Sharing.PRIVATE, Prot.RW, 1, "A")
                .thread("P.worker0").aioRead("buf[0].0-3", 'D', "io0").signal("submitted").waitFor("forked")
                .signal("go").aioWait("io0")
                .thread("P.forker").waitFor("submitted").fork("C").signal("forked")
                .thread("P.worker1").waitFor("go").dioRead("buf[0].4-7", 'E').signal("done")
                .thread("C.main").waitFor("done").exit()
                .require("P.buf[0].0-3 == D", "worker 0's read lands in P").build();
    }

    @Test
    void aDmaLostToACopyMadeDuringItIsAWrongCowNotAMissedCow() {
        // worker 1's FOLL_WRITE fault copies page#1 for P; worker 0's DMA (P's reference, taken before
        // fork) lands in page#1 before or after the copy is mapped. Either way the cause is a copy made
        // although a reference belonged to P: wrong COW only. Nobody else wrote P's memory.
        for (String id : java.util.List.of("linux-2.6.27", "linux-5.9")) {
            RunResult r = Runs.run(forkscrew(), id);
            assertEquals(Verdict.VIOLATED, r.verdict());
            Violation v = r.violation(Oracle.ISOLATION, ViolationClass.WRONG_COW).orElseThrow();
            assertEquals("P", v.process().orElseThrow());
            assertTrue(r.violation(Oracle.ISOLATION, ViolationClass.MISSED_COW).isEmpty(),
                    id + ": " + r.violations());
        }
    }
}
