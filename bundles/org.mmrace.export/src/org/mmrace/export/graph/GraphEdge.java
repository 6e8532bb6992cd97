package org.mmrace.export.graph;

import java.util.Objects;

/**
 * A directed reference between two nodes, e.g. "pte RW" from a pte to its page, a pin from a
 * thread's O_DIRECT read to a page, a DMA transfer.
 *
 * @param id unique among the graph's edges
 * @param source id of the source node
 * @param target id of the target node
 * @param label short text drawn at the edge's middle; empty for none
 * @param style how it looks
 */
public record GraphEdge(String id, String source, String target, String label, EdgeStyle style) {

    public GraphEdge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(style, "style");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("edge id must not be empty");
        }
    }
}
