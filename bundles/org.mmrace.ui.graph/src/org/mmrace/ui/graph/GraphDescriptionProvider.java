package org.mmrace.ui.graph;

import java.util.Optional;

import org.eclipse.jface.viewers.IToolTipProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.Viewer;
import org.mmrace.export.graph.EdgeStyle;
import org.mmrace.export.graph.Graph;
import org.mmrace.export.graph.GraphEdge;
import org.mmrace.export.graph.GraphNode;
import org.mmrace.export.graph.NodeStyle;

/**
 * Content and labels for a {@link GraphViewer} whose input is a ready-made headless {@link Graph}
 * (as the exporters draw it): the viewer's elements are {@link Node} and {@link Edge} references by
 * id, so that a node keeps its identity, its selection and its place on screen when the next
 * graph relabels it. Set the same instance as content and label provider.
 */
public final class GraphDescriptionProvider extends LabelProvider
        implements IGraphContentProvider, IGraphStyleProvider, IToolTipProvider {

    /** A node of the input graph. */
    public record Node(String id) {
    }

    /** An edge of the input graph. */
    public record Edge(String id) {
    }

    private static final Graph EMPTY = Graph.builder().build();
    private Graph graph = EMPTY;
    private java.util.Map<String, String> edgeToolTips = java.util.Map.of();

    @Override
    public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
        graph = newInput instanceof Graph g ? g : EMPTY;
    }

    /** Full texts for edges whose labels are clipped, by edge id; replaces the default edge tooltip. */
    public void setEdgeToolTips(java.util.Map<String, String> toolTips) {
        edgeToolTips = java.util.Map.copyOf(toolTips);
    }

    public Graph graph() {
        return graph;
    }

    @Override
    public Object[] getNodes(Object input) {
        return graph.nodes().stream().map(n -> new Node(n.id())).toArray();
    }

    @Override
    public Object[] getEdges(Object input) {
        return graph.edges().stream().map(e -> new Edge(e.id())).toArray();
    }

    private Optional<GraphEdge> edge(Object element) {
        return element instanceof Edge e
                ? graph.edges().stream().filter(x -> x.id().equals(e.id())).findFirst()
                : Optional.empty();
    }

    private Optional<GraphNode> node(Object element) {
        return element instanceof Node n ? graph.node(n.id()) : Optional.empty();
    }

    @Override
    public Object getSource(Object edge) {
        return new Node(edge(edge).orElseThrow().source());
    }

    @Override
    public Object getTarget(Object edge) {
        return new Node(edge(edge).orElseThrow().target());
    }

    @Override
    public Optional<Object> getGroup(Object node) {
        return node(node).flatMap(GraphNode::group).map(Node::new);
    }

    @Override
    public String getText(Object element) {
        if (element instanceof Graph g) {
            return g.title();
        }
        return node(element).map(n -> String.join("\n", n.lines()))
                .or(() -> edge(element).map(GraphEdge::label)).orElse("");
    }

    @Override
    public NodeStyle getNodeStyle(Object element) {
        return node(element).map(GraphNode::style).orElse(NodeStyle.DEFAULT);
    }

    @Override
    public EdgeStyle getEdgeStyle(Object element) {
        return edge(element).map(GraphEdge::style).orElse(EdgeStyle.DEFAULT);
    }

    @Override
    public String getToolTipText(Object element) {
        if (element instanceof Edge e && edgeToolTips.containsKey(e.id())) {
            return edgeToolTips.get(e.id());
        }
        return node(element).flatMap(GraphNode::tooltip)
                .or(() -> edge(element).map(e -> e.label() + ": " + title(e.source()) + " \u2192 " + title(e.target())))
                .orElse(null);
    }

    private String title(String id) {
        return graph.node(id).map(n -> n.lines().isEmpty() ? id : n.lines().get(0)).orElse(id);
    }
}
