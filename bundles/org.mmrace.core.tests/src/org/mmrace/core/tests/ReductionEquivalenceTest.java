package org.mmrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mmrace.core.bench.Family;
import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.Explorer;
import org.mmrace.core.run.ProgressListener;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Verdict;
import org.mmrace.core.spec.ExpectSpec;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.lang.Diagnostic;
import org.mmrace.lang.LoadedScenario;
import org.mmrace.lang.ScenarioLoader;

/**
 * The reductions (partial-order and symmetry) and hash compaction change how much is stored, never
 * what is found: with and without them a run has the same verdict, the same violation classes (and
 * violated conditions) and the same observation per condition (always, sometimes, never). The
 * partial-order reduction keeps every final state, so with the same symmetry setting the herd-style
 * counts and the number of final states are identical too; the symmetry reduction counts final states
 * up to the renaming of page frames, so its counts are at most those without it (docs/performance.md).
 * Checked on the whole library, the bench family at small sizes and seeded random scenarios.
 */
class ReductionEquivalenceTest {

    private static ExploreOptions options(boolean reduction, boolean compact) {
        // no checkEveryState: LibraryTest runs that self-check; this test is about what the reduction keeps
        return new ExploreOptions(2_000_000, Duration.ofMinutes(1), 1, false).withReduction(reduction)
                .withCompact(compact);
    }

    /** What must not depend on any reduction or on compaction. */
    static String outcome(RunResult r) {
        String violations = r.violations().stream()
                .map(v -> v.oracle() + "/" + v.violationClass() + v.condition().map(c -> "/" + c).orElse(""))
                .sorted().collect(Collectors.joining(","));
        String conditions = r.conditions().stream().map(c -> c.label() + "=" + c.observation())
                .collect(Collectors.joining(","));
        return r.verdict() + " [" + violations + "] [" + conditions + "]"
                + r.error().map(e -> " error=" + e.message()).orElse("");
    }

    /** The herd-style counts per condition and the final states: the same whenever the symmetry setting is. */
    static long[] counts(RunResult r) {
        long[] c = new long[2 * r.conditions().size() + 1];
        for (int i = 0; i < r.conditions().size(); i++) {
            c[2 * i] = r.conditions().get(i).positive();
            c[2 * i + 1] = r.conditions().get(i).negative();
        }
        c[c.length - 1] = r.stats().finalStates();
        return c;
    }

    private static RunResult run(ScenarioSpec spec, String strategy, boolean reduction, boolean compact) {
        return run(spec, strategy, options(reduction, compact));
    }

    private static RunResult run(ScenarioSpec spec, String strategy, ExploreOptions o) {
        return Explorer.explore(spec, strategy, o, ProgressListener.NONE, CancellationToken.none());
    }

    private static java.util.Map<String, Integer> traceLengths(RunResult r) {
        java.util.Map<String, Integer> m = new java.util.TreeMap<>();
        r.violations().forEach(v -> m.merge(v.key() + v.condition().map(c -> "/" + c).orElse(""), v.trace().length(),
                Math::min));
        return m;
    }

