package org.mmrace.cli.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.ProgressListener;
import org.mmrace.core.run.ReplayException;
import org.mmrace.core.run.ReplayResult;
import org.mmrace.core.run.Replayer;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Verdict;
import org.mmrace.core.run.Violation;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.export.diagram.PatchDiagram;
import org.mmrace.export.diagram.ReplayDiagram;
import org.mmrace.export.json.ResultJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mmrace replay}: one strategy's counterexample, step by step, under another strategy. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = { "Replay the schedule of a counterexample found under strategy A (--from) under strategy",
            "B (--under): show the first step where B departs (the thread is blocked, and on what; it",
            "takes another branch, the fix's check; or it reaches the same violation), then explore",
            "under B from the last state both agree on, to show whether B reaches the violation by",
            "another route." })
final class ReplayCommand implements Callable<Integer> {

    private final Console console;

    @Parameters(paramLabel = "FILE", description = "a .race file")
    Path file;

    @Option(names = "--from", required = true, paramLabel = "A", description = "the strategy whose counterexample is replayed")
    String from;

    @Option(names = "--under", required = true, paramLabel = "B", description = "the strategy it is replayed under")
    String under;

    @Option(names = "--violation", paramLabel = "N", description = "which of A's violations, counting from 1 (default: 1, the first reported)")
    int violation = 1;

    @Option(names = "--json", description = "print the replay as JSON")
    boolean json;

    @Option(names = "--width", paramLabel = "N", description = "width of the diagrams (default: ${DEFAULT-VALUE})")
    int width = PatchDiagram.DEFAULT_WIDTH;

    @Option(names = "--max-states", paramLabel = "N", description = "state limit of each exploration (default: ${DEFAULT-VALUE})")
    long maxStates = 50_000_000L;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "time limit of each exploration (default: ${DEFAULT-VALUE})")
    long timeoutSeconds = 600;

    ReplayCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (width < PatchDiagram.MIN_WIDTH) {
            console.error("--width must be at least " + PatchDiagram.MIN_WIDTH);
            return ExitCode.BAD_INPUT.code();
        }
        Optional<ScenarioSpec> spec = Inputs.load(console, List.of(file)).get(0).spec();
        if (spec.isEmpty()) {
            return ExitCode.BAD_INPUT.code();
        }
        ExploreOptions options = new ExploreOptions(maxStates, Duration.ofSeconds(timeoutSeconds),
                Runtime.getRuntime().availableProcessors());
        ScenarioRunner runner = new ScenarioRunner(console, options);
        Optional<List<ScenarioRunner.Choice>> choices = runner.strategies(file.toString(), spec.get(), List.of(from, under));
        if (choices.isEmpty()) {
            return ExitCode.BAD_INPUT.code();
        }
        RunResult a = runner.run(spec.get(), choices.get().get(0));
        if (a.verdict() == Verdict.ERROR) {
            a.error().ifPresent(e -> console.err().println(file + ":" + e.pos().line() + ":" + e.pos().column()
                    + ": error: " + e.message()));
            return ExitCode.BAD_INPUT.code();
        }
        if (a.violations().isEmpty()) {
            console.error(spec.get().name() + " has no counterexample under " + from + " ("
                    + a.verdict().name().toLowerCase(java.util.Locale.ROOT) + "): nothing to replay");
            return a.verdict() == Verdict.INCOMPLETE ? ExitCode.INCOMPLETE.code() : ExitCode.BAD_INPUT.code();
        }
        if (violation < 1 || violation > a.violations().size()) {
            console.error("--violation must be between 1 and " + a.violations().size() + " (" + keys(a) + ")");
            return ExitCode.BAD_INPUT.code();
        }
        ReplayResult r;
        try {
            r = Replayer.replay(spec.get(), from, a.violations().get(violation - 1), violation,
                    choices.get().get(choices.get().size() - 1).strategy(), options, ProgressListener.NONE,
                    CancellationToken.none());
        } catch (ReplayException e) {
            console.error(e.getMessage());
            return ExitCode.BAD_INPUT.code();
        }
        console.out().print(json ? new ResultJson().replay(r) : new ReplayDiagram(width).render(r));
        return r.continuation().verdict() == Verdict.INCOMPLETE ? ExitCode.INCOMPLETE.code() : ExitCode.OK.code();
    }

    private static String keys(RunResult a) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < a.violations().size(); i++) {
            Violation v = a.violations().get(i);
            b.append(i == 0 ? "" : ", ").append(i + 1).append(" = ").append(v.key());
        }
        return b.toString();
    }
}
