package org.mmrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mmrace.core.bench.Family;
import org.mmrace.core.internal.Config;
import org.mmrace.core.internal.Model;
import org.mmrace.core.internal.Search;
import org.mmrace.core.internal.TraceCount;
import org.mmrace.core.internal.TraceCount.Independence;
import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.ProgressListener;
import org.mmrace.core.spec.Prot;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.spec.Sharing;
import org.mmrace.core.strategy.Strategies;

/**
 * The trace count ({@link TraceCount}, the bench's figure for a trace-based reduction): interleavings and
 * traces of scenarios whose counts are known in closed form, the order the three relations must keep
 * (interleavings >= footprint traces >= commuting traces >= terminal states), the terminal states of the
 * graph without reduction, and a stopped count as a lower bound.
 */
class TraceCountTest {

    private static Model model(ScenarioSpec spec, String strategy) throws Exception {
        return new Model(spec, new Config(Strategies.resolve(strategy, spec.strategies())));
    }

    private static TraceCount.Result count(ScenarioSpec spec, String strategy, Independence mode, long maxPairs)
            throws Exception {
        return new TraceCount(model(spec, strategy), mode, maxPairs).count(System.nanoTime() + 60_000_000_000L,
                CancellationToken.none());
    }

    private static long traces(ScenarioSpec spec, Independence mode) throws Exception {
        TraceCount.Result r = count(spec, "linux-2.6.27", mode, Long.MAX_VALUE);
        assertTrue(r.complete(), r.toString());
        assertFalse(r.overflow(), r.toString());
        return r.traces();
    }

    /** One process per thread, each storing once into its own page. */
    private static ScenarioSpec separateProcesses(int n) {
        var b = ScenarioSpec.builder("separate" + n);
        for (int i = 0; i < n; i++) {
            b.process("P" + i).map("P" + i + ".buf", Sharing.PRIVATE, Prot.RW, 1, "A");
        }
        for (int i = 0; i < n; i++) {
            b.thread("P" + i + ".t").store("buf[0].3", 'W');
        }
        return b.build();
    }

    /** Two threads of one process storing into the same sector. */
    private static ScenarioSpec twoStores(char first, char second) {
        return ScenarioSpec.builder("two-stores").process("P").map("P.buf", Sharing.PRIVATE, Prot.RW, 1, "A")
                .thread("P.a").store("buf[0].3", first).thread("P.b").store("buf[0].3", second).build();
    }

    @Test
    void separateProcessesHaveFactorialInterleavingsAndOneTrace() throws Exception {
        ScenarioSpec three = separateProcesses(3);
        assertEquals(6, traces(three, Independence.NONE));
        assertEquals(1, traces(three, Independence.FOOTPRINT));
        assertEquals(1, traces(three, Independence.COMMUTING));
        // the one representative execution passes through four states
        assertEquals(4, count(three, "linux-2.6.27", Independence.COMMUTING, Long.MAX_VALUE).representatives());
        assertEquals(-1, count(three, "linux-2.6.27", Independence.FOOTPRINT, Long.MAX_VALUE).representatives());
        ScenarioSpec four = separateProcesses(4);
        assertEquals(24, traces(four, Independence.NONE));
        assertEquals(1, traces(four, Independence.FOOTPRINT));
        assertEquals(1, traces(four, Independence.COMMUTING));
    }

    @Test
    void storesIntoOneSectorCommuteOnlyWithTheSameValue() throws Exception {
        ScenarioSpec differ = twoStores('X', 'Y');
        assertEquals(2, traces(differ, Independence.NONE));
        assertEquals(2, traces(differ, Independence.FOOTPRINT));
        assertEquals(2, traces(differ, Independence.COMMUTING));
        // both orders: the initial state, one store done (either), the two final states
        assertEquals(5, count(differ, "linux-2.6.27", Independence.COMMUTING, Long.MAX_VALUE).representatives());
        ScenarioSpec same = twoStores('W', 'W');
        assertEquals(2, traces(same, Independence.NONE));
        assertEquals(1, traces(same, Independence.FOOTPRINT), "two writes of one value that neither reads commute");
        assertEquals(1, traces(same, Independence.COMMUTING));
        // one order: the initial state, one store done, both done
        assertEquals(3, count(same, "linux-2.6.27", Independence.COMMUTING, Long.MAX_VALUE).representatives());
    }

