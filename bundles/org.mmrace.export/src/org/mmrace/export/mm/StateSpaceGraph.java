package org.mmrace.export.mm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Violation;
import org.mmrace.core.trace.StateSnapshot;
import org.mmrace.core.trace.Trace;
import org.mmrace.core.trace.TraceStep;
import org.mmrace.export.graph.EdgeStyle;
import org.mmrace.export.graph.Graph;
import org.mmrace.export.graph.GraphEdge;
import org.mmrace.export.graph.GraphNode;
import org.mmrace.export.graph.NodeStyle;

/**
 * The part of a run's state space that its result carries: the union of every violation's shortest
 * trace and the witness run, as a DAG of distinct states (equal {@link StateSnapshot}s are one
 * node) with one edge per step, labelled with the thread and the kernel step. Violating final
 * states are red, the shortest counterexample is bold.
 *
 * <p>Why only this part: the engine's API returns traces, not the explored graph; drawing every
 * state needs an engine call that hands out states and transitions (see {@link #EXPLANATION}).
 */
public final class StateSpaceGraph {

    /** Larger drawings are not useful on a screen, and ELK takes seconds on them. */
    public static final int MAX_STATES = 5000;

    public static final String EXPLANATION = "The engine's result carries the shortest trace of each violation and a "
            + "witness run, not the explored state graph; this draws those paths, merged where they pass through "
            + "equal states.";

    private static final int MAX_EDGE_LABEL = 38;

    /** Which path a node or edge was first seen on: a state after {@code step} (-1: the initial state). */
    public record Location(int path, int step) {
    }

    /** A path drawn: a violation's trace or the witness. */
    public record Path(Trace trace, Optional<Violation> violation) {
        public String label() {
            return violation.map(Violation::key).orElse("witness run");
        }
    }

    /**
     * The drawing, or why there is none ({@code tooLarge}); {@code locations} maps node and edge ids
     * to where on {@code paths} they are.
     */
    public record StateSpace(Graph graph, List<Path> paths, Map<String, Location> locations, int states,
            long exploredStates, Optional<String> tooLarge) {
        public StateSpace {
            paths = List.copyOf(paths);
            locations = Map.copyOf(locations);
        }

        /** One sentence on what the drawing shows. */
        public String summary() {
            long violations = paths.stream().filter(p -> p.violation().isPresent()).count();
            return tooLarge.orElse(states + " of the " + exploredStates + " distinct states the run explored: "
                    + violations + (violations == 1 ? " counterexample" : " counterexamples")
                    + (paths.size() > violations ? " and the witness run" : "") + ". " + EXPLANATION);
        }
    }

    private StateSpaceGraph() {
    }

    public static StateSpace of(RunResult result) {
        return of(result, MAX_STATES);
    }

