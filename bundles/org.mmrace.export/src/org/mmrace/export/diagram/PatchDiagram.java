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
 * message: one lane per thread that takes part (named by the scenario's thread names) and one
 * for the device, a header row underlined with dashes, time running down, one event per row,
 * each operation followed by its kernel steps indented below it and {@code //} comments for the
 * state changes, and the violation at the end. An event's text starts at its lane and, as the
 * only event of its rows, may run on to the right margin. Spaces only, never wider than
 * {@code width}: text is wrapped, and words longer than the room are broken.
 */
public final class PatchDiagram {

    /** What commit messages allow. */
    public static final int DEFAULT_WIDTH = 75;
    /** Narrower than this, columns cannot carry a kernel function name. */
    public static final int MIN_WIDTH = 40;
    private static final String DEVICE = "device";
    private static final int GAP = 2;
    private static final int MAX_LANE_STEP = 24;
    private static final int MIN_LANE_STEP = 8;
    private static final int LAST_LANE_ROOM = 30;

    private final int width;

    public PatchDiagram(int width) {
        if (width < MIN_WIDTH) {
            throw new IllegalArgumentException("a patch diagram needs at least " + MIN_WIDTH + " columns, not " + width);
        }
        this.width = width;
    }

    /**
     * The diagram of {@code trace}, ending with what {@code violation} says when there is one.
     * When there are too many lanes for the width, one event per paragraph instead, each led by
     * its thread's name: still spaces only and within the width.
     */
    public String render(Trace trace, Optional<Violation> violation) {
        List<String> columns = columnsOf(trace);
        Optional<int[]> lanes = laneStarts(columns.size());
        StringBuilder out = new StringBuilder();
        lanes.ifPresent(starts -> appendHeader(out, columns, starts));
        Map<String, String> currentOperation = new LinkedHashMap<>();
        for (TraceStep step : trace.steps()) {
            String column = step.device() ? DEVICE : step.thread();
            int start = lanes.map(starts -> starts[columns.indexOf(column)]).orElse(0);
            int room = width - start;
            String lead = lanes.isPresent() ? "" : column + ": ";
            List<String> cell = new ArrayList<>();
            if (!step.device() && !step.operation().equals(currentOperation.get(column))) {
                currentOperation.put(column, step.operation());
                cell.addAll(wrap(lead + step.operation(), room));
            } else if (step.device() && lanes.isEmpty()) {
                cell.addAll(wrap(column + ":", room));
            }
            cell.addAll(indent(wrap(step.kernelStep(), room - 2), "  "));
            for (String change : step.changes()) {
                if (worthAComment(change, step.kernelStep())) {
                    cell.addAll(indent(wrap("// " + change, room - 4), "    "));
                }
            }
            for (String line : cell) {
                out.append(" ".repeat(start)).append(line).append('\n');
            }
        }
        appendVerdict(out, violation);
        return out.toString();
    }

    /** The lanes' names, each underlined with dashes. */
    private void appendHeader(StringBuilder out, List<String> columns, int[] starts) {
        StringBuilder header = new StringBuilder();
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < columns.size(); c++) {
            int room = (c + 1 < columns.size() ? starts[c + 1] - GAP : width) - starts[c];
            String name = abbreviate(columns.get(c), room);
            pad(header, starts[c]).append(name);
            pad(rule, starts[c]).append("-".repeat(name.length()));
        }
        out.append(header).append('\n').append(rule).append('\n');
    }

    private void appendVerdict(StringBuilder out, Optional<Violation> violation) {
        violation.ifPresent(v -> {
            out.append('\n');
            for (String line : wrap(verdictLine(v), width)) {
                out.append(line).append('\n');
            }
        });
    }

    /**
     * Lanes start at a fixed step so that the last one keeps at least {@link #LAST_LANE_ROOM}
     * columns (half the width on narrow diagrams): a row holds one event, so its text may run
     * on over the lanes to its right. Empty when the lanes would be too narrow to name.
     */
    private Optional<int[]> laneStarts(int n) {
        int[] starts = new int[n];
        if (n == 1) {
            return Optional.of(starts);
        }
        int lastRoom = Math.min(LAST_LANE_ROOM, width / 2);
        int step = Math.min(MAX_LANE_STEP, (width - lastRoom) / (n - 1));
        if (step < MIN_LANE_STEP) {
            return Optional.empty();
        }
        for (int i = 0; i < n; i++) {
            starts[i] = i * step;
        }
        return Optional.of(starts);
    }

    /**
     * A change deserves a {@code //} comment unless the kernel step already says it, or it is
     * bookkeeping of the model (the oracle's logical memory, a thread finishing).
     */
    static boolean worthAComment(String change, String kernelStep) {
        return !kernelStep.contains(change) && !change.contains(" logical ") && !change.endsWith(" done");
    }

    private static StringBuilder pad(StringBuilder b, int column) {
        while (b.length() < column) {
            b.append(' ');
        }
        return b;
    }

    /** Thread names are short; cut one that is not, keeping its end (the thread's own name). */
    private static String abbreviate(String name, int room) {
        return name.length() <= room ? name : "~" + name.substring(name.length() - room + 1);
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
