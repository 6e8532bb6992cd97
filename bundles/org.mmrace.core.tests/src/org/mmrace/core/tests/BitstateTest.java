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
import org.mmrace.core.internal.Bitstate;
import org.mmrace.core.internal.Config;
import org.mmrace.core.internal.Model;
import org.mmrace.core.internal.Search;
import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.ProgressListener;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.strategy.Strategies;

/**
 * The bitstate count ({@link Bitstate}, the bench's lower bound on the full state space) walks the same
 * graph as the search without reduction: with a bit array large enough to stay almost empty it counts
 * exactly the distinct states and transitions the search stores and generates; with a crowded array or a
 * stop count it counts fewer, never more.
 */
class BitstateTest {

    private static Model model(ScenarioSpec spec, String strategy) throws Exception {
        return new Model(spec, new Config(Strategies.resolve(strategy, spec.strategies())));
    }

    /** The search without any reduction: {distinct, transitions}, or null when it does not finish in the bounds. */
    private static long[] full(ScenarioSpec spec, String strategy) throws Exception {
        Search s = new Search(model(spec, strategy), new ExploreOptions(3_000_000, Duration.ofMinutes(1), 1, false,
                false, false), ProgressListener.NONE, new CancellationToken(), false);
        s.run();
        return s.incomplete != null ? null : new long[] {s.distinct(), s.generated};
    }

    private static Bitstate.Result count(ScenarioSpec spec, String strategy, int log2Bits, long stopAt) throws Exception {
        return new Bitstate(model(spec, strategy), log2Bits, 3).count(stopAt, System.nanoTime() + 60_000_000_000L,
                CancellationToken.none(), n -> { });
    }

    /** With 2^log2Bits bits: 2^31 (256 MiB) leaves a million states a chance of one collision near 0.3%. */
    private static void assertSameGraph(ScenarioSpec spec, String strategy, int log2Bits) throws Exception {
        long[] full = full(spec, strategy);
        if (full == null) {
            return; // too large for the search here; the family sizes below cover the large graphs
        }
        Bitstate.Result r = count(spec, strategy, log2Bits, Long.MAX_VALUE);
        String what = spec.name() + " under " + strategy;
        assertTrue(r.complete(), what);
        assertEquals(full[0], r.counted(), what + ": distinct states");
        assertEquals(full[1], r.transitions(), what + ": transitions");
    }

    @Test
    void theFamilyCountsExactlyWhatTheSearchStores() throws Exception {
        for (int[] z : new int[][] {{1, 1, 1}, {2, 1, 1}, {2, 2, 1}, {1, 1, 2}, {3, 2, 1}}) {
            for (String strategy : java.util.List.of("linux-2.6.27", "linux-5.9", "linux-6.3")) {
                assertSameGraph(Family.scenario(z[0], z[1], z[2]), strategy, 31);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.mmrace.core.tests.Library#files")
    void everyLibraryScenarioCountsExactlyWhatTheSearchStores(Path file) throws Exception {
        ScenarioSpec spec = Library.load(file);
        // the first expected strategy of each file: the kernel paths the file is about
        assertSameGraph(spec, spec.expectations().isEmpty() ? "linux-6.3" : spec.expectations().get(0).strategy(), 28);
    }

    @Test
    void aCrowdedArrayOrAStopCountsFewerNeverMore() throws Exception {
        ScenarioSpec spec = Family.scenario(3, 2, 1);
        long exact = full(spec, "linux-2.6.27")[0];
        // 2^16 bits for a million states: most bits get set, most states are taken for seen
        Bitstate.Result crowded = count(spec, "linux-2.6.27", 16, Long.MAX_VALUE);
        assertTrue(crowded.counted() < exact / 10, crowded + " against " + exact);
        assertTrue(crowded.fill() > 0.5, crowded.toString());
        assertTrue(crowded.collisionChance() > 0.1, crowded.toString());
        Bitstate.Result stopped = count(spec, "linux-2.6.27", 20, 1000);
        assertFalse(stopped.complete());
        assertEquals(1000, stopped.counted());
        Bitstate.Result roomy = count(spec, "linux-2.6.27", 30, Long.MAX_VALUE);
        assertEquals(exact, roomy.counted());
        assertTrue(roomy.collisionChance() < 1e-6, roomy.toString());
    }
}
