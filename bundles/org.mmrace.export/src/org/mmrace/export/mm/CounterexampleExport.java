package org.mmrace.export.mm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Violation;
import org.mmrace.core.trace.Trace;
import org.mmrace.core.trace.TraceStep;
import org.mmrace.export.diagram.PatchDiagram;
import org.mmrace.export.graph.Graph;
import org.mmrace.export.graph.GraphExporter;
import org.mmrace.export.graph.internal.AtomicFiles;
import org.mmrace.export.json.ResultJson;

/**
 * Writes every counterexample of a run into a folder at once, in the chosen formats: the patch
 * diagram ({@code .txt}), the MM state at the violating step and the interleaving as a sequence
 * chart ({@code .dot}, {@code .svg}, {@code .png}), and the trace as JSON. The same writers as the
 * command line's {@code export} and the workbench's graph views.
 */
public final class CounterexampleExport {

    public enum Format {
        PATCH_DIAGRAM("txt"),
        DOT("dot"),
        SVG("svg"),
        PNG("png"),
        JSON("json");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private final Set<Format> formats;
    private final int width;

    public CounterexampleExport(Set<Format> formats, int width) {
        this.formats = formats.isEmpty() ? Set.of() : EnumSet.copyOf(formats);
        this.width = width;
    }

    /** The title every export of this trace carries. */
    public static String title(RunResult result, Optional<Violation> violation) {
        return result.scenario() + " under " + result.strategy() + ": "
                + violation.map(Violation::key).orElse("witness run");
    }

    /** File name stem of the {@code n}-th (1-based) violation, e.g. {@code odirect-fork-writer-linux-2.6.27-1-isolation-missed-cow}. */
    public static String stem(RunResult result, int n, Violation violation) {
        String key = violation.key().replaceAll("[^A-Za-z0-9.]+", "-");
        return safe(result.scenario()) + "-" + safe(result.strategy()) + "-" + n + "-" + key.toLowerCase(Locale.ROOT);
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    /** Writes all violations of {@code result}; returns the files written, in order. */
    public List<Path> writeAll(RunResult result, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        int n = 0;
        for (Violation v : result.violations()) {
            n++;
            written.addAll(write(result, Optional.of(v), v.trace(), folder, stem(result, n, v)));
        }
        return written;
    }

    /** Writes one trace as {@code folder/stem.ext} (and {@code stem-sequence.ext} for graphs). */
    public List<Path> write(RunResult result, Optional<Violation> violation, Trace trace, Path folder, String stem)
            throws IOException {
        List<Path> written = new ArrayList<>();
        String title = title(result, violation);
        for (Format format : formats) {
            Path file = folder.resolve(stem + "." + format.extension());
            switch (format) {
                case PATCH_DIAGRAM -> text(file, new PatchDiagram(width).render(trace, violation));
                case JSON -> text(file, new ResultJson().trace(trace));
                case DOT, SVG, PNG -> {
                    GraphExporter exporter = new GraphExporter();
                    GraphExporter.Format f = GraphExporter.Format.valueOf(format.name());
                    exporter.write(lastState(title, trace, violation), f, file);
                    Path sequence = folder.resolve(stem + "-sequence." + format.extension());
                    exporter.write(SequenceChart.of(title, trace, violation), f, sequence);
                    written.add(file);
                    file = sequence;
                }
            }
            written.add(file);
        }
        return written;
    }

    /** The MM state after the trace's last step, highlighting that step's changes. */
    public static Graph lastState(String title, Trace trace, Optional<Violation> violation) {
        List<TraceStep> steps = trace.steps();
        List<String> changes = steps.isEmpty() ? List.of() : steps.get(steps.size() - 1).changes();
        return MmStateGraph.of(title, trace.last(), changes, violation);
    }

    private static void text(Path file, String text) throws IOException {
        AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