    private static Search search(ScenarioSpec spec, String strategy, boolean reductions, int maxStates)
            throws Exception {
        Search s = new Search(model(spec, strategy), new ExploreOptions(maxStates, Duration.ofMinutes(1), 1, false,
                reductions, false), ProgressListener.NONE, new CancellationToken(), false);
        s.run();
        return s;
    }

    @Test
    void theFamilyKeepsTheOrderOfTheRelationsAndReachesEveryFinalState() throws Exception {
        // sizes without interchangeable threads: the search with the reductions then stores states up to
        // renaming frames only, as the commuting relation compares them
        for (int[] z : new int[][] {{1, 1, 1}, {1, 2, 1}, {2, 2, 1}}) {
            ScenarioSpec spec = Family.scenario(z[0], z[1], z[2]);
            Search full = search(spec, "linux-2.6.27", false, 3_000_000);
            Search reduced = search(spec, "linux-2.6.27", true, 3_000_000);
            long[] counts = new long[3];
            for (Independence mode : Independence.values()) {
                TraceCount.Result r = count(spec, "linux-2.6.27", mode, Long.MAX_VALUE);
                String what = spec.name() + " " + mode + ": " + r;
                assertTrue(r.complete(), what);
                // the family has no deadlock: its terminal states are the search's final states (up to
                // renaming frames with the commuting relation: every class is reached)
                assertEquals(mode == Independence.COMMUTING ? reduced.finals : full.finals, r.terminals(), what);
                counts[mode.ordinal()] = r.traces();
                if (mode == Independence.COMMUTING) {
                    // the states on one execution per trace: every final class, at most every stored state
                    assertTrue(r.representatives() >= reduced.finals && r.representatives() <= r.pairs(), what);
                }
                if (mode == Independence.NONE) {
                    assertEquals(full.distinct(), r.pairs(), "no sleep sets: one entry per state: " + what);
                    assertEquals(0, r.independent(), what);
                } else {
                    assertTrue(r.independent() > 0 && r.independent() < r.coEnabled(), what);
                }
            }
            assertTrue(counts[0] >= counts[1] && counts[1] >= counts[2] && counts[2] >= full.finals,
                    spec.name() + ": interleavings, footprint traces, commuting traces, final states: "
                            + java.util.Arrays.toString(counts) + " " + full.finals);
        }
    }

    @Test
    void aStoppedCountIsALowerBound() throws Exception {
        ScenarioSpec spec = Family.scenario(2, 2, 1);
        long all = traces(spec, Independence.FOOTPRINT);
        TraceCount.Result stopped = count(spec, "linux-2.6.27", Independence.FOOTPRINT, 2_000);
        assertFalse(stopped.complete(), stopped.toString());
        assertTrue(stopped.stopped().contains("2000 (state, sleep set) pairs"), stopped.toString());
        assertTrue(stopped.traces() > 0 && stopped.traces() < all, stopped + " against " + all);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.mmrace.core.tests.Library#files")
    void everyLibraryScenarioCountsTracesDownToItsFinalStates(Path file) throws Exception {
        ScenarioSpec spec = Library.load(file);
        String strategy = spec.expectations().isEmpty() ? "linux-6.3" : spec.expectations().get(0).strategy();
        Search full = search(spec, strategy, false, 200_000);
        if (full.incomplete != null) {
            return; // too large for this check; the family covers the large graphs
        }
        // the library has no interchangeable threads: the reductions store final states up to renaming frames
        Search reduced = search(spec, strategy, true, 200_000);
        long previous = Long.MAX_VALUE;
        for (Independence mode : Independence.values()) {
            TraceCount.Result r = count(spec, strategy, mode, 4_000_000);
            String what = file.getFileName() + " under " + strategy + ", " + mode + ": " + r;
            if (!r.complete()) {
                // a retry loop (a cycle) makes the complete runs infinitely many; nothing else stops these
                assertTrue(r.stopped().contains("cycle"), what);
                return;
            }
            // every final state is reached (up to renaming frames with the commuting relation)
            assertTrue(r.terminals() >= (mode == Independence.COMMUTING ? reduced.finals : full.finals), what);
            assertTrue(r.traces() >= r.terminals() || r.overflow(), what);
            assertTrue(r.traces() <= previous, what + " (more than with a smaller relation: " + previous + ")");
            previous = r.overflow() ? Long.MAX_VALUE : r.traces();
        }
    }
}
