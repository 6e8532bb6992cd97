package org.mmrace.export.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable graph description: what to draw, not where. Validated on construction: node and
 * edge ids are unique, edges and groups name existing nodes, groups do not nest cyclically.
 * Order matters: layout and writers follow it, so equal graphs give equal output.
 */
public final class Graph {

    private final String title;
    private final List<GraphNode> nodes;
    private final List<GraphEdge> edges;
    private final Map<String, GraphNode> nodesById;
    private final Set<String> groupIds;

    private Graph(String title, List<GraphNode> nodes, List<GraphEdge> edges) {
        this.title = title;
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        Map<String, GraphNode> byId = new LinkedHashMap<>();
        for (GraphNode node : this.nodes) {
            if (byId.putIfAbsent(node.id(), node) != null) {
                throw new IllegalArgumentException("duplicate node id '" + node.id() + "'");
            }
        }
        this.nodesById = java.util.Collections.unmodifiableMap(byId);
        Set<String> groups = new HashSet<>();
        for (GraphNode node : this.nodes) {
            node.group().ifPresent(group -> {
                if (!byId.containsKey(group)) {
                    throw new IllegalArgumentException(
                            "node '" + node.id() + "' names unknown group '" + group + "'");
                }
                groups.add(group);
            });
        }
        for (GraphNode node : this.nodes) {
            checkNoGroupCycle(node, byId);
        }
        this.groupIds = Set.copyOf(groups);
        Set<String> edgeIds = new HashSet<>();
        for (GraphEdge edge : this.edges) {
            if (!edgeIds.add(edge.id())) {
                throw new IllegalArgumentException("duplicate edge id '" + edge.id() + "'");
            }
            if (!byId.containsKey(edge.source()) || !byId.containsKey(edge.target())) {
                throw new IllegalArgumentException("edge '" + edge.id() + "' connects unknown node '"
                        + (byId.containsKey(edge.source()) ? edge.target() : edge.source()) + "'");
            }
        }
    }

    private static void checkNoGroupCycle(GraphNode node, Map<String, GraphNode> byId) {
        Set<String> seen = new HashSet<>();
        Optional<String> current = Optional.of(node.id());
        while (current.isPresent()) {
            if (!seen.add(current.get())) {
                throw new IllegalArgumentException("groups nest cyclically at node '" + node.id() + "'");
            }
            current = byId.get(current.get()).group();
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public String title() {
        return title;
    }

    public List<GraphNode> nodes() {
        return nodes;
    }

    public List<GraphEdge> edges() {
        return edges;
    }

    public Optional<GraphNode> node(String id) {
        return Optional.ofNullable(nodesById.get(id));
    }

    /** Whether some node names this node as its group, i.e. it is drawn as a box around them. */
    public boolean isGroup(String id) {
        return groupIds.contains(id);
    }

    /** The nodes directly inside the given group, in graph order. */
    public List<GraphNode> children(String groupId) {
        return nodes.stream().filter(n -> n.group().equals(Optional.of(groupId))).toList();
    }

    /** The nodes that are not in any group, in graph order. */
    public List<GraphNode> topLevel() {
        return nodes.stream().filter(n -> n.group().isEmpty()).toList();
    }

    /** Depth of nesting: 0 for a top-level node. */
    public int depth(String id) {
        int depth = 0;
        Optional<String> group = nodesById.get(id).group();
        while (group.isPresent()) {
            depth++;
            group = nodesById.get(group.get()).group();
        }
        return depth;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Graph g && g.title.equals(title) && g.nodes.equals(nodes)
                && g.edges.equals(edges);
    }

    @Override
    public int hashCode() {
        return (title.hashCode() * 31 + nodes.hashCode()) * 31 + edges.hashCode();
    }

    @Override
    public String toString() {
        return "Graph[" + title + ", " + nodes.size() + " nodes, " + edges.size() + " edges]";
    }

    /** Collects nodes and edges; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private String title = "mmrace";
        private final List<GraphNode> nodes = new ArrayList<>();
        private final List<GraphEdge> edges = new ArrayList<>();
        private final Map<String, Integer> edgeCounts = new HashMap<>();

        private Builder() {
        }

        public Builder title(String newTitle) {
            this.title = newTitle;
            return this;
        }

        public Builder node(GraphNode node) {
            nodes.add(node);
            return this;
        }

        /** Adds a node with the given style and label lines; returns the builder. */
        public Builder node(String id, NodeStyle style, String... lines) {
            return node(GraphNode.of(id, style, lines));
        }

        public Builder edge(GraphEdge edge) {
            edges.add(edge);
            return this;
        }

        /** Adds an edge with an id derived from its ends ("a->b", "a->b#2", ...). */
        public Builder edge(String source, String target, String label, EdgeStyle style) {
            String base = source + "->" + target;
            int n = edgeCounts.merge(base, 1, Integer::sum);
            return edge(new GraphEdge(n == 1 ? base : base + "#" + n, source, target, label, style));
        }

        public Graph build() {
            return new Graph(title, nodes, edges);
        }
    }
}
