package org.mmrace.export.graph;

import static org.mmrace.export.graph.internal.Xml.escape;
import static org.mmrace.export.graph.internal.Xml.num;

import java.util.Optional;

import org.mmrace.export.graph.internal.Dashes;

/**
 * Writes a {@link Scene} as a standalone SVG 1.1 document, using the layout's coordinates. Each
 * node, group and edge is a {@code <g>} with class {@code node}, {@code group} or {@code edge}, its
 * id in {@code data-id} and its description in a {@code <title>} (shown as a tooltip by browsers).
 */
public final class SvgWriter {

    public String write(Scene scene) {
        StringBuilder svg = new StringBuilder(4096 + scene.items().size() * 400);
        double w = Math.ceil(scene.width());
        double h = Math.ceil(scene.height());
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(w))
                .append("\" height=\"").append(num(h)).append("\" viewBox=\"0 0 ").append(num(w)).append(' ')
                .append(num(h)).append("\" font-family=\"").append(escape(scene.fontFamily()))
                .append(", Verdana, sans-serif\" font-size=\"").append(num(scene.fontSize()))
                .append("\" xml:space=\"preserve\">\n");
        svg.append("  <rect class=\"background\" x=\"0\" y=\"0\" width=\"").append(num(w)).append("\" height=\"")
                .append(num(h)).append("\" fill=\"").append(scene.background().toHex()).append("\"/>\n");
        for (SceneItem item : scene.items()) {
            svg.append("  <g class=\"").append(item.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\" data-id=\"").append(escape(item.id())).append("\">\n");
            svg.append("    <title>").append(escape(item.title())).append("</title>\n");
            for (Figure figure : item.figures()) {
                svg.append("    ");
                switch (figure) {
                    case Figure.Box box -> box(svg, box);
                    case Figure.Path path -> path(svg, path);
                    case Figure.Text text -> text(svg, text);
                }
                svg.append('\n');
            }
            svg.append("  </g>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void box(StringBuilder svg, Figure.Box box) {
        Bounds b = box.bounds();
        if (box.shape() == NodeShape.ELLIPSE) {
            svg.append("<ellipse cx=\"").append(num(b.x() + b.width() / 2)).append("\" cy=\"")
                    .append(num(b.y() + b.height() / 2)).append("\" rx=\"").append(num(b.width() / 2))
                    .append("\" ry=\"").append(num(b.height() / 2)).append('"');
        } else {
            svg.append("<rect x=\"").append(num(b.x())).append("\" y=\"").append(num(b.y())).append("\" width=\"")
                    .append(num(b.width())).append("\" height=\"").append(num(b.height())).append('"');
            if (box.shape() == NodeShape.ROUNDED) {
                svg.append(" rx=\"").append(num(Figure.Box.ARC)).append('"');
            }
        }
        svg.append(" fill=\"").append(box.fill().toHex()).append('"');
        stroke(svg, box.strokeWidth() > 0 ? Optional.of(box.stroke()) : Optional.empty(), box.strokeWidth(),
                box.line());
        svg.append("/>");
    }

    private static void path(StringBuilder svg, Figure.Path path) {
        svg.append(path.closed() ? "<polygon" : "<polyline").append(" points=\"");
        for (int i = 0; i < path.points().size(); i++) {
            Point p = path.points().get(i);
            svg.append(i == 0 ? "" : " ").append(num(p.x())).append(',').append(num(p.y()));
        }
        svg.append("\" fill=\"").append(path.fill().map(Rgb::toHex).orElse("none")).append('"');
        stroke(svg, Optional.of(path.stroke()), path.width(), path.line());
        if (!path.closed()) {
            svg.append(" stroke-linejoin=\"round\"");
        }
        svg.append("/>");
    }

    private static void stroke(StringBuilder svg, Optional<Rgb> color, double width, LineStyle line) {
        if (color.isEmpty()) {
            svg.append(" stroke=\"none\"");
            return;
        }
        svg.append(" stroke=\"").append(color.get().toHex()).append("\" stroke-width=\"").append(num(width))
                .append('"');
        float[] dashes = Dashes.pattern(line, width);
        if (dashes.length > 0) {
            svg.append(" stroke-dasharray=\"");
            for (int i = 0; i < dashes.length; i++) {
                svg.append(i == 0 ? "" : " ").append(num(dashes[i]));
            }
            svg.append('"');
        }
    }

    private static void text(StringBuilder svg, Figure.Text text) {
        svg.append("<text x=\"").append(num(text.x())).append("\" y=\"").append(num(text.baseline()))
                .append("\" fill=\"").append(text.color().toHex()).append('"');
        if (text.bold()) {
            svg.append(" font-weight=\"bold\"");
        }
        svg.append('>').append(escape(text.text())).append("</text>");
    }
}
