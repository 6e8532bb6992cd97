package org.mmrace.core.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.mmrace.core.internal.Bitstate;
import org.mmrace.core.internal.Config;
import org.mmrace.core.internal.Model;
import org.mmrace.core.internal.ScenarioException;
import org.mmrace.core.internal.Search;
import org.mmrace.core.internal.TraceCount;
import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.ProgressListener;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.strategy.Strategies;
import org.mmrace.core.strategy.Strategy;
import org.mmrace.core.strategy.StrategyException;

/**
 * Explores the {@link Family} at growing sizes and prints, per size and per mode (with the
 * partial-order reduction, without it, and with hash compaction), distinct states, transitions, wall
 * time, distinct states per second and bytes per stored state, then the ratio of stored states with
 * and without the reduction. The last line is {@code states/s=<n> bytes/state=<n> reduced/full=<r>}:
 * the rate and bytes of the run without reduction at the largest size (best of {@value #REPEAT} runs,
 * the figures before the reduction existed) and the ratio there. Usage:
 * {@code Bench [--workers N] [--strategy ID] [--max-size K] [--size W/P/F]... [--no-reduction] [--reduced-only]}
 * ({@code --reduced-only}: sizes whose full state space does not fit, with the reductions only).
 */
public final class Bench {
    /**
     * Options: worker count, strategy, how many sizes of the family to run, the sizes (null: the
     * built-in list), whether to run the reduced modes at all, the full ones, the exact (not compacted)
     * ones, the time limit of each run in minutes, whether to bound the full state space from below
     * by a bitstate search ({@link Bitstate}) where it is not run, and whether to count the Mazurkiewicz
     * traces of each size ({@link TraceCount}: what a stateless, trace-based reduction would explore).
     */
    public record Options(int workers, String strategy, int sizes, List<int[]> family, boolean reduction,
            boolean full, boolean exact, int minutes, boolean fullBound, boolean traces) {
        public Options(int workers, String strategy, int sizes, List<int[]> family, boolean reduction,
                boolean full, boolean exact, int minutes, boolean fullBound) {
            this(workers, strategy, sizes, family, reduction, full, exact, minutes, fullBound, false);
        }

        public Options(int workers, String strategy, int sizes, List<int[]> family, boolean reduction,
                boolean full, boolean exact, int minutes) {
            this(workers, strategy, sizes, family, reduction, full, exact, minutes, false);
        }

        public Options(int workers, String strategy, int sizes) {
            this(workers, strategy, sizes, null, true);
        }

        public Options(int workers, String strategy, int sizes, List<int[]> family, boolean reduction) {
            this(workers, strategy, sizes, family, reduction, true);
        }

        public Options(int workers, String strategy, int sizes, List<int[]> family, boolean reduction,
                boolean full) {
            this(workers, strategy, sizes, family, reduction, full, true, 5);
        }

        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), "linux-2.6.27", SIZES.size());
        }

        List<int[]> list() {
            return family != null ? family : SIZES;
        }
    }

    /** (writers, pages, forks), small to large. */
    static final List<int[]> SIZES = List.of(new int[] {1, 1, 1}, new int[] {2, 1, 1}, new int[] {2, 2, 1},
            new int[] {3, 2, 1}, new int[] {2, 2, 2});

    /** Runs of the largest size; the last line reports the best. */
    static final int REPEAT = 3;

    /** One way of running: the reduction on or off, states or fingerprints. */
    private record Mode(String name, boolean reduction, boolean compact) {
    }

    private Bench() {
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    public static void main(String[] args) {
        Options o = Options.defaults();
        List<int[]> family = new java.util.ArrayList<>();
        boolean reduction = true;
        boolean full = true;
        boolean exact = true;
        int minutes = 5;
        boolean fullBound = false;
        boolean traces = false;
        for (int i = 0; i < args.length; i++) {
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--workers" -> o = new Options(Integer.parseInt(v), o.strategy(), o.sizes());
                case "--strategy" -> o = new Options(o.workers(), v, o.sizes());
                case "--max-size" -> o = new Options(o.workers(), o.strategy(), Integer.parseInt(v));
                case "--size" -> family.add(parseSize(v));
                case "--no-reduction" -> {
                    reduction = false;
                    i--;
                }
                case "--reduced-only" -> {
                    full = false;
                    i--;
                }
                case "--compact-only" -> {
                    full = false;
                    exact = false;
                    i--;
                }
                case "--minutes" -> minutes = Integer.parseInt(v);
                case "--full-bound" -> {
                    fullBound = true;
                    i--;
                }
                case "--traces" -> {
                    traces = true;
                    i--;
                }
                default -> {
                    System.err.println("usage: Bench [--workers N] [--strategy ID] [--max-size K] [--size W/P/F]..."
                            + " [--no-reduction] [--reduced-only] [--compact-only] [--minutes M] [--full-bound]"
                            + " [--traces]");
                    System.exit(2);
                }
            }
            i++;
        }
        o = new Options(o.workers(), o.strategy(), o.sizes(), family.isEmpty() ? null : family, reduction, full, exact,
                minutes, fullBound, traces);
        System.exit(run(System.out, o));
    }

    /**
     * Where the full state space was not counted: a lower bound on it by the bitstate search
     * ({@link Bitstate}: depth-first, distinct states only, as large a bit array as the heap allows, until
     * it ends or the time limit), and from it an upper bound on the reduced/full ratio of stored states.
     */
    private static int fullBound(PrintStream out, Options o, Strategy s, ScenarioSpec spec, int[] z,
            long reducedStates, boolean reducedCompact) {
        Model model = model(out, spec, s);
        if (model == null) {
            return 2;
        }
        long room = roomAfterGc(); // the runs before are garbage: the bit array takes most of what is left
        int log2 = 63 - Long.numberOfLeadingZeros(Math.max(1L << 12, room * 8));
        log2 = Math.min(log2, 37); // 16 GiB of bits: a few percent full at 4 billion states with 3 hashes
        if (log2 < 20) {
            out.println("full-bound: not enough memory for a bit array");
            return 0;
        }
        Bitstate b = new Bitstate(model, log2, 3);
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        long[] shown = {t0};
        boolean terminal = terminal();
        Bitstate.Result r = b.count(Long.MAX_VALUE, t0 + Duration.ofMinutes(o.minutes()).toNanos(),
                CancellationToken.none(), n -> {
                    long now = System.nanoTime();
                    if (terminal && now - shown[0] > 10_000_000_000L) { // on a terminal, every 10 s or so
                        shown[0] = now;
                        System.err.printf(Locale.ROOT, "bitstate: %,d distinct states, %,.0f states/s%n", n,
                                n * 1e9 / (now - t0));
                    }
                });
        long ms = Math.max(1, r.nanos() / 1_000_000);
        out.printf(Locale.ROOT, "writers=%d pages=%d forks=%d bitstate distinct>=%d transitions=%d time=%dms cpu=%dms"
                + " states/s=%.0f bits=2^%d hashes=%d fill=%.4f collision<=%.2g depth=%d %s%n", z[0], z[1], z[2],
                r.counted(), r.transitions(), ms, (cpuNanos() - cpu0) / 1_000_000, r.counted() * 1000.0 / ms, log2,
                r.hashes(), r.fill(), r.collisionChance(), r.maxDepth(),
                r.complete() ? "(searched to the end)" : "(stopped at the time limit: a lower bound)");
        if (reducedStates > 0) {
            double bound = (double) reducedStates / r.counted();
            out.printf(Locale.ROOT, "writers=%d pages=%d forks=%d reduced/full<=%.4f (at least %.1fx fewer stored"
                    + " states: the full space holds at least the %d distinct states the bitstate search counted)%s%n",
                    z[0], z[1], z[2], bound, 1 / bound, r.counted(),
                    reducedCompact ? "; reduced count from the compacted run, exact unless its omission happened" : "");
        }
        return 0;
    }

    /**
     * The Mazurkiewicz traces of a size ({@link TraceCount}) under three independence relations: none (the
     * interleavings), the footprints of the partial-order reduction, and state-by-state commutation (what
     * an optimal DPOR could know at best), each until it ends, the table fills the heap or --minutes;
     * then what an optimal DPOR would run against what the search with the reductions stores.
     */
    private static int traces(PrintStream out, Options o, Strategy s, ScenarioSpec spec, int[] z, long reducedStates) {
        Model model = model(out, spec, s);
        if (model == null) {
            return 2;
        }
        StringBuilder line = new StringBuilder();
        long commuting = -1;
        long representatives = -1;
        int depth = 0;
        long t0 = System.nanoTime();
        long terminals = 0;
        for (TraceCount.Independence mode : TraceCount.Independence.values()) {
            long maxPairs = Math.max(1 << 16, roomAfterGc() / ((model.words + 2) * 8L + 16)); // the table's entry
            TraceCount.Result r;
            try {
                long start = System.nanoTime();
                long[] shown = {start};
                r = new TraceCount(model, mode, maxPairs).count(start + Duration.ofMinutes(o.minutes()).toNanos(),
                        CancellationToken.none(), n -> {
                            long now = System.nanoTime();
                            if (terminal() && now - shown[0] > 10_000_000_000L) { // on a terminal, every 10 s or so
                                shown[0] = now;
                                System.err.printf(Locale.ROOT, "traces (%s): %,d (state, sleep set) pairs of at most"
                                        + " %,d, %,.0f pairs/s%n", mode.name().toLowerCase(Locale.ROOT), n, maxPairs,
                                        n * 1e9 / (now - start));
                            }
                        });
            } catch (IllegalArgumentException e) {
                out.println("traces: " + e.getMessage());
                return 0;
            }
            String name = switch (mode) {
                case NONE -> "interleavings";
                case FOOTPRINT -> "footprint";
                case COMMUTING -> "commuting";
            };
            line.append(' ').append(name).append(r.complete() && !r.overflow() ? "=" : ">=").append(r.traces());
            if (!r.complete()) {
                line.append(" (stopped: ").append(r.stopped()).append(')');
            }
            if (mode != TraceCount.Independence.NONE) {
                line.append(String.format(Locale.ROOT, " (%.0f%% of co-enabled steps commute)",
                        100.0 * r.independent() / Math.max(1, r.coEnabled())));
            }
            if (mode == TraceCount.Independence.COMMUTING && r.complete() && !r.overflow()) {
                commuting = r.traces();
                representatives = r.representatives();
            }
            depth = Math.max(depth, r.maxDepth());
            terminals = Math.max(terminals, r.terminals());
        }
        out.printf(Locale.ROOT, "writers=%d pages=%d forks=%d traces%s terminal-states=%d depth=%d time=%dms%n", z[0], z[1],
                z[2], line, terminals, depth, (System.nanoTime() - t0) / 1_000_000);
        if (commuting > 0 && reducedStates > 0) {
            out.printf(Locale.ROOT, "writers=%d pages=%d forks=%d an optimal DPOR runs %d executions of up to %d steps"
                    + " (one per trace of steps that commute up to renaming frames), against %d states stored by the"
                    + " search with the reductions; a stateful reduction keeping one execution per trace would store"
                    + " about %d (stored/ideal=%.1f)%n", z[0], z[1], z[2], commuting, depth, reducedStates,
                    representatives, (double) reducedStates / Math.max(1, representatives));
        }
        return 0;
    }

    /** The model of a family size, or null after printing why not (exit code 2). */
    private static Model model(PrintStream out, ScenarioSpec spec, Strategy s) {
        try {
            return new Model(spec, new Config(s));
        } catch (ScenarioException e) {
            out.println("error: " + e.getMessage());
            return null;
        }
    }

    /** Whether stderr is a terminal (the launcher says so: Java cannot see it by itself). */
    private static boolean terminal() {
        return "1".equals(System.getenv("MMRACE_STDERR_TTY"));
    }

    /** The heap left after a collection, less a margin: what a bit array or a count's table may take. */
    private static long roomAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory()) - (256L << 20);
    }

    /** "4/3/2" -> writers 4, pages 3, forks 2. */
    public static int[] parseSize(String s) {
        String[] p = s.split("/");
        if (p.length != 3) {
            throw new IllegalArgumentException("a family size is WRITERS/PAGES/FORKS, e.g. 4/3/2: " + s);
        }
        int[] z = new int[3];
        for (int i = 0; i < 3; i++) {
            z[i] = Integer.parseInt(p[i].trim());
            if (z[i] < 1) {
                throw new IllegalArgumentException("writers, pages and forks must be positive: " + s);
            }
        }
        return z;
    }

    /** Runs the benchmark; returns 0, or 2 when the options are wrong. */
    public static int run(PrintStream out, Options o) {
        Strategy s;
        try {
            s = Strategies.builtin(o.strategy());
        } catch (StrategyException e) {
            out.println("error: " + e.getMessage());
            return 2;
        }
        out.printf(Locale.ROOT, "mmrace bench: family odirect-fork-writer, strategy %s, %d worker(s)%n", s.id(),
                o.workers());
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        out.printf(Locale.ROOT, "load average %.2f on %d cores (other processes slow the wall-clock figures; cpu"
                + " is this process's CPU time)%n", os.getSystemLoadAverage(), os.getAvailableProcessors());
        List<Mode> modes = !o.exact() ? List.of(new Mode("compact", true, true))
                : !o.full() ? List.of(new Mode("reduced", true, false), new Mode("compact", true, true))
                : o.reduction()
                ? List.of(new Mode("reduced", true, false), new Mode("full", false, false),
                        new Mode("compact", true, true))
                : List.of(new Mode("full", false, false), new Mode("compact", false, true));
        double bestRate = 0;
        double lastBytes = 0;
        double ratio = 1;
        List<int[]> sizes = o.list();
        int n = Math.max(1, Math.min(o.family() != null ? sizes.size() : o.sizes(), sizes.size()));
        for (int i = 0; i < n; i++) {
            int[] z = sizes.get(i);
            ScenarioSpec spec = Family.scenario(z[0], z[1], z[2]);
            long reducedStates = -1;
            boolean reducedCompact = false;
            long fullStates = -1;
            for (Mode mode : modes) {
                // the largest size runs REPEAT times without reduction (warm JIT; the best run is the one least
                // disturbed by others): that is the order-0 rate of the last line
                int runs = i == n - 1 && mode.name().equals("full") ? REPEAT : 1;
                for (int rep = 0; rep < runs; rep++) {
                    Model model = model(out, spec, s);
                    if (model == null) {
                        return 2;
                    }
                    // a compact-only run may go past 200 million states (16 bytes each): the time limit bounds it
                    Search search = new Search(model, new ExploreOptions(o.exact() ? 200_000_000L : 4_000_000_000L,
                            Duration.ofMinutes(o.minutes()), o.workers(), false, mode.reduction(), mode.compact()),
                            ProgressListener.NONE,
                            CancellationToken.none(), false);
                    long cpu0 = cpuNanos();
                    search.run();
                    long cpuMs = (cpuNanos() - cpu0) / 1_000_000;
                    long ms = Math.max(1, search.millis);
                    double rate = search.distinct() * 1000.0 / ms;
                    if (mode.name().equals("full")) {
                        bestRate = rep == 0 ? rate : Math.max(bestRate, rate);
                        lastBytes = search.storedBytesPerState();
                        fullStates = search.incomplete == null ? search.distinct() : -1;
                    } else if (mode.reduction() && (reducedStates < 0 || !mode.compact())) {
                        // exact when there was a run without compaction, else the compacted count (the
                        // omission probability printed with it says how sure that is)
                        reducedStates = search.incomplete == null ? search.distinct() : -1;
                        reducedCompact = mode.compact();
                    }
                    out.printf(Locale.ROOT,
                            "writers=%d pages=%d forks=%d %-8s distinct=%d transitions=%d time=%dms cpu=%dms"
                                    + " states/s=%.0f bytes/state=%.1f (packed %d)%s%s%s%n",
                            z[0], z[1], z[2], mode.name(), search.distinct(), search.generated, ms, cpuMs, rate,
                            search.storedBytesPerState(), search.bytesPerState(),
                            mode.reduction() ? (search.symmetric() ? " symmetry" : "") + " pruned=" + search.pruned
                                    + " passes=" + search.passes
                                    + (search.reductionOff != null ? " (reduction off: " + search.reductionOff + ")" : "")
                                    : "",
                            mode.compact() ? String.format(Locale.ROOT, " omission<=%.2g", search.omissionProbability()) : "",
                            search.incomplete != null ? " INCOMPLETE: " + search.incomplete : "");
                }
            }
            if (reducedStates > 0 && fullStates > 0) {
                ratio = (double) reducedStates / fullStates;
                out.printf(Locale.ROOT, "writers=%d pages=%d forks=%d reduced/full=%.3f (%.1fx fewer stored states)%n",
                        z[0], z[1], z[2], ratio, 1 / ratio);
            } else if (o.fullBound() && fullStates < 0) {
                int code = fullBound(out, o, s, spec, z, reducedStates, reducedCompact);
                if (code != 0) {
                    return code;
                }
            }
            if (o.traces()) {
                int code = traces(out, o, s, spec, z, reducedStates);
                if (code != 0) {
                    return code;
                }
            }
        }
        if (!o.full() || !o.exact()) {
            out.printf(Locale.ROOT, "load average %.2f%n", os.getSystemLoadAverage());
            out.println("reduced only: no runs without the reductions, so no states/s of the order-0 family and no"
                    + (o.fullBound() ? " exact reduced/full ratio (the bounds above come from the bitstate search)"
                            : " reduced/full ratio"));
            return 0;
        }
        // the large-folio model (issue 11): the same race on one PMD-mapped THP, best of REPEAT runs
        double thpRate = 0;
        double thpBytes = 0;
        for (int sub : new int[] {4, 8}) {
            for (int rep = 0; rep < REPEAT; rep++) {
                Model model = model(out, Family.thp(sub), s);
                if (model == null) {
                    return 2;
                }
                Search search = new Search(model, new ExploreOptions(200_000_000L, Duration.ofMinutes(5),
                        o.workers()).withReduction(false), ProgressListener.NONE, CancellationToken.none(), false);
                search.run();
                long ms = Math.max(1, search.millis);
                double rate = search.distinct() * 1000.0 / ms;
                if (rep == REPEAT - 1) {
                    out.printf(Locale.ROOT, "thp=pmd subpages=%d  distinct=%d transitions=%d time=%dms states/s=%.0f"
                            + " bytes/state=%.1f (packed %d)%n", sub, search.distinct(), search.generated, ms,
                            Math.max(thpRate, rate), search.storedBytesPerState(), search.bytesPerState());
                }
                thpRate = rep == 0 ? rate : Math.max(thpRate, rate);
                thpBytes = search.storedBytesPerState();
            }
        }
        out.printf(Locale.ROOT, "thp states/s=%.0f bytes/state=%.0f%n", thpRate, Math.ceil(thpBytes));
        out.printf(Locale.ROOT, "load average %.2f%n", os.getSystemLoadAverage());
        // the last line stays the order-0 family's figure (docs/performance.md), plus the reduction's ratio
        out.printf(Locale.ROOT, "states/s=%.0f bytes/state=%.0f reduced/full=%.3f%n", bestRate, Math.ceil(lastBytes),
                ratio);
        return 0;
    }
}