    /**
     * Runs without any reduction, with the symmetry reduction alone, with both reductions (the default)
     * and compacted, and compares; returns the run with both reductions.
     */
    private static RunResult assertSameOutcome(ScenarioSpec spec, String strategy, boolean alsoCompact) {
        RunResult full = run(spec, strategy, false, false);
        RunResult sym = run(spec, strategy, options(false, false).withSymmetry(true));
        RunResult reduced = run(spec, strategy, true, false);
        String what = spec.name() + " under " + strategy;
        assertTrue(full.verdict() != Verdict.INCOMPLETE, what + " must be small enough to finish");
        assertEquals(outcome(full), outcome(sym), what + ": symmetry against full");
        assertEquals(outcome(full), outcome(reduced), what + ": reduced against full");
        assertEquals(java.util.Arrays.toString(counts(sym)), java.util.Arrays.toString(counts(reduced)),
                what + ": the partial-order reduction keeps every final state");
        long[] cf = counts(full);
        long[] cs = counts(sym);
        for (int i = 0; i < cf.length; i++) {
            assertTrue(cs[i] <= cf[i], what + ": counted up to frame renaming, never more: "
                    + java.util.Arrays.toString(cs) + " against " + java.util.Arrays.toString(cf));
        }
        assertTrue(reduced.stats().distinct() <= sym.stats().distinct(), what + ": the reduction stores no more states");
        assertTrue(sym.stats().distinct() <= full.stats().distinct(), what + ": the symmetry stores no more states");
        // breadth-first search over representatives finds the shortest traces exactly
        assertEquals(traceLengths(full), traceLengths(sym), what + ": shortest traces with the symmetry");
        for (var v : reduced.violations()) {
            // a trace is a real run (replayed step by step); the search without reduction has the shortest
            var shortest = full.violations().stream().filter(x -> x.oracle() == v.oracle()
                    && x.violationClass() == v.violationClass() && x.condition().equals(v.condition())).findFirst()
                    .orElseThrow();
            assertTrue(v.trace().length() >= shortest.trace().length(), what + " " + v.key());
        }
        if (alsoCompact) {
            RunResult compact = run(spec, strategy, true, true);
            assertEquals(outcome(full), outcome(compact), what + ": compacted against full");
            assertEquals(java.util.Arrays.toString(counts(reduced)), java.util.Arrays.toString(counts(compact)),
                    what + ": compacted against reduced");
            assertTrue(compact.stats().probabilistic());
            assertTrue(compact.stats().omissionProbability() < 1e-9, what + ": omission probability");
            RunResult compactFull = run(spec, strategy, false, true);
            assertEquals(outcome(full), outcome(compactFull), what + ": compacted without reduction against full");
            assertEquals(java.util.Arrays.toString(counts(full)), java.util.Arrays.toString(counts(compactFull)),
                    what + ": compacted without reduction against full");
        }
        return reduced;
    }

