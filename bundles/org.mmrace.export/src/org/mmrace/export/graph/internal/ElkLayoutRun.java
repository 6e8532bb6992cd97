package org.mmrace.export.graph.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.mmrace.export.graph.Bounds;
import org.mmrace.export.graph.EdgeRoute;
import org.mmrace.export.graph.Graph;
import org.mmrace.export.graph.GraphEdge;
import org.mmrace.export.graph.GraphLayout;
import org.mmrace.export.graph.GraphNode;
import org.mmrace.export.graph.LayoutOptions;
import org.mmrace.export.graph.Point;
import org.mmrace.export.graph.TextMeasurer;

/** One layout: builds the ELK graph, runs ELK layered, reads the result back. Single use. */
public final class ElkLayoutRun {

    private final Graph graph;
    private final TextMeasurer measurer;
    private final LayoutOptions options;
    private final Map<String, ElkNode> elkNodes = new HashMap<>();
    private final Map<String, ElkEdge> elkEdges = new LinkedHashMap<>();

    public ElkLayoutRun(Graph graph, TextMeasurer measurer, LayoutOptions options) {
        this.graph = graph;
        this.measurer = measurer;
        this.options = options;
    }

    public GraphLayout run() {
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root, options.margin());
        boolean nested = graph.nodes().stream().anyMatch(n -> n.group().isPresent());
        if (nested) {
            // One layered run across all levels, so edges from a pte inside a process box to a
            // page outside it are routed together with everything else.
            root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        }
        if (!nested) {
            // Graph order as tie-breaker in crossing minimisation: the picture follows the order in
            // which the caller lists nodes. ELK 0.12.1's model-order sorting fails with a
            // NullPointerException on hierarchical graphs (ModelOrderNodeComparator), so nested
            // graphs go without it.
            root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        }
        addChildren(root, graph.topLevel());
        for (GraphEdge edge : graph.edges()) {
            ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(elkNodes.get(edge.source()), elkNodes.get(edge.target()));
            elkEdge.setIdentifier(edge.id());
            if (!edge.label().isEmpty()) {
                String text = NodeText.printable(edge.label());
                ElkLabel label = ElkGraphUtil.createLabel(text, elkEdge);
                label.setWidth(Math.ceil(measurer.width(text, edge.style().boldLabel()) + 4));
                label.setHeight(Math.ceil(measurer.lineHeight()));
            }
            elkEdges.put(edge.id(), elkEdge);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        return read(root);
    }

    private void configure(ElkNode node, double padding) {
        node.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        node.setProperty(CoreOptions.DIRECTION,
                options.flow() == LayoutOptions.Flow.DOWN ? Direction.DOWN : Direction.RIGHT);
        node.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        node.setProperty(CoreOptions.RANDOM_SEED, 1);
        node.setProperty(CoreOptions.SPACING_NODE_NODE, options.nodeSpacing());
        node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, options.layerSpacing());
        node.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, options.layerSpacing() / 3);
        node.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 8.0);
        node.setProperty(CoreOptions.SPACING_EDGE_EDGE, 8.0);
        node.setProperty(CoreOptions.SPACING_EDGE_NODE, 10.0);
        node.setProperty(CoreOptions.SPACING_EDGE_LABEL, 3.0);
        node.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, options.layerSpacing() / 2);
        node.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
        node.setProperty(CoreOptions.PADDING, new ElkPadding(padding));
    }

    private void addChildren(ElkNode parent, List<GraphNode> children) {
        for (GraphNode node : children) {
            ElkNode elkNode = ElkGraphUtil.createNode(parent);
            elkNode.setIdentifier(node.id());
            elkNodes.put(node.id(), elkNode);
            NodeText text = NodeText.of(node, measurer);
            if (graph.isGroup(node.id())) {
                configure(elkNode, NodeText.GROUP_PAD);
                double title = text.groupTitleHeight();
                elkNode.setProperty(CoreOptions.PADDING, new ElkPadding(title + NodeText.GROUP_PAD / 2,
                        NodeText.GROUP_PAD, NodeText.GROUP_PAD, NodeText.GROUP_PAD));
                elkNode.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
                elkNode.setProperty(CoreOptions.NODE_SIZE_MINIMUM,
                        new KVector(text.textWidth() + 2 * NodeText.PAD_X, title + 2 * NodeText.GROUP_PAD));
                addChildren(elkNode, graph.children(node.id()));
            } else {
                elkNode.setWidth(text.boxWidth(node.style().shape()));
                elkNode.setHeight(text.boxHeight(node.style().shape()));
            }
        }
    }

    private GraphLayout read(ElkNode root) {
        Map<String, Bounds> nodes = new LinkedHashMap<>();
        for (GraphNode node : graph.nodes()) {
            ElkNode elkNode = elkNodes.get(node.id());
            KVector origin = absolute(elkNode.getParent());
            nodes.put(node.id(), new Bounds(origin.x + elkNode.getX(), origin.y + elkNode.getY(),
                    elkNode.getWidth(), elkNode.getHeight()));
        }
        Map<String, EdgeRoute> edges = new LinkedHashMap<>();
        for (GraphEdge edge : graph.edges()) {
            ElkEdge elkEdge = elkEdges.get(edge.id());
            // Edge sections and labels are relative to the edge's containing node.
            KVector origin = absolute(elkEdge.getContainingNode());
            List<Point> points = new ArrayList<>();
            if (elkEdge.getSections().isEmpty()) {
                points.add(nodes.get(edge.source()).center());
                points.add(nodes.get(edge.target()).center());
            } else {
                for (ElkEdgeSection section : elkEdge.getSections()) {
                    addPoint(points, origin, section.getStartX(), section.getStartY());
                    for (ElkBendPoint bend : section.getBendPoints()) {
                        addPoint(points, origin, bend.getX(), bend.getY());
                    }
                    addPoint(points, origin, section.getEndX(), section.getEndY());
                }
                if (points.size() < 2) {
                    points.add(points.get(0));
                }
            }
            Optional<Bounds> label = elkEdge.getLabels().stream().findFirst()
                    .map(l -> new Bounds(origin.x + l.getX(), origin.y + l.getY(), l.getWidth(), l.getHeight()));
            edges.put(edge.id(), new EdgeRoute(points, label));
        }
        return new GraphLayout(root.getWidth(), root.getHeight(), nodes, edges);
    }

    private static void addPoint(List<Point> points, KVector origin, double x, double y) {
        Point p = new Point(origin.x + x, origin.y + y);
        if (points.isEmpty() || !points.get(points.size() - 1).equals(p)) {
            points.add(p);
        }
    }

    private static KVector absolute(ElkNode node) {
        KVector position = new KVector();
        for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
            position.x += n.getX();
            position.y += n.getY();
        }
        return position;
    }
}
