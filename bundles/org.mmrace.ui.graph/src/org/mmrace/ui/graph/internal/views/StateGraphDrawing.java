package org.mmrace.ui.graph.internal.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

import org.mmrace.core.graph.StateGraph;
import org.mmrace.core.graph.ViolationKey;
import org.mmrace.export.graph.EdgeStyle;
import org.mmrace.export.graph.Graph;
import org.mmrace.export.graph.GraphEdge;
import org.mmrace.export.graph.GraphNode;
import org.mmrace.export.graph.NodeStyle;

/**
 * The engine's explored {@link StateGraph} as a drawing: one node per distinct state ({@code s<id>}),
 * one edge per enabled step ({@code e<index>}) labelled with the thread and the kernel step (clipped;
 * the full text is the edge's tooltip). Violating states are red, the edges of the shortest
 * counterexample bold, the initial state bold with a thick border. Headless, so a job can build it.
 *
 * @param graph what the viewer draws
 * @param source the engine's graph, for {@link StateGraph#traceTo}
 * @param edgeToolTips full "thread: kernel step" text per edge id
 * @param shortest the shortest counterexample, if the run has any
 */
public record StateGraphDrawing(Graph graph, StateGraph source, Map<String, String> edgeToolTips,
        Optional<StateGraph.Counterexample> shortest) {

    /** Longer edge labels make ELK spread a few hundred states over several screens. */
    static final int MAX_EDGE_LABEL = 30;

    public static final NodeStyle INITIAL = NodeStyle.DEFAULT.withBold(true)
            .withBorder(NodeStyle.DEFAULT.border(), 3.0);

    public static final EdgeStyle SHORTEST = EdgeStyle.BUG;

    public StateGraphDrawing {
        edgeToolTips = Map.copyOf(edgeToolTips);
    }

    public static StateGraphDrawing of(StateGraph g) {
        Optional<StateGraph.Counterexample> shortest = g.counterexamples().stream()
                .min(Comparator.comparingInt((StateGraph.Counterexample c) -> c.edgeIndices().size()));
        Set<Integer> bold = new TreeSet<>(shortest.map(StateGraph.Counterexample::edgeIndices).orElse(List.of()));
        Graph.Builder b = Graph.builder().title(g.scenario() + " under " + g.strategy() + ": explored state graph");
        for (StateGraph.Node n : g.nodes()) {
            b.node(node(n));
        }
        Map<String, String> tips = new HashMap<>();
        for (int i = 0; i < g.edges().size(); i++) {
            StateGraph.Edge e = g.edges().get(i);
            String full = (e.device() ? "device" : e.thread()) + ": " + e.kernelStep();
            String id = edgeId(i);
            tips.put(id, full + (e.violations().isEmpty() ? "" : " (violates " + words(e.violations()) + ")")
                    + "\n" + e.operation() + "\ns" + e.from() + " \u2192 s" + e.to());
            b.edge(new GraphEdge(id, nodeId(e.from()), nodeId(e.to()), clip(full),
                    bold.contains(i) ? SHORTEST : EdgeStyle.DEFAULT));
        }
        return new StateGraphDrawing(b.build(), g, tips, shortest);
    }

    private static GraphNode node(StateGraph.Node n) {
        List<String> lines = new ArrayList<>();
        lines.add(nodeId(n.id()) + (n.id() == 0 ? " initial" : n.deadlock() ? " deadlock" : n.finalState() ? " final" : ""));
        n.violations().stream().map(ViolationKey::words).sorted().forEach(lines::add);
        NodeStyle style = n.violating() ? NodeStyle.BUG : n.id() == 0 ? INITIAL : NodeStyle.DEFAULT;
        String tip = nodeId(n.id()) + ": " + (n.id() == 0 ? "the initial state" : "depth " + n.depth())
                + (n.finalState() ? ", every thread finished" : "") + (n.deadlock() ? ", deadlock" : "")
                + (n.violating() ? "\nviolates " + words(n.violations()) : "") + "\nClick to open the trace to it.";
        return new GraphNode(nodeId(n.id()), lines, style, Optional.empty(), Optional.of(tip));
    }

    private static String words(Set<ViolationKey> keys) {
        return String.join(", ", keys.stream().map(ViolationKey::words).sorted().toList());
    }

    public static String nodeId(int id) {
        return "s" + id;
    }

    public static String edgeId(int index) {
        return "e" + index;
    }

    /** The engine's node id of a drawn node id ({@code s12} -> 12). */
    public OptionalInt stateOf(String drawnId) {
        if (drawnId.startsWith("s")) {
            try {
                int id = Integer.parseInt(drawnId.substring(1));
                return id >= 0 && id < source.nodes().size() ? OptionalInt.of(id) : OptionalInt.empty();
            } catch (NumberFormatException e) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    static String clip(String s) {
        return s.length() <= MAX_EDGE_LABEL ? s : s.substring(0, MAX_EDGE_LABEL - 1) + "\u2026";
    }
}