    static Stream<Path> files() throws IOException {
        return Library.files().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyLibraryRunFindsTheSameWithTheReduction(Path file) {
        ScenarioSpec spec = Library.load(file);
        // compaction on the first strategy of every fourth file (by name): enough to cover its paths, and fast
        boolean compact = Math.floorMod(file.getFileName().toString().hashCode(), 4) == 0;
        for (ExpectSpec e : spec.expectations()) {
            assertSameOutcome(spec, e.strategy(), compact);
            compact = false;
        }
    }

    @Test
    void theBenchFamilyAtSmallSizesFindsTheSame() {
        // {2,1,1}, {3,1,1}: the writers run the same stores (exchanged); {1,1,2}, {2,1,2}: two forkers
        for (int[] z : new int[][] {{1, 1, 1}, {2, 1, 1}, {1, 2, 1}, {3, 1, 1}, {1, 1, 2}, {2, 1, 2}}) {
            for (String strategy : List.of("linux-2.6.27", "linux-5.9", "linux-6.3")) {
                assertSameOutcome(Family.scenario(z[0], z[1], z[2]), strategy, z[0] == 1);
            }
        }
        RunResult reduced = assertSameOutcome(Family.scenario(2, 2, 1), "linux-2.6.27", false);
        RunResult full = run(Family.scenario(2, 2, 1), "linux-2.6.27", false, false);
        // the orders of COW copies into different frames collapse (35,757 states without, 9,973 with)
        assertTrue(reduced.stats().distinct() * 3 < full.stats().distinct(),
                reduced.stats().distinct() + " states with the reductions, " + full.stats().distinct() + " without");
        assertTrue(reduced.stats().reduction().note().contains("page frames"), reduced.stats().reduction().note());
    }

    @Test
    void processesThatShareOnlyTheAllocatorAreExploredIndependently() {
        // two processes with their own pages, two (unlike) writers and a fork each: they share nothing but
        // the allocator; modulo renaming frames two allocations commute, so the partial-order reduction
        // explores the processes' interleavings once instead of in every order
        var b = ScenarioSpec.builder("two-processes").process("P")
                .map("P.buf", org.mmrace.core.spec.Sharing.PRIVATE, org.mmrace.core.spec.Prot.RW, 2, "A")
                .process("Q").map("Q.buf", org.mmrace.core.spec.Sharing.PRIVATE, org.mmrace.core.spec.Prot.RW, 2, "A");
        b.thread("P.w0").store("buf[0].1", 'W').store("buf[1].1", 'W');
        b.thread("P.w1").store("buf[1].1", 'V').store("buf[0].1", 'V');
        b.thread("Q.w0").store("buf[0].1", 'X').store("buf[1].1", 'X');
        b.thread("Q.w1").store("buf[1].1", 'Y').store("buf[0].1", 'Y');
        b.thread("P.f").fork("C");
        b.thread("Q.f").fork("D");
        ScenarioSpec spec = b.build();
        for (String strategy : List.of("linux-2.6.27", "linux-6.3")) {
            RunResult reduced = assertSameOutcome(spec, strategy, false);
            RunResult sym = run(spec, strategy, options(false, false).withSymmetry(true));
            assertTrue(reduced.stats().distinct() * 2 < sym.stats().distinct(), strategy + ": "
                    + reduced.stats().distinct() + " states with both reductions, " + sym.stats().distinct()
                    + " with the frame renaming alone");
        }
    }

    @Test
    void fiveLikeWritersTakeTheSortedRepresentativeAndFindTheSame() throws Exception {
        // one page: the five writers run the same store; 5! = 120 exchanges, too many to try per state
        ScenarioSpec spec = Family.scenario(5, 1, 1);
        org.mmrace.core.internal.Symmetry symmetry = org.mmrace.core.internal.Symmetry.forModel(
                new org.mmrace.core.internal.Model(spec, new org.mmrace.core.internal.Config(
                        org.mmrace.core.strategy.Strategies.resolve("linux-2.6.27", spec.strategies()))), true);
        assertEquals(1, symmetry.threadClasses().size());
        assertEquals(5, symmetry.threadClasses().get(0).size());
        assertTrue(!symmetry.canonical(), "five like threads take the sorted representative");
        for (String strategy : List.of("linux-2.6.27", "linux-6.3")) {
            RunResult reduced = assertSameOutcome(spec, strategy, false);
            RunResult full = run(spec, strategy, false, false);
            // not canonical, but it merges most exchanges (2,476 of 927,301 states under 2.6.27)
            assertTrue(reduced.stats().distinct() * 50 < full.stats().distinct(),
                    strategy + ": " + reduced.stats().distinct() + " states sorted, " + full.stats().distinct()
                            + " without the reductions");
        }
    }

    /** Seeded random scenarios, each a valid .race text: the generator's output must load. */
    static Stream<Integer> seeds() {
        return IntStream.range(0, 40).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomScenariosFindTheSame(int seed) {
        ScenarioSpec spec = loadGenerated("random-" + seed + ".race", RandomScenario.text(seed));
        for (String strategy : List.of("linux-2.6.27", "forcecow-2008", "linux-5.9", "linux-6.3")) {
            assertSameOutcome(spec, strategy, seed % 8 == 0);
        }
    }

    /** A generated .race text, which must load without errors. */
    private static ScenarioSpec loadGenerated(String name, String text) {
        LoadedScenario loaded = new ScenarioLoader().load(name, text);
        assertTrue(!loaded.hasErrors() && loaded.spec().isPresent(), text + "\n" + loaded.diagnostics().stream()
                .filter(Diagnostic::isError).map(Diagnostic::format).collect(Collectors.joining("\n")));
        return loaded.spec().get();
    }

    /**
     * Seeded random scenarios of two processes that each fork and fault: they share the allocator, which
     * the reduction treats modulo renaming frames (two allocations commute).
     */
    static Stream<Integer> twoProcessSeeds() {
        return IntStream.range(0, TWO_PROCESS_SEEDS).boxed();
    }

    static final int TWO_PROCESS_SEEDS = 16;

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("twoProcessSeeds")
    void randomTwoProcessScenariosFindTheSame(int seed) {
        ScenarioSpec spec = loadGenerated("two-" + seed + ".race", RandomScenario.twoProcesses(seed));
        for (String strategy : List.of("linux-2.6.27", "linux-6.3")) {
            assertSameOutcome(spec, strategy, false);
        }
    }

    /** The .race texts of the THP and swap kernel-path tests: new kernel paths get footprints without any list. */
    static Stream<String> kernelPathScenarios() throws IllegalAccessException {
        List<String> texts = new ArrayList<>();
        for (Class<?> c : List.of(ThpPathsTest.class, SwapPathsTest.class)) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                if (f.getType() == String.class && java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    String t = (String) f.get(null);
                    if (t != null && t.startsWith("scenario ")) {
                        texts.add(t);
                    }
                }
            }
        }
        assertTrue(texts.size() >= 6, "THP and swap scenarios found: " + texts.size());
        return texts.stream();
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("kernelPathScenarios")
    void thpAndSwapScenariosFindTheSame(String text) {
        LoadedScenario loaded = new ScenarioLoader().load("kernel-path.race", text);
        assertTrue(!loaded.hasErrors() && loaded.spec().isPresent(), text);
        for (String strategy : List.of("linux-2.6.38", "linux-5.8", "linux-5.19", "linux-6.18")) {
            assertSameOutcome(loaded.spec().get(), strategy, strategy.equals("linux-6.18"));
        }
    }

    @Test
    void independentProcessesAreExploredInOneOrder() {
        // two processes with their own memory and no shared page, lock or pipe: their steps commute
        String text = """
                scenario two-processes
                process P
                map P.buf anon private rw pages=2 fill=A
                process Q
                map Q.buf anon private rw pages=2 fill=A
                thread P.a
                  store buf[0] data=B
                  store buf[1] data=C
                  load buf[0] -> r1
                thread Q.b
                  store buf[0] data=D
                  store buf[1] data=E
                  load buf[1] -> r2
                thread Q.c
                  store buf[1] data=F
                require P.buf[0].0 == B
                observe Q.buf[1].0 == E
                """;
        ScenarioSpec spec = new ScenarioLoader().load("two.race", text).spec().orElseThrow();
        RunResult reduced = assertSameOutcome(spec, "linux-6.3", true);
        RunResult full = run(spec, "linux-6.3", false, false);
        assertTrue(reduced.stats().reduction().on());
        assertTrue(reduced.stats().reduction().pruned() > 0, "pruned " + reduced.stats().reduction().pruned());
        assertTrue(reduced.stats().distinct() * 2 < full.stats().distinct(),
                reduced.stats().distinct() + " states with the reduction, " + full.stats().distinct() + " without");
    }

    /** A small random .race text: one or two processes, two or three threads, a few operations each. */
    static final class RandomScenario {
        private RandomScenario() {
        }

        /** The text with the conditions, alternately required and observed ({@code fallback} when none). */
        private static String withConditions(StringBuilder b, List<String> conds, String fallback) {
            List<String> all = conds.isEmpty() ? List.of(fallback) : conds;
            for (int i = 0; i < all.size(); i++) {
                b.append(i % 2 == 0 ? "require " : "observe ").append(all.get(i)).append('\n');
            }
            return b.toString();
        }

        /** Processes P and Q, one or two pages each, two threads each (stores, a fork, a DIO read, loads). */
        static String twoProcesses(int seed) {
            Random rnd = new Random(seed * 104729L + 3);
            StringBuilder b = new StringBuilder("scenario two-" + seed + "\n");
            List<String> conds = new ArrayList<>();
            int[] pagesOf = {1 + rnd.nextInt(2), 1 + rnd.nextInt(2)};
            for (int i = 0; i < 2; i++) {
                String proc = i == 0 ? "P" : "Q";
                b.append("process ").append(proc).append("\nmap ").append(proc).append(".buf anon private rw pages=")
                        .append(pagesOf[i]).append(" fill=A\n");
            }
            for (String proc : List.of("P", "Q")) {
                int pages = pagesOf[proc.equals("P") ? 0 : 1];
                boolean forked = false;
                for (int t = 0; t < 2; t++) {
                    b.append("thread ").append(proc).append(".t").append(t).append('\n');
                    int ops = 1 + rnd.nextInt(2);
                    for (int o = 0; o < ops; o++) {
                        int page = rnd.nextInt(pages);
                        char data = (char) ('B' + rnd.nextInt(3));
                        switch (rnd.nextInt(5)) {
                            case 0, 1 -> b.append("  store buf[").append(page).append("].1 data=").append(data).append('\n');
                            case 2 -> {
                                if (!forked) {
                                    forked = true;
                                    b.append("  fork ").append(proc).append("c\n");
                                } else {
                                    b.append("  store buf[").append(page).append("].2 data=").append(data).append('\n');
                                }
                            }
                            case 3 -> {
                                b.append("  dio_read buf[").append(page).append("].0 data=D\n");
                                conds.add(proc + ".buf[" + page + "].0 == D");
                            }
                            default -> b.append("  load buf[").append(page).append("] -> r").append(o).append('\n');
                        }
                    }
                }
            }
            return withConditions(b, conds, "P.buf[0].1 == B");
        }

        static String text(int seed) {
            Random rnd = new Random(seed * 7919L + 17);
            StringBuilder b = new StringBuilder("scenario random-" + seed + "\n");
            boolean two = rnd.nextBoolean();
            int pages = 1 + rnd.nextInt(2);
            b.append("process P\nmap P.buf anon private rw pages=").append(pages).append(" fill=A\n");
            if (two) {
                b.append("process Q\nmap Q.buf anon private rw pages=1 fill=A\n");
            }
            int threads = 2 + rnd.nextInt(2);
            boolean forked = false;
            int pins = 0;
            List<String> conds = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                boolean inQ = two && t == threads - 1;
                b.append("thread ").append(inQ ? "Q" : "P").append(".t").append(t).append('\n');
                int ops = 1 + rnd.nextInt(3);
                for (int o = 0; o < ops; o++) {
                    int page = inQ ? 0 : rnd.nextInt(pages);
                    char data = (char) ('B' + rnd.nextInt(4));
                    switch (rnd.nextInt(inQ ? 3 : 8)) {
                        case 0 -> b.append("  store buf[").append(page).append("] data=").append(data).append('\n');
                        case 1 -> b.append("  load buf[").append(page).append("] -> r").append(o).append('\n');
                        case 2 -> {
                            b.append("  dio_read buf[").append(page).append("].0 data=D\n");
                            conds.add((inQ ? "Q" : "P") + ".buf[" + page + "].0 == D");
                        }
                        case 3 -> {
                            if (!forked) {
                                forked = true;
                                b.append("  fork C\n");
                            } else {
                                b.append("  store buf[").append(page).append("] data=").append(data).append('\n');
                            }
                        }
                        case 4 -> {
                            String name = "p" + pins++;
                            b.append("  pin buf[").append(page).append("] rw").append(rnd.nextBoolean() ? " fast" : "")
                                    .append(" longterm as ").append(name).append('\n');
                            b.append("  dma_write ").append(name).append(" 0 data=E\n");
                            b.append("  unpin ").append(name).append('\n');
                            conds.add("P.buf[" + page + "].0 == E");
                        }
                        case 5 -> b.append("  mprotect buf ").append(rnd.nextBoolean() ? "ro" : "rw").append('\n');
                        case 6 -> b.append("  store buf[").append(page).append("].3 data=").append(data).append('\n');
                        default -> b.append("  load buf[").append(page).append("] -> r").append(o).append('\n');
                    }
                }
            }
            return withConditions(b, conds, "P.buf[0].0 == A");
        }
    }
}
