package org.mmrace.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.mmrace.core.emf.ResultXmi;
import org.mmrace.core.run.ConditionResult;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Verdict;
import org.mmrace.core.run.Violation;
import org.mmrace.core.spec.ExpectSpec;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.trace.Trace;
import org.mmrace.export.diagram.PatchDiagram;
import org.mmrace.export.json.ResultJson;
import org.mmrace.model.ResultFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mmrace run}: explore scenarios under strategies and report verdicts herd-style. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = { "Explore every interleaving of each scenario under each strategy and report the verdicts.",
            "Prints, per scenario and strategy, a verdict line, one 'Observation' line per condition",
            "(as herd7 does) and, for a violation, the oracle, its class and the shortest trace as a",
            "patch diagram. A directory runs every .race file in it, recursively." })
final class RunCommand implements Callable<Integer> {

    private final Console console;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = ".race files or directories of them")
    List<Path> files = new ArrayList<>();

    @Option(names = { "-s", "--strategy" }, split = ",", paramLabel = "ID",
            description = "strategies to run (comma-separated), or 'all' (default: every built-in one plus those the file defines)")
    List<String> strategies = new ArrayList<>();

    @Option(names = "--json", description = "print one JSON document (docs/run-result.schema.json) instead of text")
    boolean json;

    @Option(names = "--trace", description = "print the trace of every result (the witness run when nothing is violated)")
    boolean trace;

    @Option(names = "--max-states", paramLabel = "N", description = "stop with 'incomplete' after N distinct states (default: ${DEFAULT-VALUE})")
    long maxStates = 50_000_000L;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "stop with 'incomplete' after this long per run (default: ${DEFAULT-VALUE})")
    long timeoutSeconds = 600;

    @Option(names = "--workers", paramLabel = "N", description = "exploring threads (default: one per core); results do not depend on it")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--width", paramLabel = "N", description = "width of the patch diagrams (default: ${DEFAULT-VALUE})")
    int width = PatchDiagram.DEFAULT_WIDTH;

    @Option(names = "--no-reduction", description = "explore without the reductions, partial-order and symmetry"
            + " (slower; the violation traces are then the shortest of all interleavings and the counts are over"
            + " every distinct final state, see docs/performance.md)")
    boolean noReduction;

    @Option(names = "--no-symmetry", description = "keep the partial-order reduction but store states with their own"
            + " page frame numbers and threads (the herd-style counts are then over every distinct final state)")
    boolean noSymmetry;

    @Option(names = "--compact", description = "hash compaction: keep a 64-bit fingerprint per state instead of the"
            + " state (about 15 bytes per state); the verdict is then probabilistic and the run prints its omission probability")
    boolean compact;

    @Option(names = "--save", description = "also write <name>.raceresult next to each scenario (EMF XMI, as the workbench does; written atomically)")
    boolean save;

    RunCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (maxStates <= 0 || timeoutSeconds <= 0 || workers <= 0 || width < PatchDiagram.MIN_WIDTH) {
            console.error("--max-states, --timeout and --workers must be positive and --width at least " + PatchDiagram.MIN_WIDTH);
            return ExitCode.BAD_INPUT.code();
        }
        ExploreOptions options = new ExploreOptions(maxStates, Duration.ofSeconds(timeoutSeconds), workers)
                .withReduction(!noReduction).withCompact(compact);
        if (noSymmetry) {
            options = options.withSymmetry(false);
        }
        ScenarioRunner runner = new ScenarioRunner(console, options);
        ExitCode exit = ExitCode.OK;
        List<ResultJson.Entry> entries = new ArrayList<>();
        int met = 0;
        int unmet = 0;
        int results = 0;
        for (Inputs.Loaded input : Inputs.load(console, files)) {
            if (input.spec().isEmpty()) {
                exit = exit.and(ExitCode.BAD_INPUT);
                continue;
            }
            ScenarioSpec spec = input.spec().get();
            Optional<List<ScenarioRunner.Choice>> chosen = runner.strategies(input.path().toString(), spec, strategies);
            if (chosen.isEmpty()) {
                exit = exit.and(ExitCode.BAD_INPUT);
                continue;
            }
            Map<String, ExpectSpec> expectations = new LinkedHashMap<>();
            spec.expectations().forEach(e -> expectations.put(e.strategy(), e));
            List<RunResult> fileResults = new ArrayList<>();
            for (ScenarioRunner.Choice choice : chosen.get()) {
                RunResult r = runner.run(spec, choice);
                fileResults.add(r);
                results++;
                Optional<ExpectSpec> expect = Optional.ofNullable(expectations.get(choice.id()));
                Optional<String> expected = expect.map(e -> e.outcome().name().toLowerCase(Locale.ROOT));
                exit = exit.and(outcomeCode(r, expect));
                if (expect.isPresent() && r.verdict() != Verdict.INCOMPLETE) {
                    if (matches(r, expect.get())) {
                        met++;
                    } else {
                        unmet++;
                    }
                }
                if (json) {
                    entries.add(new ResultJson.Entry(input.path().toString(), r, expected, trace));
                } else {
                    printText(input.path(), r, expect);
                }
            }
            if (save) {
                exit = exit.and(saveResults(input.path(), spec, fileResults, expectations));
            }
        }
        if (json) {
            console.out().print(new ResultJson().document(entries));
        } else if (results > 0) {
            console.out().printf("%d result%s; expectations: %d met, %d not met%n", results, results == 1 ? "" : "s", met, unmet);
        }
        return exit.code();
    }

    /** {@code dir/x.race} -> {@code dir/x.raceresult}, the file the workbench reopens. */
    private ExitCode saveResults(Path scenario, ScenarioSpec spec, List<RunResult> results, Map<String, ExpectSpec> expectations) {
        String name = scenario.getFileName().toString().replaceFirst("\\.race$", "");
        Path out = scenario.resolveSibling(name + "." + ResultFiles.EXTENSION);
        Map<String, String> expected = new LinkedHashMap<>();
        expectations.forEach((k, v) -> expected.put(k, v.outcome().name().toLowerCase(Locale.ROOT)));
        try {
            ResultFiles.save(ResultXmi.toEmf(scenario.toAbsolutePath().toString(), spec.name(), results, expected), out);
            console.err().println("mmrace: wrote " + out);
            return ExitCode.OK;
        } catch (IOException | RuntimeException e) {
            console.err().println(out + ":1:1: error: cannot write the results: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }

    static boolean matches(RunResult r, ExpectSpec e) {
        return r.verdict().name().equals(e.outcome().name());
    }

    private static ExitCode outcomeCode(RunResult r, Optional<ExpectSpec> expect) {
        if (r.verdict() == Verdict.ERROR) {
            return expect.filter(e -> matches(r, e)).isPresent() ? ExitCode.OK : ExitCode.BAD_INPUT;
        }
        if (r.verdict() == Verdict.INCOMPLETE) {
            return ExitCode.INCOMPLETE;
        }
        return expect.filter(e -> !matches(r, e)).isPresent() ? ExitCode.EXPECTATION_NOT_MET : ExitCode.OK;
    }

    private void printText(Path file, RunResult r, Optional<ExpectSpec> expect) {
        var out = console.out();
        String verdict = r.verdict().name().toLowerCase(Locale.ROOT);
        StringBuilder line = new StringBuilder();
        line.append("Test ").append(r.scenario()).append(' ').append(r.strategy()).append(' ').append(verdict);
        if (r.stats().probabilistic() && r.verdict() != Verdict.ERROR) {
            line.append(String.format(Locale.ROOT, " (probabilistic: hash compaction, omission probability <= %.3g)",
                    r.stats().omissionProbability()));
        }
        expect.ifPresent(e -> {
            String want = e.outcome().name().toLowerCase(Locale.ROOT);
            if (r.verdict() == Verdict.INCOMPLETE) {
                line.append(" (expected ").append(want).append(": not judged)");
            } else {
                line.append(matches(r, e) ? " (as expected)" : " (EXPECTED " + want + ")");
            }
        });
        out.println(line);
        if (expect.isPresent() && r.verdict() != Verdict.INCOMPLETE && !matches(r, expect.get())) {
            console.err().println(file + ":" + expect.get().pos().line() + ":" + expect.get().pos().column()
                    + ": error: expectation not met: " + r.strategy() + " expected " + expect.get().outcome().name().toLowerCase(Locale.ROOT)
                    + ", got " + verdict);
        }
        r.error().ifPresent(e -> console.err().println(file + ":" + e.pos().line() + ":" + e.pos().column() + ": error: " + e.message()));
        r.incompleteReason().ifPresent(reason -> out.println("Incomplete " + r.scenario() + " " + r.strategy() + ": " + reason));
        for (ConditionResult c : r.conditions()) {
            out.printf("Observation %s %s \"%s\" %s %d %d%n", r.scenario(), r.strategy(), c.label(),
                    c.observation().herdWord(), c.positive(), c.negative());
        }
        PatchDiagram diagram = new PatchDiagram(width);
        List<Trace> shown = new ArrayList<>();
        for (Violation v : r.violations()) {
            out.printf("Violation %s %s %s: %s (trace of %d steps)%n", r.scenario(), r.strategy(), v.key(), v.message(),
                    v.trace().length());
            int same = shown.indexOf(v.trace());
            if (same >= 0) {
                out.println("    (the same trace as violation " + (same + 1) + " above)");
            } else {
                out.println();
                out.print(diagram.render(v.trace(), Optional.of(v)));
                out.println();
            }
            shown.add(v.trace());
        }
        if (trace && r.violations().isEmpty()) {
            r.witness().ifPresent(w -> {
                out.println("Witness " + r.scenario() + " " + r.strategy() + " (a complete run):");
                out.println();
                out.print(diagram.render(w, Optional.empty()));
                out.println();
            });
        }
        out.printf("States %s %s %d distinct, %d transitions, %d final, %d ms, %s%n", r.scenario(), r.strategy(),
                r.stats().distinct(), r.stats().transitions(), r.stats().finalStates(), r.stats().millis(),
                reductionWords(r));
    }

    /** "reduction: 12 steps pruned", "reduction off (why)", "no reduction". */
    static String reductionWords(RunResult r) {
        var red = r.stats().reduction();
        if (!red.asked()) {
            return "no reduction";
        }
        String why = red.offReason();
        String symmetry = red.symmetric() ? ", symmetry: page frames and like threads up to renaming" : "";
        if (!red.on()) {
            return (why.isEmpty() ? "partial-order reduction off" : "reduction off (" + why + ")") + symmetry;
        }
        return "reduction: " + red.pruned() + " steps pruned" + (red.passes() > 1 ? " (" + red.passes() + " passes)" : "")
                + symmetry;
    }


}
