package org.mmrace.export.graph.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mmrace.export.graph.Bounds;
import org.mmrace.export.graph.EdgeRoute;
import org.mmrace.export.graph.Graph;
import org.mmrace.export.graph.GraphEdge;
import org.mmrace.export.graph.GraphLayout;
import org.mmrace.export.graph.GraphNode;
import org.mmrace.export.graph.LayoutOptions;
import org.mmrace.export.graph.Point;
import org.mmrace.export.graph.TextMeasurer;

/**
 * Lays out each connected component (a fork pair of processes with their pages, a lone device)
 * with ELK separately and packs the results in rows towards a 16:10 drawing. ELK layered packs
 * components itself only for flat graphs; with nested groups (INCLUDE_CHILDREN) 0.12.1 stacks
 * them in one column, which for 500 nodes gave a 900x15,000 pixel strip. Separate runs are also
 * faster: layered's cost grows faster than linearly with component size.
 */
public final class ComponentPacking {

    private static final double ASPECT = 1.6;
    private static final double ROW_STEP = 400;

    private final TextMeasurer measurer;
    private final LayoutOptions options;

    public ComponentPacking(TextMeasurer measurer, LayoutOptions options) {
        this.measurer = measurer;
        this.options = options;
    }

    public GraphLayout layout(Graph graph) {
        List<Graph> components = components(graph);
        if (components.size() <= 1) {
            return new ElkLayoutRun(graph, measurer, options).run();
        }
        List<GraphLayout> layouts = new ArrayList<>();
        double area = 0;
        double widest = 0;
        for (Graph component : components) {
            GraphLayout layout = new ElkLayoutRun(component, measurer, options.withMargin(0)).run();
            layouts.add(layout);
            area += (layout.width() + options.layerSpacing()) * (layout.height() + options.layerSpacing());
            widest = Math.max(widest, layout.width());
        }
        // Rounded up to a coarse step so that a node growing by a few pixels does not re-wrap rows
        // (which would make the drawing jump on relayout).
        double rowWidth = Math.max(widest, Math.ceil(Math.sqrt(area * ASPECT) / ROW_STEP) * ROW_STEP);
        double gap = options.layerSpacing();
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        double width = 0;
        Map<String, Bounds> nodes = new HashMap<>();
        Map<String, EdgeRoute> edges = new HashMap<>();
        for (GraphLayout layout : layouts) {
            if (x > 0 && x + layout.width() > rowWidth) {
                x = 0;
                y += rowHeight + gap;
                rowHeight = 0;
            }
            double dx = options.margin() + x;
            double dy = options.margin() + y;
            layout.nodes().forEach((id, box) -> nodes.put(id, box.translate(dx, dy)));
            layout.edges().forEach((id, route) -> edges.put(id, new EdgeRoute(
                    route.points().stream().map(p -> new Point(p.x() + dx, p.y() + dy)).toList(),
                    route.label().map(l -> l.translate(dx, dy)))));
            x += layout.width() + gap;
            width = Math.max(width, x - gap);
            rowHeight = Math.max(rowHeight, layout.height());
        }
        Map<String, Bounds> orderedNodes = new LinkedHashMap<>();
        graph.nodes().forEach(n -> orderedNodes.put(n.id(), nodes.get(n.id())));
        Map<String, EdgeRoute> orderedEdges = new LinkedHashMap<>();
        graph.edges().forEach(e -> orderedEdges.put(e.id(), edges.get(e.id())));
        return new GraphLayout(width + 2 * options.margin(), y + rowHeight + 2 * options.margin(), orderedNodes,
                orderedEdges);
    }

    /** Connected components over edges and group membership, in order of first appearance. */
    static List<Graph> components(Graph graph) {
        Map<String, String> parent = new HashMap<>();
        for (GraphNode node : graph.nodes()) {
            parent.put(node.id(), node.id());
        }
        for (GraphNode node : graph.nodes()) {
            node.group().ifPresent(g -> union(parent, node.id(), g));
        }
        for (GraphEdge edge : graph.edges()) {
            union(parent, edge.source(), edge.target());
        }
        Map<String, Graph.Builder> builders = new LinkedHashMap<>();
        for (GraphNode node : graph.nodes()) {
            builders.computeIfAbsent(find(parent, node.id()), k -> Graph.builder().title(graph.title())).node(node);
        }
        for (GraphEdge edge : graph.edges()) {
            builders.get(find(parent, edge.source())).edge(edge);
        }
        return builders.values().stream().map(Graph.Builder::build).toList();
    }

    private static String find(Map<String, String> parent, String id) {
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        for (String at = id; !at.equals(root);) {
            String next = parent.get(at);
            parent.put(at, root);
            at = next;
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }
}
