package org.mmrace.export.graph;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A node: an MM object such as a process, a VMA, a pte or a page. A node whose id other nodes name
 * as their {@link #group()} is drawn as a box around them (a process around its VMAs).
 *
 * @param id unique within the graph
 * @param lines label lines, the first one is the title (e.g. "page#1", "count 3 map 2", "PIN EXCL")
 * @param style how it looks
 * @param group the id of the enclosing group node, if any
 * @param tooltip longer text for the viewer's tooltip and the SVG title
 */
public record GraphNode(String id, List<String> lines, NodeStyle style, Optional<String> group,
        Optional<String> tooltip) {

    public GraphNode {
        Objects.requireNonNull(id, "id");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("node id must not be empty");
        }
        lines = List.copyOf(lines);
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(tooltip, "tooltip");
    }

    public static GraphNode of(String id, NodeStyle style, String... lines) {
        return new GraphNode(id, List.of(lines), style, Optional.empty(), Optional.empty());
    }

    public GraphNode inGroup(String groupId) {
        return new GraphNode(id, lines, style, Optional.of(groupId), tooltip);
    }

    public GraphNode withTooltip(String text) {
        return new GraphNode(id, lines, style, group, Optional.of(text));
    }

    public GraphNode withStyle(NodeStyle newStyle) {
        return new GraphNode(id, lines, newStyle, group, tooltip);
    }

    public GraphNode withLines(List<String> newLines) {
        return new GraphNode(id, newLines, style, group, tooltip);
    }
}
