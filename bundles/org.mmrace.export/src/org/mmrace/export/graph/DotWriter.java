package org.mmrace.export.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.mmrace.export.graph.internal.NodeText;

/**
 * Writes a {@link Graph} in Graphviz DOT. Groups become nested {@code cluster} subgraphs; an edge
 * that ends at a group is drawn to the cluster's border ({@code compound=true}, lhead/ltail) from
 * an invisible anchor inside it. Every id and label is a quoted string with quotes and
 * backslashes escaped, so a label like {@code "a\"b\\n"} shows literally instead of breaking the
 * file or being read as a Graphviz escape.
 */
public final class DotWriter {

    private static final String FONT = "DejaVu Sans";
    private static final String BOLD_FONT = "DejaVu Sans Bold";

    private final LayoutOptions.Flow flow;

    public DotWriter(LayoutOptions.Flow flow) {
        this.flow = flow;
    }

    public DotWriter() {
        this(LayoutOptions.defaults().flow());
    }

    public String write(Graph graph) {
        StringBuilder dot = new StringBuilder(1024 + graph.nodes().size() * 160);
        dot.append("digraph ").append(quote(graph.title())).append(" {\n");
        dot.append("  graph [rankdir=").append(flow == LayoutOptions.Flow.DOWN ? "TB" : "LR")
                .append(", compound=true, fontname=").append(quote(FONT)).append(", fontsize=12, nodesep=0.25, ranksep=0.5];\n");
        dot.append("  node [fontname=").append(quote(FONT)).append(", fontsize=11, margin=\"0.12,0.06\"];\n");
        dot.append("  edge [fontname=").append(quote(FONT)).append(", fontsize=10];\n");
        Set<String> anchored = new HashSet<>();
        for (GraphEdge edge : graph.edges()) {
            if (graph.isGroup(edge.source())) {
                anchored.add(edge.source());
            }
            if (graph.isGroup(edge.target())) {
                anchored.add(edge.target());
            }
        }
        for (GraphNode node : graph.topLevel()) {
            writeNode(dot, graph, node, anchored, "  ");
        }
        for (GraphEdge edge : graph.edges()) {
            writeEdge(dot, graph, edge);
        }
        dot.append("}\n");
        return dot.toString();
    }

    private void writeNode(StringBuilder dot, Graph graph, GraphNode node, Set<String> anchored, String indent) {
        NodeStyle style = node.style();
        if (graph.isGroup(node.id())) {
            dot.append(indent).append("subgraph ").append(quote(cluster(node.id()))).append(" {\n");
            String inner = indent + "  ";
            dot.append(inner).append("graph [label=").append(label(node.lines())).append(", labeljust=l")
                    .append(", style=").append(quote(styleList(style, false))).append(", fillcolor=")
                    .append(quote(style.fill().toHex())).append(", color=").append(quote(style.border().toHex()))
                    .append(", fontcolor=").append(quote(style.text().toHex())).append(", penwidth=")
                    .append(number(style.borderWidth())).append(", fontname=")
                    .append(quote(style.bold() ? BOLD_FONT : FONT)).append("];\n");
            if (anchored.contains(node.id())) {
                dot.append(inner).append(quote(node.id()))
                        .append(" [shape=point, style=invis, width=0.01, height=0.01, label=\"\"];\n");
            }
            for (GraphNode child : graph.children(node.id())) {
                writeNode(dot, graph, child, anchored, inner);
            }
            dot.append(indent).append("}\n");
            return;
        }
        String shape = style.shape() == NodeShape.ELLIPSE ? "ellipse" : "box";
        dot.append(indent).append(quote(node.id())).append(" [shape=").append(shape).append(", label=")
                .append(label(node.lines())).append(", style=")
                .append(quote(styleList(style, style.shape() == NodeShape.ROUNDED))).append(", fillcolor=")
                .append(quote(style.fill().toHex())).append(", color=").append(quote(style.border().toHex()))
                .append(", fontcolor=").append(quote(style.text().toHex())).append(", penwidth=")
                .append(number(style.borderWidth()));
        if (style.bold()) {
            dot.append(", fontname=").append(quote(BOLD_FONT));
        }
        node.tooltip().ifPresent(t -> dot.append(", tooltip=").append(quote(escapeLabel(NodeText.printable(t)), false)));
        dot.append("];\n");
    }

    private static String styleList(NodeStyle style, boolean rounded) {
        StringBuilder s = new StringBuilder(rounded ? "rounded,filled" : "filled");
        if (style.borderStyle() != LineStyle.SOLID) {
            s.append(',').append(style.borderStyle() == LineStyle.DASHED ? "dashed" : "dotted");
        }
        return s.toString();
    }

    private static void writeEdge(StringBuilder dot, Graph graph, GraphEdge edge) {
        EdgeStyle style = edge.style();
        dot.append("  ").append(quote(edge.source())).append(" -> ").append(quote(edge.target())).append(" [");
        dot.append("id=").append(quote(edge.id()));
        if (!edge.label().isEmpty()) {
            dot.append(", label=").append(quote(escapeLabel(NodeText.printable(edge.label())), false));
        }
        dot.append(", color=").append(quote(style.color().toHex())).append(", fontcolor=")
                .append(quote(style.color().toHex())).append(", penwidth=").append(number(style.width()));
        if (style.line() != LineStyle.SOLID) {
            dot.append(", style=").append(style.line() == LineStyle.DASHED ? "dashed" : "dotted");
        }
        if (!style.arrow()) {
            dot.append(", arrowhead=none");
        }
        if (style.boldLabel()) {
            dot.append(", fontname=").append(quote(BOLD_FONT));
        }
        if (graph.isGroup(edge.source())) {
            dot.append(", ltail=").append(quote(cluster(edge.source())));
        }
        if (graph.isGroup(edge.target())) {
            dot.append(", lhead=").append(quote(cluster(edge.target())));
        }
        dot.append("];\n");
    }

    private static String cluster(String id) {
        return "cluster_" + id;
    }

    /** Label lines joined by Graphviz's centred line break. */
    private static String label(List<String> lines) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            s.append(i == 0 ? "" : "\\n").append(escapeLabel(NodeText.printable(lines.get(i))));
        }
        return quote(s.toString(), false);
    }

    /**
     * A backslash in a label would start a Graphviz escape (\n, \N, \G, ...): double it. Graphviz
     * also decodes HTML entities such as {@code &amp;} in plain labels: escape the ampersand.
     */
    private static String escapeLabel(String text) {
        return text.replace("\\", "\\\\").replace("&", "&amp;");
    }

    private static String quote(String text) {
        return quote(NodeText.printable(text), true);
    }

    /**
     * A DOT quoted string. In DOT only \" is an escape inside quotes, so a backslash before the
     * closing quote must not stay single: ids get every backslash doubled too (consistently, so a
     * node and its edges still name the same id).
     */
    private static String quote(String text, boolean escapeBackslash) {
        String s = escapeBackslash ? text.replace("\\", "\\\\") : text;
        return '"' + s.replace("\"", "\\\"") + '"';
    }

    private static String number(double value) {
        return org.mmrace.export.graph.internal.Xml.num(value);
    }
}
