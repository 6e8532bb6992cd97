package org.mmrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmrace.core.run.ConditionResult;
import org.mmrace.core.run.Observation;
import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Verdict;
import org.mmrace.core.run.Violation;
import org.mmrace.core.run.ViolationClass;
import org.mmrace.core.trace.StateSnapshot;
import org.mmrace.core.trace.TraceStep;

/** The seed race (linux-mm 2008-09-25) under linux-2.6.27, and the trace that shows it. */
class SeedRaceTest {

    @Test
    void odirectReadLandsInThePageOnlyTheChildMaps() {
        RunResult r = Runs.run("odirect-fork-writer.race", "linux-2.6.27");
        assertEquals(Verdict.VIOLATED, r.verdict());
        Violation v = r.violation(Oracle.ISOLATION, ViolationClass.WRONG_COW).orElseThrow();
        assertEquals("P", v.process().orElseThrow());
        assertEquals("P.buf[0].0", v.address().orElseThrow());
        assertEquals("D", v.expected().orElseThrow());
        assertEquals("A", v.seen().orElseThrow());

        List<TraceStep> steps = v.trace().steps();
        // the shortest route: gup_fast's reference, fork's pte copy, the writer's COW, the DMA, completion
        assertEquals(11, steps.size());
        int wrprotect = indexOf(steps, "P.forker", "copy_one_pte: wrprotect parent pte P.buf[0]");
        int cow = indexOf(steps, "P.writer", "do_wp_page: mapcount 2 != 1: copy");
        int dma = indexOf(steps, "device", "DMA writes D into page#1");
        int ref = indexOf(steps, "P.dio", "gup_fast: get_page page#1");
        assertTrue(ref < wrprotect || ref < cow, "gup_fast's reference is held before the COW");
        assertTrue(wrprotect < cow && cow < dma, "fork, then the writer's COW, then the DMA");
        assertTrue(steps.get(wrprotect).changes().contains("P.buf[0] pte rw page#1 -> ro page#1"));
        assertTrue(steps.get(wrprotect).locksHeld().contains("mmap_sem(P) write by P.forker"));

        StateSnapshot at = steps.get(dma).after();
        StateSnapshot.Mm p = at.mm("P").orElseThrow();
        StateSnapshot.Mm c = at.mm("C").orElseThrow();
        assertEquals(2, p.vmas().get(0).ptes().get(0).pfn(), "the parent maps its copy");
        assertEquals(1, c.vmas().get(0).ptes().get(0).pfn(), "only the child maps page#1");
        assertEquals('D', at.page(1).orElseThrow().content().charAt(0), "the DMA data is in page#1");
        assertEquals('D', p.vmas().get(0).logical().get(0).charAt(0), "P's logical memory has the read");

        ConditionResult lands = r.condition("the O_DIRECT read lands in the reader's memory").orElseThrow();
        assertEquals(Observation.SOMETIMES, lands.observation());
        assertTrue(!lands.satisfied() && lands.negative() > 0 && lands.positive() > 0);
        ConditionResult writer = r.condition("the writer's store stays in the writer's memory").orElseThrow();
        assertEquals(Observation.ALWAYS, writer.observation());
        assertTrue(writer.satisfied());
        // the leak into the child is found too, by a shorter route: the DMA lands after the pte copy in
        // the page both still share
        Violation leak = r.violation(Oracle.ISOLATION, ViolationClass.MISSED_COW).orElseThrow();
        assertEquals("C", leak.process().orElseThrow());
        assertTrue(leak.trace().length() < v.trace().length());
    }

    private static int indexOf(List<TraceStep> steps, String thread, String words) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).thread().equals(thread) && steps.get(i).kernelStep().contains(words)) {
                return i;
            }
        }
        throw new AssertionError("no step of " + thread + " with '" + words + "' in "
                + steps.stream().map(s -> s.thread() + ": " + s.kernelStep()).toList());
    }
}
