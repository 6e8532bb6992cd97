package org.mmrace.export.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Result of laying out a {@link Graph}: absolute boxes for nodes (group boxes enclose their
 * members), routes for edges, and the size of the whole drawing. Immutable.
 */
public final class GraphLayout {

    private final double width;
    private final double height;
    private final Map<String, Bounds> nodes;
    private final Map<String, EdgeRoute> edges;

    public GraphLayout(double width, double height, Map<String, Bounds> nodes, Map<String, EdgeRoute> edges) {
        this.width = width;
        this.height = height;
        this.nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        this.edges = Collections.unmodifiableMap(new LinkedHashMap<>(edges));
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Node boxes by node id, in graph order. */
    public Map<String, Bounds> nodes() {
        return nodes;
    }

    /** Edge routes by edge id, in graph order. */
    public Map<String, EdgeRoute> edges() {
        return edges;
    }

    public Optional<Bounds> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public Optional<EdgeRoute> edge(String id) {
        return Optional.ofNullable(edges.get(id));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GraphLayout l && l.width == width && l.height == height
                && l.nodes.equals(nodes) && l.edges.equals(edges);
    }

    @Override
    public int hashCode() {
        return nodes.hashCode() * 31 + edges.hashCode();
    }
}
