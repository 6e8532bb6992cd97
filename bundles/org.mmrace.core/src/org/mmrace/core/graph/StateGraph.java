package org.mmrace.core.graph;

import java.util.List;
import java.util.Set;

import org.mmrace.core.trace.Trace;

/**
 * The whole explored state space of a small run. Node ids are 0..n-1 in breadth-first order (0 is the
 * initial state), the same order the explorer stores states in; {@link Node#depth()} is the length of
 * the shortest path from the initial state. Immutable; {@link #traceTo} replays on demand and may be
 * called from any thread.
 *
 * @param scenario the scenario's name
 * @param strategy the strategy's id
 * @param nodes every distinct state, indexed by id
 * @param edges every transition (from, actor) that is enabled, in (from, actor) order; several actors
 *            may lead to the same target
 * @param counterexamples per violation key, the shortest path to it (the one the run reports)
 * @param replayer rebuilds traces; engine-internal
 */
public record StateGraph(String scenario, String strategy, List<Node> nodes, List<Edge> edges,
        List<Counterexample> counterexamples, Replayer replayer) implements GraphResult {

    public StateGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        counterexamples = List.copyOf(counterexamples);
    }

    /**
     * A state.
     *
     * @param finalState every thread finished
     * @param deadlock no step enabled while some thread has not finished
     * @param violations what is violated in this state: by the final-state checks (isolation, the
     *            scenario's require/forbid, refcounts), by deadlock, or by a step into it (a load, a DMA,
     *            a put_page that saw the violation)
     */
    public record Node(int id, int depth, boolean finalState, boolean deadlock, Set<ViolationKey> violations) {
        public Node {
            violations = Set.copyOf(violations);
        }

        public boolean violating() {
            return !violations.isEmpty();
        }
    }

    /**
     * A kernel step.
     *
     * @param thread {@code P.dio}, {@code ksmd}, or {@code device}
     * @param device a DMA or bio completion step of the I/O {@code operation} names
     * @param operation the operation's text ({@code dio_read P.buf[0].0 data=D}), for the device the I/O
     * @param kernelStep the step in kernel words ({@code copy_one_pte: wrprotect parent pte ...})
     * @param violations what this step itself violated (empty for most)
     */
    public record Edge(int from, int to, String thread, boolean device, String operation, String kernelStep,
            Set<ViolationKey> violations) {
        public Edge {
            violations = Set.copyOf(violations);
        }
    }

    /**
     * The shortest path to a violation, the one a run reports: node ids from 0 to the violating node,
     * and the indices (into {@link StateGraph#edges()}) of the edges taken. For a violation found by a
     * step, the last edge is that step; its target may have a shorter path of its own (the view should
     * highlight these edges, not the target's BFS path).
     */
    public record Counterexample(ViolationKey key, List<Integer> nodeIds, List<Integer> edgeIndices) {
        public Counterexample {
            nodeIds = List.copyOf(nodeIds);
            edgeIndices = List.copyOf(edgeIndices);
        }
    }

    /** Rebuilds traces by replaying the engine's steps (engine-internal; use {@link #traceTo}). */
    public interface Replayer {
        /** The shortest path from the initial state to a node. */
        Trace toNode(int nodeId);

        /** The path that takes these edges, from the initial state. */
        Trace alongEdges(List<Integer> edgeIndices);
    }

    /** Ids of every node on some shortest counterexample path, for highlighting. */
    public Set<Integer> counterexampleNodeIds() {
        java.util.Set<Integer> s = new java.util.TreeSet<>();
        counterexamples.forEach(c -> s.addAll(c.nodeIds()));
        return java.util.Collections.unmodifiableSet(s);
    }

    /** The shortest path from the initial state to {@code nodeId}, replayed as a trace with snapshots. */
    public Trace traceTo(int nodeId) {
        if (nodeId < 0 || nodeId >= nodes.size()) {
            throw new IndexOutOfBoundsException("no node " + nodeId + " in a graph of " + nodes.size());
        }
        return replayer.toNode(nodeId);
    }

    /** The counterexample's path replayed as a trace: the same steps as the run's shortest trace for its key. */
    public Trace trace(Counterexample c) {
        return replayer.alongEdges(c.edgeIndices());
    }
}
