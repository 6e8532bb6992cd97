package org.mmrace.ui.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.viewers.LabelProvider;
import org.mmrace.export.graph.EdgeStyle;
import org.mmrace.export.graph.Graph;
import org.mmrace.export.graph.GraphEdge;
import org.mmrace.export.graph.GraphNode;
import org.mmrace.export.graph.NodeStyle;

/**
 * Test model: the input is a graph description, the viewer's elements are references to its nodes
 * and edges (as a view's elements would be MM objects), and the label provider can be told to
 * relabel a node, as after a step that changes a page's counts.
 */
final class GraphInput {

    record NodeRef(String id) {
    }

    record EdgeRef(String id) {
    }

    private GraphInput() {
    }

    static NodeRef node(String id) {
        return new NodeRef(id);
    }

    static final class Content implements IGraphContentProvider {
        private Graph graph = Graph.builder().build();

        @Override
        public void inputChanged(org.eclipse.jface.viewers.Viewer viewer, Object oldInput, Object newInput) {
            graph = newInput instanceof Graph g ? g : Graph.builder().build();
        }

        @Override
        public Object[] getNodes(Object input) {
            return graph.nodes().stream().map(n -> new NodeRef(n.id())).toArray();
        }

        @Override
        public Object[] getEdges(Object input) {
            return graph.edges().stream().map(e -> new EdgeRef(e.id())).toArray();
        }

        private GraphEdge edge(Object edge) {
            String id = ((EdgeRef) edge).id();
            return graph.edges().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
        }

        @Override
        public Object getSource(Object edge) {
            return new NodeRef(edge(edge).source());
        }

        @Override
        public Object getTarget(Object edge) {
            return new NodeRef(edge(edge).target());
        }

        @Override
        public Optional<Object> getGroup(Object node) {
            return graph.node(((NodeRef) node).id()).flatMap(GraphNode::group).map(NodeRef::new);
        }

        Graph graph() {
            return graph;
        }
    }

    static final class Labels extends LabelProvider
            implements IGraphStyleProvider, org.eclipse.jface.viewers.IToolTipProvider {
        private final Content content;
        private final Map<String, List<String>> relabelled = new HashMap<>();

        Labels(Content content) {
            this.content = content;
        }

        void relabel(String id, List<String> lines) {
            relabelled.put(id, lines);
        }

        @Override
        public String getText(Object element) {
            if (element instanceof NodeRef ref) {
                return String.join("\n", relabelled.getOrDefault(ref.id(),
                        content.graph().node(ref.id()).orElseThrow().lines()));
            }
            if (element instanceof EdgeRef ref) {
                return content.edge(ref).label();
            }
            return "graph";
        }

        @Override
        public NodeStyle getNodeStyle(Object node) {
            return content.graph().node(((NodeRef) node).id()).orElseThrow().style();
        }

        @Override
        public EdgeStyle getEdgeStyle(Object edge) {
            return content.edge(edge).style();
        }

        @Override
        public String getToolTipText(Object element) {
            return element instanceof NodeRef ref ? content.graph().node(ref.id()).orElseThrow().tooltip().orElse(null)
                    : null;
        }
    }
}
