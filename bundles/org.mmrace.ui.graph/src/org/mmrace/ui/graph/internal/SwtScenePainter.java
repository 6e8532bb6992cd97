package org.mmrace.ui.graph.internal;

import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Transform;
import org.mmrace.export.graph.Bounds;
import org.mmrace.export.graph.Figure;
import org.mmrace.export.graph.LineStyle;
import org.mmrace.export.graph.Point;
import org.mmrace.export.graph.Rgb;
import org.mmrace.export.graph.Scene;
import org.mmrace.export.graph.SceneItem;
import org.mmrace.export.graph.internal.Dashes;

/**
 * Paints a {@link Scene} on an SWT GC: the same primitives the SVG and PNG writers draw, scaled
 * by a Transform, skipping items outside the visible area.
 */
public final class SwtScenePainter {

    /** Selection outline colour (a saturated blue that none of the node styles uses). */
    static final Rgb SELECTION = Rgb.hex("#1a73e8");
    /** Below this on-screen font size text is unreadable; skip it (and save time) when zoomed out. */
    private static final double MIN_TEXT_PIXELS = 4;

    private final SwtTextMeasurer fonts;

    public SwtScenePainter(SwtTextMeasurer fonts) {
        this.fonts = fonts;
    }

    /**
     * @param originX screen x of graph x = 0
     * @param originY screen y of graph y = 0
     * @param visible the graph-coordinate area to paint
     * @param selected ids of selected items, drawn with a selection outline
     * @return number of items painted
     */
    public int paint(GC gc, Scene scene, double zoom, double originX, double originY, Bounds visible,
            Set<String> selected) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setInterpolation(SWT.HIGH);
        Transform transform = new Transform(gc.getDevice());
        int painted = 0;
        try {
            transform.translate((float) originX, (float) originY);
            transform.scale((float) zoom, (float) zoom);
            gc.setTransform(transform);
            boolean text = scene.fontSize() * zoom >= MIN_TEXT_PIXELS;
            for (SceneItem item : scene.items()) {
                if (!item.bounds().expand(4).overlaps(visible)) {
                    continue;
                }
                painted++;
                boolean isSelected = selected.contains(item.id());
                if (isSelected && item.kind() == SceneItem.Kind.EDGE) {
                    outline(gc, item, zoom); // a halo under the edge keeps its own colour visible
                }
                for (Figure figure : item.figures()) {
                    switch (figure) {
                        case Figure.Box box -> box(gc, box);
                        case Figure.Path path -> path(gc, path);
                        case Figure.Text t -> {
                            if (text) {
                                text(gc, t);
                            }
                        }
                    }
                }
                if (isSelected && item.kind() != SceneItem.Kind.EDGE) {
                    outline(gc, item, zoom);
                }
            }
        } finally {
            gc.setTransform(null);
            transform.dispose();
        }
        return painted;
    }

    private static void outline(GC gc, SceneItem item, double zoom) {
        gc.setForeground(color(SELECTION));
        gc.setLineAttributes(new LineAttributes((float) (2.5 / Math.min(zoom, 1)), SWT.CAP_ROUND, SWT.JOIN_ROUND));
        if (item.kind() == SceneItem.Kind.EDGE) {
            for (Figure figure : item.figures()) {
                if (figure instanceof Figure.Path path && !path.closed()) {
                    gc.setLineAttributes(new LineAttributes((float) (path.width() + 5), SWT.CAP_ROUND, SWT.JOIN_ROUND));
                    gc.setAlpha(130);
                    gc.drawPolyline(ints(path));
                    gc.setAlpha(255);
                }
            }
            return;
        }
        Bounds b = item.bounds().expand(3);
        gc.drawRoundRectangle(round(b.x()), round(b.y()), round(b.width()), round(b.height()), 12, 12);
    }

    private static void box(GC gc, Figure.Box box) {
        Bounds b = box.bounds();
        int x = round(b.x());
        int y = round(b.y());
        int w = round(b.right()) - x;
        int h = round(b.bottom()) - y;
        int arc = (int) (2 * Figure.Box.ARC);
        gc.setBackground(color(box.fill()));
        switch (box.shape()) {
            case RECTANGLE -> gc.fillRectangle(x, y, w, h);
            case ROUNDED -> gc.fillRoundRectangle(x, y, w, h, arc, arc);
            case ELLIPSE -> gc.fillOval(x, y, w, h);
        }
        if (box.strokeWidth() <= 0) {
            return;
        }
        gc.setForeground(color(box.stroke()));
        gc.setLineAttributes(line(box.strokeWidth(), box.line()));
        switch (box.shape()) {
            case RECTANGLE -> gc.drawRectangle(x, y, w, h);
            case ROUNDED -> gc.drawRoundRectangle(x, y, w, h, arc, arc);
            case ELLIPSE -> gc.drawOval(x, y, w, h);
        }
    }

    private static void path(GC gc, Figure.Path path) {
        int[] points = ints(path);
        if (path.closed()) {
            path.fill().ifPresent(fill -> {
                gc.setBackground(color(fill));
                gc.fillPolygon(points);
            });
            gc.setForeground(color(path.stroke()));
            gc.setLineAttributes(line(path.width(), path.line()));
            gc.drawPolygon(points);
        } else {
            gc.setForeground(color(path.stroke()));
            gc.setLineAttributes(line(path.width(), path.line()));
            gc.drawPolyline(points);
        }
    }

    private void text(GC gc, Figure.Text text) {
        gc.setFont(fonts.font(text.bold()));
        gc.setForeground(color(text.color()));
        gc.drawString(text.text(), round(text.x()), round(text.top()), true);
    }

    private static LineAttributes line(double width, LineStyle style) {
        float[] dashes = Dashes.pattern(style, width);
        return new LineAttributes((float) width, SWT.CAP_FLAT, SWT.JOIN_ROUND,
                dashes.length == 0 ? SWT.LINE_SOLID : SWT.LINE_CUSTOM, dashes.length == 0 ? null : dashes, 0, 10);
    }

    private static int[] ints(Figure.Path path) {
        int[] points = new int[path.points().size() * 2];
        for (int i = 0; i < path.points().size(); i++) {
            Point p = path.points().get(i);
            points[2 * i] = round(p.x());
            points[2 * i + 1] = round(p.y());
        }
        return points;
    }

    private static int round(double value) {
        return (int) Math.round(value);
    }

    /** SWT colours need no disposal since 3.115; creating them per use is cheap. */
    private static Color color(Rgb rgb) {
        return new Color(rgb.red(), rgb.green(), rgb.blue());
    }
}