    public static StateSpace of(RunResult result, int maxStates) {
        List<Path> paths = new ArrayList<>();
        result.violations().forEach(v -> paths.add(new Path(v.trace(), Optional.of(v))));
        result.witness().ifPresent(w -> paths.add(new Path(w, Optional.empty())));
        String title = result.scenario() + " under " + result.strategy() + ": state space along the traces";
        long explored = result.stats().distinct();

        Map<StateSnapshot, String> ids = new HashMap<>();
        for (Path path : paths) {
            ids.putIfAbsent(path.trace().initial(), "s" + ids.size());
            for (TraceStep step : path.trace().steps()) {
                ids.putIfAbsent(step.after(), "s" + ids.size());
            }
        }
        if (ids.size() > maxStates) {
            return new StateSpace(Graph.builder().title(title).build(), paths, Map.of(), ids.size(), explored,
                    Optional.of("Not drawn: " + ids.size() + " states are more than the " + maxStates
                            + " a readable drawing can hold."));
        }
        Optional<Path> shortest = paths.stream().filter(p -> p.violation().isPresent())
                .min(Comparator.comparingInt(p -> p.trace().length()));
        Map<String, List<String>> violationsAt = new LinkedHashMap<>();
        Set<String> finals = new LinkedHashSet<>();
        for (Path path : paths) {
            String last = ids.get(path.trace().last());
            finals.add(last);
            path.violation().ifPresent(v -> violationsAt.computeIfAbsent(last, k -> new ArrayList<>()).add(v.key()));
        }

        Map<String, Location> locations = new HashMap<>();
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        Map<String, GraphEdge> edges = new LinkedHashMap<>();
        for (int p = 0; p < paths.size(); p++) {
            Path path = paths.get(p);
            boolean bold = shortest.filter(path::equals).isPresent();
            String previous = ids.get(path.trace().initial());
            addNode(nodes, locations, previous, new Location(p, -1), path.trace().initial(), violationsAt, finals, true);
            List<TraceStep> steps = path.trace().steps();
            for (int i = 0; i < steps.size(); i++) {
                TraceStep step = steps.get(i);
                String id = ids.get(step.after());
                addNode(nodes, locations, id, new Location(p, i), step.after(), violationsAt, finals, false);
                String edgeId = previous + "->" + id;
                if (!edges.containsKey(edgeId)) {
                    locations.put(edgeId, new Location(p, i));
                    edges.put(edgeId, new GraphEdge(edgeId, previous, id, clip(thread(step) + ": " + step.kernelStep()),
                            bold ? EdgeStyle.BUG.withColor(EdgeStyle.BOLD.color()) : EdgeStyle.DEFAULT));
                }
                previous = id;
            }
        }
        Graph.Builder g = Graph.builder().title(title);
        nodes.values().forEach(g::node);
        edges.values().forEach(g::edge);
        return new StateSpace(g.build(), paths, locations, nodes.size(), explored, Optional.empty());
    }

    private static void addNode(Map<String, GraphNode> nodes, Map<String, Location> locations, String id,
            Location location, StateSnapshot state, Map<String, List<String>> violationsAt, Set<String> finals,
            boolean initial) {
        if (nodes.containsKey(id)) {
            return;
        }
        locations.put(id, location);
        List<String> lines = new ArrayList<>();
        lines.add(id + (initial ? " initial" : finals.contains(id) ? " final" : ""));
        List<String> violated = violationsAt.getOrDefault(id, List.of());
        lines.addAll(violated);
        NodeStyle style = !violated.isEmpty() ? NodeStyle.BUG
                : initial ? NodeStyle.DEFAULT.withBold(true) : NodeStyle.DEFAULT;
        nodes.put(id, new GraphNode(id, lines, style, Optional.empty(), Optional.of(summary(state))));
    }

    /** The ptes and references of a state, for a tooltip: what distinguishes states on one screen. */
    static String summary(StateSnapshot state) {
        List<String> parts = new ArrayList<>();
        state.mms().stream().filter(m -> !m.state().equals("not-created")).forEach(mm -> mm.vmas().stream()
                .filter(StateSnapshot.Vma::present).forEach(v -> v.ptes().forEach(pte -> parts.add(mm.process() + "."
                        + v.region() + "[" + pte.index() + "] "
                        + (pte.present() ? (pte.write() ? "rw " : "ro ") + "page#" + pte.pfn() : "none")))));
        state.ios().forEach(io -> parts.add(io.name() + " " + io.state()
                + (io.pfn() > 0 ? " page#" + io.pfn() : "")));
        state.pins().forEach(pin -> parts.add(pin.name() + " page#" + pin.pfn()));
        state.threads().stream().filter(t -> !t.done()).forEach(t -> parts.add(t.name() + " next: " + t.phase()));
        return String.join("; ", parts);
    }

    private static String thread(TraceStep step) {
        return step.device() ? "device" : step.thread();
    }

    private static String clip(String s) {
        return s.length() <= MAX_EDGE_LABEL ? s : s.substring(0, MAX_EDGE_LABEL - 1) + "\u2026";
    }
}
