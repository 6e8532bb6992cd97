package org.mmrace.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Verdict;
import org.mmrace.core.run.Violation;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.trace.Trace;
import org.mmrace.core.trace.TraceStep;
import org.mmrace.export.c.CProgram;
import org.mmrace.export.c.CReproducer;
import org.mmrace.export.diagram.PatchDiagram;
import org.mmrace.export.graph.Graph;
import org.mmrace.export.graph.GraphExporter;
import org.mmrace.export.json.ResultJson;
import org.mmrace.export.mm.MmStateGraph;
import org.mmrace.export.mm.SequenceChart;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mmrace export}: the shortest counterexample (or a witness run) as a diagram or picture. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = { "Run a scenario under one strategy and export its shortest counterexample (or, if the",
            "scenario holds, a witness run):",
            "  ascii  the interleaving as a patch diagram for a commit message (at most --width columns)",
            "  dot, svg, png  the MM state at the violating step (processes, VMAs, ptes, pages, pins, pipes,",
            "         DMA in flight); with --out, also the interleaving as a sequence chart in",
            "         <out>-sequence.<ext>",
            "  json   the trace with every step's kernel words, changes, locks and the final MM state",
            "  c      no strategy: the scenario as a standalone C reproducer for this machine's kernel",
            "         (gcc -O2 -pthread; docs/reality.md); FILE may be a directory, --out is then a",
            "         directory that gets one <scenario>.c per scenario" })
final class ExportCommand implements Callable<Integer> {

    enum Format { ascii, dot, svg, png, json, c }

    private final Console console;

    @Parameters(paramLabel = "FILE", description = "a .race file (with --format c also a directory of them)")
    Path file;

    @Option(names = { "-s", "--strategy" }, paramLabel = "ID", description = "the strategy to run (required except for --format c)")
    String strategy;

    @Option(names = { "-f", "--format" }, required = true, paramLabel = "FORMAT", description = "ascii, dot, svg, png, json or c")
    Format format;

    @Option(names = { "-o", "--out" }, paramLabel = "PATH", description = "write here (atomically) instead of to stdout; required for png")
    Path out;

    @Option(names = "--width", paramLabel = "N", description = "width of the ascii diagram (default: ${DEFAULT-VALUE})")
    int width = PatchDiagram.DEFAULT_WIDTH;

    @Option(names = "--violation", paramLabel = "N", description = "which violation to export, counting from 1 (default: 1, the first reported)")
    int violationIndex = 1;

