package org.mmrace.cli.internal;

import java.util.concurrent.Callable;

import org.mmrace.core.bench.Bench;
import org.mmrace.core.strategy.Strategies;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mmrace bench}: the engine benchmark (docs/performance.md). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = { "Explore a scaling family built from the seed race (more writers, pages, forks) and print,",
            "per size, distinct states, transitions, wall time, distinct states/s and bytes per stored",
            "state, with the partial-order reduction, without it and with hash compaction, then",
            "'states/s=<n> bytes/state=<n> reduced/full=<ratio>' for the largest size." })
final class BenchCommand implements Callable<Integer> {

    private final Console console;

    @Option(names = "--workers", paramLabel = "N", description = "exploring threads (default: one per core)")
    Integer workers;

    @Option(names = "--strategy", paramLabel = "ID", description = "the strategy to explore under (default: ${DEFAULT-VALUE})")
    String strategy = Bench.Options.defaults().strategy();

    @Option(names = "--max-size", paramLabel = "K", description = "how many sizes of the family to run (default: ${DEFAULT-VALUE})")
    int sizes = Bench.Options.defaults().sizes();

    @Option(names = "--size", paramLabel = "W/P/F", description = "run this family size (writers/pages/forks) instead"
            + " of the built-in list; repeatable")
    java.util.List<String> family = new java.util.ArrayList<>();

    @Option(names = "--no-reduction", description = "only the runs without the reductions (plain and compacted)")
    boolean noReduction;

    @Option(names = "--reduced-only", description = "only the runs with the reductions (plain and compacted): for"
            + " sizes whose full state space does not fit")
    boolean reducedOnly;

    @Option(names = "--compact-only", description = "only the compacted runs with the reductions (64-bit"
            + " fingerprints, up to 4 billion states): for sizes whose states do not fit in memory")
    boolean compactOnly;

    @Option(names = "--minutes", paramLabel = "M", description = "time limit of each run (default: ${DEFAULT-VALUE});"
            + " a run that reaches it is reported INCOMPLETE")
    int minutes = 5;

    @Option(names = "--full-bound", description = "where the full state space is not counted (--reduced-only,"
            + " --compact-only, or a full run that stops), bound it from below by a depth-first bitstate search"
            + " (distinct states only, a bit array of up to 16 GiB, until it ends or --minutes) and print"
            + " 'reduced/full<=<ratio>'")
    boolean fullBound;

    @Option(names = "--traces", description = "also count, per size, the Mazurkiewicz traces (complete runs up to"
            + " commuting steps) under no independence (the interleavings), the partial-order reduction's footprints,"
            + " and state-by-state commutation: what an optimal DPOR would run, against the stored states"
            + " (small sizes: the count keeps one entry per state and sleep set)")
    boolean traces;

    BenchCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (Strategies.find(strategy).isEmpty()) {
            console.error("unknown strategy '" + strategy + "'; known: " + String.join(", ", Strategies.builtinIds()));
            return ExitCode.BAD_INPUT.code();
        }
        if (sizes < 1 || (workers != null && workers < 1)) {
            console.error("--max-size and --workers must be positive");
            return ExitCode.BAD_INPUT.code();
        }
        java.util.List<int[]> chosen = new java.util.ArrayList<>();
        for (String f : family) {
            try {
                chosen.add(Bench.parseSize(f));
            } catch (IllegalArgumentException e) {
                console.error(e.getMessage());
                return ExitCode.BAD_INPUT.code();
            }
        }
        if (noReduction && (reducedOnly || compactOnly)) {
            console.error("--no-reduction excludes --reduced-only and --compact-only");
            return ExitCode.BAD_INPUT.code();
        }
        if (minutes < 1) {
            console.error("--minutes must be positive");
            return ExitCode.BAD_INPUT.code();
        }
        Bench.Options o = new Bench.Options(workers == null ? Bench.Options.defaults().workers() : workers, strategy,
                sizes, chosen.isEmpty() ? null : chosen, !noReduction, !reducedOnly && !compactOnly, !compactOnly,
                minutes, fullBound, traces);
        return Bench.run(console.out(), o);
    }
}
