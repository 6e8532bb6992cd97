package org.mmrace.ui.graph.internal.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.mmrace.core.emf.ResultXmi;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Verdict;
import org.mmrace.export.diagram.PatchDiagram;
import org.mmrace.export.mm.CounterexampleExport;
import org.mmrace.model.ResultFiles;

/**
 * The headless part of the counterexample export: writes the counterexamples of runs (explored now,
 * or read back from a {@code .raceresult} file, which keeps every trace whole) with
 * {@link CounterexampleExport}, and says which runs had none.
 */
public final class CounterexampleFiles {

    /** What an export wrote, and why some runs gave nothing. */
    public record Outcome(List<Path> written, List<String> problems) {
        public Outcome {
            written = List.copyOf(written);
            problems = List.copyOf(problems);
        }
    }

    private CounterexampleFiles() {
    }

    public static boolean isResultFile(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith("." + ResultFiles.EXTENSION);
    }

    /** The runs a saved result file holds, with their counterexamples. */
    public static List<RunResult> load(Path resultFile) throws IOException {
        return ResultXmi.fromEmf(ResultFiles.load(resultFile));
    }

    /** Writes every counterexample of every run to {@code folder}, in the runs' order. */
    public static Outcome write(List<RunResult> runs, Set<CounterexampleExport.Format> formats, Path folder)
            throws IOException {
        List<Path> written = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        CounterexampleExport export = new CounterexampleExport(formats, PatchDiagram.DEFAULT_WIDTH);
        for (RunResult r : runs) {
            if (r.verdict() == Verdict.ERROR) {
                problems.add(r.strategy() + ": " + r.error().map(e -> e.message()).orElse("error"));
            } else if (r.violations().isEmpty()) {
                problems.add(r.strategy() + ": " + r.verdict().name().toLowerCase(Locale.ROOT) + ", no counterexample");
            } else {
                written.addAll(export.writeAll(r, folder));
            }
        }
        return new Outcome(written, problems);
    }
}
