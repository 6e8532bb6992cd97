package org.mmrace.export.graph.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

import org.mmrace.export.graph.AwtTextMeasurer;
import org.mmrace.export.graph.Bounds;
import org.mmrace.export.graph.Figure;
import org.mmrace.export.graph.Point;
import org.mmrace.export.graph.Rgb;
import org.mmrace.export.graph.Scene;
import org.mmrace.export.graph.SceneItem;

/** Paints a {@link Scene} on a java.awt Graphics2D (headless PNG). */
public final class AwtScenePainter {

    private final AwtTextMeasurer fonts;

    public AwtScenePainter(Scene scene) {
        this.fonts = new AwtTextMeasurer(scene.fontFamily(), scene.fontSize());
    }

    public void paint(Scene scene, Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        for (SceneItem item : scene.items()) {
            for (Figure figure : item.figures()) {
                switch (figure) {
                    case Figure.Box box -> box(g, box);
                    case Figure.Path path -> path(g, path);
                    case Figure.Text text -> text(g, text);
                }
            }
        }
    }

    private static void box(Graphics2D g, Figure.Box box) {
        Bounds b = box.bounds();
        Shape shape = switch (box.shape()) {
            case RECTANGLE -> new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height());
            case ROUNDED -> new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 2 * Figure.Box.ARC,
                    2 * Figure.Box.ARC);
            case ELLIPSE -> new Ellipse2D.Double(b.x(), b.y(), b.width(), b.height());
        };
        g.setColor(color(box.fill()));
        g.fill(shape);
        if (box.strokeWidth() > 0) {
            g.setColor(color(box.stroke()));
            g.setStroke(stroke(box.strokeWidth(), box.line()));
            g.draw(shape);
        }
    }

    private static void path(Graphics2D g, Figure.Path path) {
        Path2D.Double shape = new Path2D.Double();
        for (int i = 0; i < path.points().size(); i++) {
            Point p = path.points().get(i);
            if (i == 0) {
                shape.moveTo(p.x(), p.y());
            } else {
                shape.lineTo(p.x(), p.y());
            }
        }
        if (path.closed()) {
            shape.closePath();
        }
        path.fill().ifPresent(fill -> {
            g.setColor(color(fill));
            g.fill(shape);
        });
        g.setColor(color(path.stroke()));
        g.setStroke(stroke(path.width(), path.line()));
        g.draw(shape);
    }

    private void text(Graphics2D g, Figure.Text text) {
        g.setFont(fonts.font(text.bold()));
        g.setColor(color(text.color()));
        g.drawString(text.text(), (float) text.x(), (float) text.baseline());
    }

    private static BasicStroke stroke(double width, org.mmrace.export.graph.LineStyle line) {
        float[] dashes = Dashes.pattern(line, width);
        return dashes.length == 0
                ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                : new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dashes, 0);
    }

    private static Color color(Rgb rgb) {
        return new Color(rgb.red(), rgb.green(), rgb.blue());
    }
}
