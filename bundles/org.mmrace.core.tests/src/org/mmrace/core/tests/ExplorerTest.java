package org.mmrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.mmrace.core.bench.Family;
import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.Explorer;
import org.mmrace.core.run.Progress;
import org.mmrace.core.run.ProgressListener;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Verdict;
import org.mmrace.core.run.Violation;
import org.mmrace.core.spec.Prot;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.spec.Sharing;
import org.mmrace.core.trace.TraceStep;

class ExplorerTest {

    /** A bigger family member: more writers and two pages, so that batches and workers really split. */
    static ScenarioSpec bigger() {
        return ScenarioSpec.builder("bigger").process("P").map("P.buf", Sharing.PRIVATE, Prot.RW, 2, "A")
                .thread("P.dio").dioRead("buf[0].0", 'D').dioRead("buf[1].0", 'E')
                .thread("P.w1").store("buf[0].7", 'W').store("buf[1].7", 'W')
                .thread("P.w2").store("buf[1].6", 'X').store("buf[0].6", 'X')
                .thread("P.forker").fork("C")
                .require("P.buf[0].0 == D").require("P.buf[1].0 == E").build();
    }

    private static String fingerprint(RunResult r) {
        StringBuilder b = new StringBuilder(r.verdict() + " " + r.stats().distinct() + " " + r.stats().transitions()
                + " " + r.stats().finalStates() + " " + r.stats().maxDepth() + " " + r.unnecessaryCows());
        r.conditions().forEach(c -> b.append(' ').append(c.positive()).append('/').append(c.negative()));
        for (Violation v : r.violations()) {
            b.append('\n').append(v.key()).append(':');
            for (TraceStep s : v.trace().steps()) {
                b.append(s.thread()).append('|').append(s.kernelStep()).append(';');
            }
        }
        return b.toString();
    }

    @Test
    void resultsDoNotDependOnTheWorkerCount() {
        ScenarioSpec s = bigger();
        for (boolean reductions : new boolean[] {false, true}) {
            RunResult one = Explorer.explore(s, "linux-2.6.27", Runs.options(1).withReduction(reductions),
                    ProgressListener.NONE, CancellationToken.none());
            RunResult two = Explorer.explore(s, "linux-2.6.27", Runs.options(2).withReduction(reductions),
                    ProgressListener.NONE, CancellationToken.none());
            RunResult four = Explorer.explore(s, "linux-2.6.27", Runs.options(4).withReduction(reductions),
                    ProgressListener.NONE, CancellationToken.none());
            assertTrue(one.stats().distinct() > (reductions ? 5_000 : 20_000),
                    "big enough to span many batches: " + one.stats().distinct());
            assertEquals(fingerprint(one), fingerprint(two));
            assertEquals(fingerprint(one), fingerprint(four));
        }
    }

    @Test
    void twoExplorationsInParallelInOneJvmDoNotInterfere() throws Exception {
        ScenarioSpec a = bigger();
        ScenarioSpec b = Library.load("ksm-odirect.race");
        String alone1 = fingerprint(Runs.run(a, "linux-5.9"));
        String alone2 = fingerprint(Runs.run(b, "linux-2.6.27"));
        CompletableFuture<RunResult> f1 = CompletableFuture.supplyAsync(() -> Explorer.explore(a, "linux-5.9",
                Runs.options(2), ProgressListener.NONE, CancellationToken.none()));
        CompletableFuture<RunResult> f2 = CompletableFuture.supplyAsync(() -> Explorer.explore(b, "linux-2.6.27",
                Runs.options(2), ProgressListener.NONE, CancellationToken.none()));
        assertEquals(alone1, fingerprint(f1.get()));
        assertEquals(alone2, fingerprint(f2.get()));
    }

    @Test
    void aStateLimitEndsIncompleteNotWithAnError() {
        RunResult r = Explorer.explore(bigger(), "linux-6.3", new ExploreOptions(500, Duration.ofMinutes(1), 1),
                ProgressListener.NONE, CancellationToken.none());
        assertEquals(Verdict.INCOMPLETE, r.verdict());
        assertTrue(r.incompleteReason().orElseThrow().contains("state limit of 500"));
    }

    @Test
    void aViolationFoundBeforeTheLimitStillCounts() {
        RunResult r = Explorer.explore(Library.load("odirect-fork-writer.race"), "linux-2.6.27",
                new ExploreOptions(120, Duration.ofMinutes(1), 1), ProgressListener.NONE, CancellationToken.none());
        assertEquals(Verdict.VIOLATED, r.verdict());
        assertTrue(r.incompleteReason().isPresent());
    }

    @Test
    void cancellationIsHonouredQuickly() throws Exception {
        CancellationToken token = new CancellationToken();
        List<Progress> seen = new ArrayList<>();
        CompletableFuture<RunResult> f = CompletableFuture.supplyAsync(() -> Explorer.explore(Family.scenario(4, 2, 1),
                "linux-2.6.27", Runs.options(2).withReduction(false), p -> {
                    synchronized (seen) {
                        seen.add(p);
                    }
                }, token));
        Thread.sleep(600);
        long t0 = System.nanoTime();
        token.cancel();
        RunResult r = f.get();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(Verdict.INCOMPLETE, r.verdict());
        assertEquals("cancelled", r.incompleteReason().orElseThrow());
        assertTrue(ms < 100 + 50, "cancelled in " + ms + " ms");
        synchronized (seen) {
            assertTrue(seen.size() >= 2, "progress every ~250 ms: " + seen.size());
            assertTrue(seen.get(0).distinct() > 0);
        }
    }

    @Test
    void badInputIsAnErrorWithAPosition() {
        ScenarioSpec s = ScenarioSpec.builder("bad").process("P").map("P.buf", Sharing.PRIVATE, Prot.RW, 1, "A")
                .thread("P.t").at(7, 3).store("nope[0].0", 'X').build();
        RunResult r = Runs.run(s, "linux-2.6.27");
        assertEquals(Verdict.ERROR, r.verdict());
        assertEquals(7, r.error().orElseThrow().pos().line());
        assertTrue(r.error().orElseThrow().message().contains("no region nope"));
        RunResult u = Runs.run(s, "linux-9.9");
        assertEquals(Verdict.ERROR, u.verdict());
        assertTrue(u.error().orElseThrow().message().contains("unknown strategy 'linux-9.9'"));
    }

    @Test
    void aScenarioStrategyIsUsableByName() {
        ScenarioSpec s = ScenarioSpec.builder("mine").process("P").map("P.buf", Sharing.PRIVATE, Prot.RW, 1, "A")
                .thread("P.dio").dioRead("buf[0].0", 'D')
                .thread("P.writer").store("buf[0].7", 'W')
                .thread("P.forker").fork("C")
                .require("P.buf[0].0 == D")
                .strategy("brlock-like", "linux-2.6.27", "gup_fast.guard=brlock", "fork.pinned=copy").build();
        // the two knobs of brlock-2008 on the 2.6.27 base: the same verdict as brlock-2008
        assertEquals(Verdict.HOLDS, Runs.run(s, "brlock-like").verdict());
        assertEquals(Verdict.VIOLATED, Runs.run(s, "linux-2.6.27").verdict());
    }
}