    @Option(names = "--max-states", paramLabel = "N", description = "state limit (default: ${DEFAULT-VALUE})")
    long maxStates = 50_000_000L;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "time limit (default: ${DEFAULT-VALUE})")
    long timeoutSeconds = 600;

    ExportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (format == Format.c) {
            return exportC();
        }
        if (strategy == null) {
            console.error("--strategy is required for --format " + format);
            return ExitCode.BAD_INPUT.code();
        }
        if (width < PatchDiagram.MIN_WIDTH) {
            console.error("--width must be at least " + PatchDiagram.MIN_WIDTH);
            return ExitCode.BAD_INPUT.code();
        }
        if (format == Format.png && out == null) {
            console.error("png needs --out PATH (binary data is not written to a terminal)");
            return ExitCode.BAD_INPUT.code();
        }
        Optional<ScenarioSpec> spec = Inputs.load(console, List.of(file)).get(0).spec();
        if (spec.isEmpty()) {
            return ExitCode.BAD_INPUT.code();
        }
        ScenarioRunner runner = new ScenarioRunner(console,
                new ExploreOptions(maxStates, Duration.ofSeconds(timeoutSeconds), Runtime.getRuntime().availableProcessors()));
        Optional<List<ScenarioRunner.Choice>> choice = runner.strategies(file.toString(), spec.get(), List.of(strategy));
        if (choice.isEmpty()) {
            return ExitCode.BAD_INPUT.code();
        }
        RunResult r = runner.run(spec.get(), choice.get().get(0));
        if (r.verdict() == Verdict.ERROR) {
            r.error().ifPresent(e -> console.err().println(file + ":" + e.pos().line() + ":" + e.pos().column() + ": error: " + e.message()));
            return ExitCode.BAD_INPUT.code();
        }
        Optional<Violation> violation = Optional.empty();
        Optional<Trace> trace;
        if (!r.violations().isEmpty()) {
            if (violationIndex < 1 || violationIndex > r.violations().size()) {
                console.error("--violation must be between 1 and " + r.violations().size());
                return ExitCode.BAD_INPUT.code();
            }
            violation = Optional.of(r.violations().get(violationIndex - 1));
            trace = Optional.of(violation.get().trace());
        } else {
            trace = r.witness();
        }
        if (trace.isEmpty()) {
            console.error("no trace to export: " + r.verdict().name().toLowerCase() + r.incompleteReason().map(x -> " (" + x + ")").orElse(""));
            return r.verdict() == Verdict.INCOMPLETE ? ExitCode.INCOMPLETE.code() : ExitCode.BAD_INPUT.code();
        }
        String title = r.scenario() + " under " + r.strategy() + (violation.isPresent() ? ": " + violation.get().key() : ": witness run");
        try {
            switch (format) {
                case ascii -> emit(new PatchDiagram(width).render(trace.get(), violation));
                case json -> emit(new ResultJson().trace(trace.get()));
                case dot, svg, png -> exportGraphs(title, trace.get(), violation);
            }
        } catch (IOException e) {
            console.error("cannot write " + out + ": " + e.getMessage());
            return ExitCode.BAD_INPUT.code();
        }
        if (out != null) {
            console.err().println("mmrace: wrote " + out);
        }
        return r.verdict() == Verdict.INCOMPLETE ? ExitCode.INCOMPLETE.code() : ExitCode.OK.code();
    }

    private void exportGraphs(String title, Trace trace, Optional<Violation> violation) throws IOException {
        List<TraceStep> steps = trace.steps();
        List<String> changes = steps.isEmpty() ? List.of() : steps.get(steps.size() - 1).changes();
        Graph state = MmStateGraph.of(title, trace.last(), changes, violation);
        GraphExporter exporter = new GraphExporter();
        GraphExporter.Format f = GraphExporter.Format.valueOf(format.name().toUpperCase());
        if (out == null) {
            console.out().print(f == GraphExporter.Format.DOT ? exporter.dot(state) : exporter.svg(state));
            return;
        }
        exporter.write(state, f, out);
        Path sequence = sibling(out, "-sequence");
        exporter.write(SequenceChart.of(title, trace, violation), f, sequence);
        console.err().println("mmrace: wrote " + sequence);
    }

    /** One C reproducer per scenario: to stdout for a single file without --out, else into the --out directory. */
    private int exportC() {
        List<Inputs.Loaded> loaded = Inputs.load(console, List.of(file));
        boolean toDir = out != null || loaded.size() != 1 || Files.isDirectory(file);
        if (toDir && out == null) {
            console.error("--format c on a directory needs --out DIR");
            return ExitCode.BAD_INPUT.code();
        }
        ExitCode exit = ExitCode.OK;
        CReproducer generator = new CReproducer();
        for (Inputs.Loaded l : loaded) {
            if (l.spec().isEmpty()) {
                exit = exit.and(ExitCode.BAD_INPUT);
                continue;
            }
            CProgram program;
            try {
                program = generator.generate(l.spec().get());
            } catch (IllegalArgumentException e) {
                console.err().println(l.path() + ":1:1: error: " + e.getMessage());
                exit = exit.and(ExitCode.BAD_INPUT);
                continue;
            }
            program.notes().forEach(n -> console.err().println(l.path() + ":" + n.line() + ":1: note: " + n.describe()));
            if (!toDir) {
                console.out().print(program.source());
                continue;
            }
            try {
                Files.createDirectories(out);
                Path target = out.resolve(program.fileName());
                AtomicFiles.write(target, program.source().getBytes(StandardCharsets.UTF_8));
                console.err().println("mmrace: wrote " + target);
            } catch (IOException e) {
                console.error("cannot write into " + out + ": " + e.getMessage());
                return ExitCode.BAD_INPUT.code();
            }
        }
        return exit.code();
    }

    private void emit(String text) throws IOException {
        if (out == null) {
            console.out().print(text);
        } else {
            AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** {@code dir/x.svg} -> {@code dir/x-sequence.svg} */
    static Path sibling(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String sibling = dot > 0 ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix;
        return file.resolveSibling(sibling);
    }

}
