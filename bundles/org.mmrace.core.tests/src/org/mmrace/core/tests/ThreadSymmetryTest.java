package org.mmrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmrace.core.bench.Family;
import org.mmrace.core.internal.Config;
import org.mmrace.core.internal.Model;
import org.mmrace.core.internal.Symmetry;
import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.Explorer;
import org.mmrace.core.run.ProgressListener;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.strategy.Strategies;
import org.mmrace.core.trace.TraceStep;
import org.mmrace.lang.ScenarioLoader;

/** Which threads the symmetry exchanges, and that the traces of a run with exchanged threads are real runs. */
class ThreadSymmetryTest {

    private static List<List<String>> classes(ScenarioSpec spec) throws Exception {
        Model m = new Model(spec, new Config(Strategies.resolve("linux-2.6.27", spec.strategies())));
        Symmetry s = Symmetry.forModel(m, true);
        return s == null ? List.of() : s.threadClasses();
    }

    @Test
    void threadsWithTheSameProgramAreExchanged() throws Exception {
        // writer w stores into pages (i + w) % pages: writers 0 and 3 run the same stores when pages = 3
        assertEquals(List.of(List.of("P.writer0", "P.writer3"), List.of("P.forker0", "P.forker1")),
                classes(Family.scenario(4, 3, 2)));
        assertEquals(List.of(List.of("P.writer0", "P.writer3"), List.of("P.writer1", "P.writer4")),
                classes(Family.scenario(5, 3, 1)));
        assertEquals(List.of(), classes(Family.scenario(3, 3, 1)));
        assertEquals(List.of(), classes(Library.load("odirect-fork-writer.race")));
    }

    private static final String NAMED_CHILD = """
            scenario named-child
            process P
            map P.buf anon private rw pages=1 fill=A
            thread P.w
              store buf[0] data=W
            thread P.f0
              fork C0
            thread P.f1
              fork C1
            thread P.g0
              fork C2
            thread P.g1
              fork C3
            require C0.buf[0].0 == A
            """;

    @Test
    void forkersWhoseChildANameIsGivenAreNotExchanged() throws Exception {
        ScenarioSpec spec = new ScenarioLoader().load("named.race", NAMED_CHILD).spec().orElseThrow();
        assertEquals(List.of(List.of("P.f1", "P.g0", "P.g1")), classes(spec));
    }

    @Test
    void tracesWithExchangedThreadsAreRealRuns() throws Exception {
        ScenarioSpec spec = new ScenarioLoader().load("named.race", NAMED_CHILD).spec().orElseThrow();
        ExploreOptions o = new ExploreOptions(1_000_000, Duration.ofMinutes(1), 1, true);
        RunResult sym = Explorer.explore(spec, "linux-2.6.27", o, ProgressListener.NONE, CancellationToken.none());
        RunResult full = Explorer.explore(spec, "linux-2.6.27", o.withReduction(false), ProgressListener.NONE,
                CancellationToken.none());
        assertTrue(sym.stats().distinct() * 2 < full.stats().distinct(),
                sym.stats().distinct() + " with the symmetry, " + full.stats().distinct() + " without");
        assertEquals(ReductionEquivalenceTest.outcome(full), ReductionEquivalenceTest.outcome(sym));
        // the witness and every trace were replayed step by step from the initial state (Replay throws on a
        // step that is not enabled); each thread's steps follow its own program
        for (var v : sym.violations()) {
            for (TraceStep st : v.trace().steps()) {
                assertTrue(!st.thread().isEmpty(), v.key());
            }
        }
    }
}
