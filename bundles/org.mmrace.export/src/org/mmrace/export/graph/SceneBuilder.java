package org.mmrace.export.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.mmrace.export.graph.internal.NodeText;

/**
 * Turns a graph and its layout into a {@link Scene}. Uses the measurer the layout used, so text is
 * centred exactly as the boxes were sized.
 */
public final class SceneBuilder {

    public static final Rgb BACKGROUND = Rgb.WHITE;
    private static final double ARROW_LENGTH = 9;
    private static final double ARROW_HALF_WIDTH = 4;

    private final TextMeasurer measurer;

    public SceneBuilder(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    public Scene build(Graph graph, GraphLayout layout) {
        List<SceneItem> items = new ArrayList<>();
        graph.nodes().stream().filter(n -> graph.isGroup(n.id()))
                .sorted(Comparator.comparingInt(n -> graph.depth(n.id())))
                .forEach(n -> items.add(group(n, layout.node(n.id()).orElseThrow())));
        for (GraphEdge edge : graph.edges()) {
            items.add(edge(graph, edge, layout.edge(edge.id()).orElseThrow()));
        }
        graph.nodes().stream().filter(n -> !graph.isGroup(n.id()))
                .forEach(n -> items.add(node(n, layout.node(n.id()).orElseThrow())));
        return new Scene(layout.width(), layout.height(), measurer.fontFamily(), measurer.fontSize(), BACKGROUND,
                items);
    }

    private SceneItem group(GraphNode node, Bounds box) {
        NodeStyle style = node.style();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure.Box(box, style.shape(), style.fill(), style.border(), style.borderWidth(),
                style.borderStyle()));
        NodeText text = NodeText.of(node, measurer);
        double top = box.y() + NodeText.PAD_Y;
        for (NodeText.Line line : text.lines()) {
            figures.add(text(box.x() + NodeText.PAD_X, top, line, style.text()));
            top += measurer.lineHeight();
        }
        return new SceneItem(SceneItem.Kind.GROUP, node.id(), title(node), box, figures);
    }

    private SceneItem node(GraphNode node, Bounds box) {
        NodeStyle style = node.style();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure.Box(box, style.shape(), style.fill(), style.border(), style.borderWidth(),
                style.borderStyle()));
        NodeText text = NodeText.of(node, measurer);
        double top = box.y() + (box.height() - text.textHeight()) / 2;
        for (NodeText.Line line : text.lines()) {
            figures.add(text(box.x() + (box.width() - line.width()) / 2, top, line, style.text()));
            top += measurer.lineHeight();
        }
        return new SceneItem(SceneItem.Kind.NODE, node.id(), title(node), box, figures);
    }

    private Figure.Text text(double x, double top, NodeText.Line line, Rgb color) {
        return new Figure.Text(x, top, top + measurer.ascent(), line.width(), measurer.lineHeight(), line.text(),
                color, line.bold());
    }

    private static String title(GraphNode node) {
        return node.tooltip().orElse(String.join("\n", node.lines()));
    }

    private SceneItem edge(Graph graph, GraphEdge edge, EdgeRoute route) {
        EdgeStyle style = edge.style();
        List<Figure> figures = new ArrayList<>();
        List<Point> points = new ArrayList<>(route.points());
        if (style.arrow()) {
            Point tip = points.get(points.size() - 1);
            Point from = lastDistinct(points, tip);
            double dx = tip.x() - from.x();
            double dy = tip.y() - from.y();
            double length = Math.hypot(dx, dy);
            if (length > 0) {
                double ux = dx / length;
                double uy = dy / length;
                double arrow = ARROW_LENGTH + style.width() * 1.5;
                double half = ARROW_HALF_WIDTH + style.width();
                Point base = new Point(tip.x() - ux * arrow, tip.y() - uy * arrow);
                // End the line inside the arrow head so a thick stroke does not poke out of the tip.
                double shorten = Math.min(arrow * 0.6, length);
                points.set(points.size() - 1, new Point(tip.x() - ux * shorten, tip.y() - uy * shorten));
                figures.add(new Figure.Path(points, false, Optional.empty(), style.color(), style.width(),
                        style.line()));
                figures.add(new Figure.Path(List.of(tip, new Point(base.x() - uy * half, base.y() + ux * half),
                        new Point(base.x() + uy * half, base.y() - ux * half)), true, Optional.of(style.color()),
                        style.color(), 1, LineStyle.SOLID));
            } else {
                figures.add(new Figure.Path(points, false, Optional.empty(), style.color(), style.width(),
                        style.line()));
            }
        } else {
            figures.add(new Figure.Path(points, false, Optional.empty(), style.color(), style.width(), style.line()));
        }
        route.label().ifPresent(box -> {
            String text = NodeText.printable(edge.label());
            double width = measurer.width(text, style.boldLabel());
            figures.add(new Figure.Box(box, NodeShape.RECTANGLE, BACKGROUND, BACKGROUND, 0, LineStyle.SOLID));
            double top = box.y() + (box.height() - measurer.lineHeight()) / 2;
            figures.add(new Figure.Text(box.x() + (box.width() - width) / 2, top, top + measurer.ascent(), width,
                    measurer.lineHeight(), text, style.color(), style.boldLabel()));
        });
        Bounds bounds = figures.stream().map(Figure::bounds).reduce(Bounds::union).orElseThrow();
        String title = (edge.label().isEmpty() ? "" : edge.label() + ": ") + name(graph, edge.source()) + " \u2192 "
                + name(graph, edge.target());
        return new SceneItem(SceneItem.Kind.EDGE, edge.id(), title, bounds, figures);
    }

    /** A node's title line, or its id when it has no label. */
    private static String name(Graph graph, String id) {
        return graph.node(id).flatMap(n -> n.lines().stream().findFirst()).orElse(id);
    }

    private static Point lastDistinct(List<Point> points, Point tip) {
        for (int i = points.size() - 2; i >= 0; i--) {
            if (!points.get(i).equals(tip)) {
                return points.get(i);
            }
        }
        return tip;
    }
}
