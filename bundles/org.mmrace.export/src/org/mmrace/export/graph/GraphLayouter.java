package org.mmrace.export.graph;

import java.util.Optional;

import org.mmrace.export.graph.internal.ElkLayoutRun;
import org.mmrace.export.graph.internal.ElkSupport;

/**
 * Lays out a {@link Graph} with ELK's layered algorithm (orthogonal edges, nested group boxes),
 * sizing nodes to their labels with the given {@link TextMeasurer}. Deterministic: the same graph
 * and metrics give the same layout. Stateless apart from its settings; safe to share.
 */
public final class GraphLayouter {

    private final TextMeasurer measurer;
    private final LayoutOptions options;

    public GraphLayouter(TextMeasurer measurer, LayoutOptions options) {
        this.measurer = measurer;
        this.options = options;
        ElkSupport.ensureLayeredRegistered();
    }

    public GraphLayouter(TextMeasurer measurer) {
        this(measurer, LayoutOptions.defaults());
    }

    public TextMeasurer measurer() {
        return measurer;
    }

    public LayoutOptions options() {
        return options;
    }

    public GraphLayout layout(Graph graph) {
        return new ElkLayoutRun(graph, measurer, options, Optional.empty()).run();
    }

    /**
     * Lays out a changed graph so that it does not jump: nodes are handed to ELK in the order the
     * previous drawing showed them, and ELK keeps that model order wherever it costs no extra
     * crossings. A node whose label changed keeps its layer and its place in it; new nodes go
     * next to their predecessor in graph order. (Viewers additionally keep the changed node at
     * the same place on screen.)
     */
    public GraphLayout relayout(Graph graph, GraphLayout previous) {
        return new ElkLayoutRun(graph, measurer, options, Optional.of(previous)).run();
    }
}
