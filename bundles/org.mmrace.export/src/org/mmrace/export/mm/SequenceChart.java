package org.mmrace.export.mm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mmrace.core.run.Violation;
import org.mmrace.core.trace.Trace;
import org.mmrace.core.trace.TraceStep;
import org.mmrace.export.graph.EdgeStyle;
import org.mmrace.export.graph.Graph;
import org.mmrace.export.graph.GraphEdge;
import org.mmrace.export.graph.GraphNode;
import org.mmrace.export.graph.NodeStyle;

/**
 * The interleaving of a trace as a sequence chart: one lane (a group) per thread and one for the
 * device, one node per kernel step in its lane, and an edge from each step to the next, so that
 * a top-down layered layout puts time running down and the lanes side by side.
 */
public final class SequenceChart {

    private static final int MAX_LINE = 44;

    private SequenceChart() {
    }

    public static Graph of(String title, Trace trace, Optional<Violation> violation) {
        Graph.Builder g = Graph.builder().title(title);
        Map<String, String> lanes = new LinkedHashMap<>();
        for (TraceStep step : trace.steps()) {
            String lane = step.device() ? "device" : step.thread();
            if (!lanes.containsKey(lane)) {
                String id = "lane:" + lane;
                lanes.put(lane, id);
                g.node(new GraphNode(id, List.of(lane), NodeStyle.GROUP, Optional.empty(), Optional.of("thread " + lane)));
            }
        }
        String previous = null;
        int last = trace.steps().size() - 1;
        for (TraceStep step : trace.steps()) {
            String lane = step.device() ? "device" : step.thread();
            String id = "step:" + step.index();
            List<String> lines = new ArrayList<>();
            lines.add((step.index() + 1) + ". " + clip(step.operation()));
            lines.add(clip(step.kernelStep()));
            for (String change : step.changes()) {
                lines.add("// " + clip(change));
            }
            NodeStyle style = violation.isPresent() && step.index() == trace.steps().get(last).index()
                    ? NodeStyle.BUG : step.changes().isEmpty() ? NodeStyle.DEFAULT : NodeStyle.HIGHLIGHT;
            g.node(new GraphNode(id, lines, style, Optional.of(lanes.get(lane)),
                    Optional.of(step.kernelStep() + (step.locksHeld().isEmpty() ? "" : "; holds " + String.join(", ", step.locksHeld())))));
            if (previous != null) {
                g.edge(new GraphEdge(previous + "->" + id, previous, id, "", EdgeStyle.DEFAULT));
            }
            previous = id;
        }
        return g.build();
    }

    private static String clip(String s) {
        return s.length() <= MAX_LINE ? s : s.substring(0, MAX_LINE - 1) + "\u2026";
    }
}
