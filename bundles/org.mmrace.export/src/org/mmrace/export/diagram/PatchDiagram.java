package org.mmrace.export.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mmrace.core.run.Violation;
import org.mmrace.core.trace.Trace;
import org.mmrace.core.trace.TraceStep;

/**
 * The interleaving of a trace as the CPU0/CPU1 diagram kernel developers paste into a commit
 * message: one column per thread that takes part (named by the scenario's thread names) and one
 * for the device, a header row underlined with dashes, time running down, one event per row,
 * each operation followed by its kernel steps indented below it and {@code //} comments for the
 * state changes, and the violation at the end. Spaces only, never wider than {@code width}:
 * text that does not fit its column is wrapped, and words longer than a column are broken.
 */
public final class PatchDiagram {

    /** What commit messages allow. */
    public static final int DEFAULT_WIDTH = 75;
    /** Narrower than this, columns cannot carry a kernel function name. */
    public static final int MIN_WIDTH = 40;
    private static final String DEVICE = "device";
    private static final int GAP = 2;

    private final int width;

    public PatchDiagram(int width) {
        if (width < MIN_WIDTH) {
            throw new IllegalArgumentException("a patch diagram needs at least " + MIN_WIDTH + " columns, not " + width);
        }
        this.width = width;
    }

    /** The diagram of {@code trace}, ending with what {@code violation} says when there is one. */
    public String render(Trace trace, Optional<Violation> violation) {
        List<String> columns = columnsOf(trace);
        int[] widths = columnWidths(columns.size());
        StringBuilder out = new StringBuilder();
        List<List<String>> header = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            header.add(wrap(columns.get(c), widths[c]));
        }
        emitRow(out, header, widths);
        List<List<String>> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add(List.of("-".repeat(w)));
        }
        emitRow(out, rule, widths);

        Map<String, String> currentOperation = new LinkedHashMap<>();
        for (TraceStep step : trace.steps()) {
            String column = step.device() ? DEVICE : step.thread();
            int c = columns.indexOf(column);
            List<String> cell = new ArrayList<>();
            String operation = step.operation();
            if (!step.device() && !operation.equals(currentOperation.get(column))) {
                currentOperation.put(column, operation);
                cell.addAll(wrap(operation, widths[c]));
            }
            cell.addAll(indent(wrap(step.kernelStep(), widths[c] - 2), "  "));
            for (String change : step.changes()) {
                cell.addAll(indent(wrap("// " + change, widths[c] - 2), "  "));
            }
            List<List<String>> row = new ArrayList<>();
            for (int k = 0; k < columns.size(); k++) {
                row.add(k == c ? cell : List.of());
            }
            emitRow(out, row, widths);
        }
        violation.ifPresent(v -> {
            out.append('\n');
            for (String line : wrap(verdictLine(v), width)) {
                out.append(line).append('\n');
            }
        });
        return out.toString();
    }

    /** {@code isolation/wrong cow: P.buf[0].0 expected D, saw A: message} */
    static String verdictLine(Violation v) {
        StringBuilder b = new StringBuilder("=> ").append(v.key());
        if (v.address().isPresent()) {
            b.append(": ").append(v.address().get());
            v.expected().ifPresent(e -> b.append(" expected ").append(e));
            v.seen().ifPresent(s -> b.append(", saw ").append(s));
        }
        b.append(": ").append(v.message());
        return b.toString();
    }

    /** Threads in order of first appearance, then the device if it takes part. */
    private static List<String> columnsOf(Trace trace) {
        List<String> columns = new ArrayList<>();
        boolean device = false;
        for (TraceStep step : trace.steps()) {
            if (step.device()) {
                device = true;
            } else if (!columns.contains(step.thread())) {
                columns.add(step.thread());
            }
        }
        if (device || columns.isEmpty()) {
            columns.add(DEVICE);
        }
        return columns;
    }

    private int[] columnWidths(int n) {
        int usable = width - GAP * (n - 1);
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            widths[i] = usable / n + (i < usable % n ? 1 : 0);
            if (widths[i] < 6) {
                throw new IllegalArgumentException(n + " columns do not fit in " + width + " characters");
            }
        }
        return widths;
    }

    private static void emitRow(StringBuilder out, List<List<String>> cells, int[] widths) {
        int height = 0;
        for (List<String> cell : cells) {
            height = Math.max(height, cell.size());
        }
        for (int line = 0; line < height; line++) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < cells.size(); c++) {
                List<String> cell = cells.get(c);
                String text = line < cell.size() ? cell.get(line) : "";
                if (c > 0) {
                    b.append(" ".repeat(GAP));
                }
                b.append(text).append(" ".repeat(widths[c] - text.length()));
            }
            out.append(stripTrailing(b)).append('\n');
        }
    }

    private static String stripTrailing(StringBuilder b) {
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        return b.substring(0, end);
    }

    private static List<String> indent(List<String> lines, String prefix) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(prefix + line);
        }
        return out;
    }

    /** Greedy word wrap to {@code w} columns; tabs become spaces, over-long words are broken. */
    static List<String> wrap(String text, int w) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.replace('\t', ' ').trim().split(" +")) {
            while (word.length() > w) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, w));
                word = word.substring(w);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > w) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
