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

    /**
     * For each field, the field it trades places with when the fields named {@code a...} and {@code b...}
     * are traded, for each prefix pair (from the field names, independently of {@link Symmetry}'s blocks).
     */
    private static int[] exchange(Model m, String[][] pairs) {
        var L = m.layout;
        int[] to = new int[L.fieldCount()];
        for (int f = 0; f < to.length; f++) {
            to[f] = f;
        }
        java.util.Map<String, Integer> byName = new java.util.HashMap<>();
        for (int f = 0; f < to.length; f++) {
            byName.put(L.name(f), f);
        }
        for (String[] pair : pairs) {
            for (int f = 0; f < to.length; f++) {
                for (int side = 0; side < 2; side++) {
                    if (L.name(f).startsWith(pair[side])) {
                        to[f] = byName.get(pair[1 - side] + L.name(f).substring(pair[side].length()));
                    }
                }
            }
        }
        return to;
    }

    private static long[] apply(Model m, long[] s, int[] to) {
        long[] t = s.clone();
        for (int f = 0; f < to.length; f++) {
            m.layout.set(t, to[f], m.layout.get(s, f));
        }
        return t;
    }

    @Test
    void theRepresentativeDoesNotDependOnThreadOrderOrFrameNumbers() throws Exception {
        // 4/3/2: writers 0 and 3 alike, the two forkers (with their children) alike: four exchanges
        ScenarioSpec spec = Family.scenario(4, 3, 2);
        Model m = new Model(spec, new Config(Strategies.resolve("linux-2.6.27", spec.strategies())));
        Symmetry sym = Symmetry.forModel(m, true);
        assertTrue(sym.canonical());
        org.mmrace.core.internal.Search search = new org.mmrace.core.internal.Search(m,
                new ExploreOptions(150_000, Duration.ofMinutes(1), 1, false).withReduction(false), ProgressListener.NONE,
                CancellationToken.none(), false);
        search.run();
        var x = sym.scratch(m.words);
        java.util.Random rnd = new java.util.Random(7);
        long[] s = new long[m.words];
        int[] writers = exchange(m, new String[][] {{"P.writer0.", "P.writer3."}});
        int[] forkers = exchange(m, new String[][] {{"P.forker0.", "P.forker1."}, {"C0.", "C1."}});
        int checked = 0;
        for (long i = 0; i < search.distinct(); i += 1 + rnd.nextInt(400)) {
            search.load(i, s);
            long[] rep = s.clone();
            sym.canonicalize(rep, x);
            long[] other = s;
            if (rnd.nextBoolean()) {
                other = apply(m, other, writers);
            }
            if (rnd.nextBoolean()) {
                other = apply(m, other, forkers);
            }
            java.util.List<Integer> frames = new java.util.ArrayList<>();
            for (int p = 1; p <= m.maxPages; p++) {
                frames.add(p);
            }
            java.util.Collections.shuffle(frames, rnd);
            int[] perm = new int[m.maxPages + 1];
            for (int p = 1; p <= m.maxPages; p++) {
                perm[p] = frames.get(p - 1);
            }
            other = FrameSymmetryTest.rename(m, other, perm);
            sym.canonicalize(other, x);
            org.junit.jupiter.api.Assertions.assertArrayEquals(rep, other, "state " + i);
            checked++;
        }
        assertTrue(checked > 300, checked + " states checked");
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
