package org.mmrace.export.graph;

import org.mmrace.export.graph.internal.ComponentPacking;
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

    /**
     * Lays out the graph. The layout is a function of the graph and the text metrics (ELK with a
     * fixed random seed), which is also what keeps a relayout from jumping: when a step changes one
     * node's label, the layering and the order within layers stay as they were and the other nodes
     * move only by the change in that node's size (GraphLayouterTest measures this). We tried
     * ELK's interactive strategies fed with the previous positions instead: with packed connected
     * components and nested groups they moved nodes far more than a fresh layout does.
     */
    public GraphLayout layout(Graph graph) {
        return new ComponentPacking(measurer, options).layout(graph);
    }
}
