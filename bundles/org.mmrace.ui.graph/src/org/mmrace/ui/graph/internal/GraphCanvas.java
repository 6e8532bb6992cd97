package org.mmrace.ui.graph.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.mmrace.export.graph.Bounds;
import org.mmrace.export.graph.Figure;
import org.mmrace.export.graph.Point;
import org.mmrace.export.graph.Rgb;
import org.mmrace.export.graph.Scene;
import org.mmrace.export.graph.SceneItem;

/**
 * The drawing surface of the graph viewer: paints a {@link Scene} double-buffered, zooms (Ctrl +
 * wheel, keys, API), pans (drag on the background, middle-drag anywhere, scroll bars, wheel),
 * hit-tests clicks and shows tooltips. Knows ids, not model elements; the viewer maps them.
 */
public final class GraphCanvas extends Canvas {

    /** What the viewer hears from the canvas. */
    public interface Callbacks {
        /** A click on an item (or on the background, empty); toggle is true with Ctrl. */
        void clicked(Optional<SceneItem> item, boolean toggle);

        void doubleClicked(SceneItem item);
    }

    public static final double MIN_ZOOM = 0.01;
    public static final double MAX_ZOOM = 8;
    private static final double ZOOM_STEP = 1.25;
    public static final double MAX_FIT_ZOOM = 1.5;
    /** Empty border around the drawing, in screen pixels. */
    private static final int PAD = 12;
    private static final int DRAG_THRESHOLD = 3;

    private final SwtScenePainter painter;
    private final Callbacks callbacks;
    private Scene scene = new Scene(0, 0, "", 10, Rgb.WHITE, List.of());
    private Set<String> selected = Set.of();
    private double zoom = 1;
    private int scrollX;
    private int scrollY;
    private int dragX;
    private int dragY;
    private boolean dragging;
    private boolean panning;
    private Optional<SceneItem> pressed = Optional.empty();
    private Optional<SceneItem> hovered = Optional.empty();
    private int lastPainted;
    private long lastPaintNanos;

    public GraphCanvas(Composite parent, int style, SwtTextMeasurer fonts, Callbacks callbacks) {
        super(parent, style | SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL);
        this.painter = new SwtScenePainter(fonts);
        this.callbacks = callbacks;
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        addListener(SWT.Paint, this::paint);
        addListener(SWT.Resize, e -> updateScrollBars());
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, this::mouseUp);
        addListener(SWT.MouseDoubleClick, this::mouseDoubleClick);
        addListener(SWT.MouseVerticalWheel, this::wheel);
        addListener(SWT.KeyDown, this::key);
        addListener(SWT.MouseExit, e -> setHovered(Optional.empty()));
        getHorizontalBar().addListener(SWT.Selection, e -> {
            scrollX = getHorizontalBar().getSelection();
            redraw();
        });
        getVerticalBar().addListener(SWT.Selection, e -> {
            scrollY = getVerticalBar().getSelection();
            redraw();
        });
    }

    public Scene scene() {
        return scene;
    }

    public void setScene(Scene newScene) {
        checkWidget();
        this.scene = newScene;
        updateScrollBars();
        redraw();
    }

    public void setSelectedIds(Set<String> ids) {
        checkWidget();
        this.selected = Set.copyOf(ids);
        redraw();
    }

    public double zoom() {
        return zoom;
    }

    /** Sets the zoom keeping the graph point under the given screen point where it is. */
    public void setZoom(double newZoom, int screenX, int screenY) {
        checkWidget();
        Point anchor = toGraph(screenX, screenY);
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
        updateScrollBars();
        scrollTo(anchor, screenX, screenY);
    }

    /** Sets the zoom keeping the centre of the view where it is. */
    public void setZoom(double newZoom) {
        Rectangle area = getClientArea();
        setZoom(newZoom, area.width / 2, area.height / 2);
    }

    public void zoomIn() {
        setZoom(zoom * ZOOM_STEP);
    }

    public void zoomOut() {
        setZoom(zoom / ZOOM_STEP);
    }

    /**
     * Scales the whole drawing into the window. A small graph (a counterexample's MM state) is
     * enlarged up to {@value #MAX_FIT_ZOOM} so that it reads well on a laptop screen.
     */
    public void zoomToFit() {
        checkWidget();
        Rectangle area = getClientArea();
        if (scene.width() <= 0 || scene.height() <= 0 || area.width <= 2 * PAD || area.height <= 2 * PAD) {
            return;
        }
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_FIT_ZOOM, Math.min((area.width - 2 * PAD) / scene.width(),
                (area.height - 2 * PAD) / scene.height())));
        scrollX = 0;
        scrollY = 0;
        updateScrollBars();
        redraw();
    }

    /** Scrolls so that the graph point appears at the given screen point (as far as scrolling allows). */
    public void scrollTo(Point graphPoint, int screenX, int screenY) {
        checkWidget();
        scrollX = (int) Math.round(PAD + graphPoint.x() * zoom - screenX);
        scrollY = (int) Math.round(PAD + graphPoint.y() * zoom - screenY);
        updateScrollBars();
        redraw();
    }

    /** Scrolls the box into view if it is not fully visible, centring it. */
    public void reveal(Bounds box) {
        Bounds visible = visibleGraphArea();
        if (!visible.encloses(box)) {
            Rectangle area = getClientArea();
            scrollTo(box.center(), area.width / 2, area.height / 2);
        }
    }

    /** Screen position of a graph point. */
    public org.eclipse.swt.graphics.Point toScreen(Point graphPoint) {
        return new org.eclipse.swt.graphics.Point((int) Math.round(originX() + graphPoint.x() * zoom),
                (int) Math.round(originY() + graphPoint.y() * zoom));
    }

    public Point toGraph(int screenX, int screenY) {
        return new Point((screenX - originX()) / zoom, (screenY - originY()) / zoom);
    }

    /** The part of the drawing in view, in graph coordinates. */
    public Bounds visibleGraphArea() {
        Rectangle area = getClientArea();
        Point topLeft = toGraph(area.x, area.y);
        return new Bounds(topLeft.x(), topLeft.y(), area.width / zoom, area.height / zoom);
    }

    /** The top-most item at a screen point: a node, else an edge, else the innermost group. */
    public Optional<SceneItem> itemAt(int screenX, int screenY) {
        Point p = toGraph(screenX, screenY);
        double tolerance = 4 / zoom;
        List<SceneItem> items = scene.items();
        for (SceneItem.Kind kind : new SceneItem.Kind[] { SceneItem.Kind.NODE, SceneItem.Kind.EDGE,
                SceneItem.Kind.GROUP }) {
            for (int i = items.size() - 1; i >= 0; i--) {
                SceneItem item = items.get(i);
                if (item.kind() == kind && item.bounds().expand(tolerance).contains(p.x(), p.y())
                        && (kind != SceneItem.Kind.EDGE || nearEdge(item, p, tolerance))) {
                    return Optional.of(item);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean nearEdge(SceneItem edge, Point p, double tolerance) {
        for (Figure figure : edge.figures()) {
            if (figure instanceof Figure.Path path) {
                List<Point> pts = path.points();
                for (int i = 0; i + 1 < pts.size(); i++) {
                    if (distance(p, pts.get(i), pts.get(i + 1)) <= tolerance + path.width() / 2) {
                        return true;
                    }
                }
            } else if (figure instanceof Figure.Text text && text.bounds().contains(p.x(), p.y())) {
                return true;
            }
        }
        return false;
    }

    private static double distance(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length2));
        return Math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
    }

    /** Items painted by the last paint (visible ones only), for tests and tuning. */
    public int lastPaintedItems() {
        return lastPainted;
    }

    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    private double originX() {
        int content = contentWidth();
        int client = getClientArea().width;
        return (content < client ? (client - content) / 2.0 : -scrollX) + PAD;
    }

    private double originY() {
        int content = contentHeight();
        int client = getClientArea().height;
        return (content < client ? (client - content) / 2.0 : -scrollY) + PAD;
    }

    private int contentWidth() {
        return (int) Math.ceil(scene.width() * zoom) + 2 * PAD;
    }

    private int contentHeight() {
        return (int) Math.ceil(scene.height() * zoom) + 2 * PAD;
    }

    private void updateScrollBars() {
        Rectangle area = getClientArea();
        scrollX = Math.max(0, Math.min(scrollX, contentWidth() - area.width));
        scrollY = Math.max(0, Math.min(scrollY, contentHeight() - area.height));
        update(getHorizontalBar(), scrollX, contentWidth(), area.width);
        update(getVerticalBar(), scrollY, contentHeight(), area.height);
    }

    private static void update(ScrollBar bar, int selection, int content, int client) {
        boolean needed = content > client && client > 0;
        bar.setEnabled(needed);
        if (needed) {
            bar.setValues(selection, 0, content, client, 24, Math.max(1, client - 24));
        } else {
            bar.setValues(0, 0, 1, 1, 1, 1);
        }
    }

    private void paint(Event e) {
        long start = System.nanoTime();
        Color background = new Color(scene.background().red(), scene.background().green(), scene.background().blue());
        e.gc.setBackground(background);
        e.gc.fillRectangle(e.x, e.y, e.width, e.height);
        Point topLeft = toGraph(e.x, e.y);
        Bounds dirty = new Bounds(topLeft.x(), topLeft.y(), e.width / zoom, e.height / zoom);
        lastPainted = painter.paint(e.gc, scene, zoom, originX(), originY(), dirty, selected);
        lastPaintNanos = System.nanoTime() - start;
    }

    private void mouseDown(Event e) {
        setFocus();
        dragX = e.x;
        dragY = e.y;
        dragging = false;
        if (e.button == 2) {
            panning = true;
            pressed = Optional.empty();
        } else if (e.button == 1) {
            pressed = itemAt(e.x, e.y);
            // Drag on the background (or on a group box) pans.
            panning = pressed.isEmpty() || pressed.get().kind() == SceneItem.Kind.GROUP;
        }
    }

    private void mouseMove(Event e) {
        if ((e.stateMask & (SWT.BUTTON1 | SWT.BUTTON2)) != 0 && panning) {
            if (!dragging && Math.abs(e.x - dragX) + Math.abs(e.y - dragY) < DRAG_THRESHOLD) {
                return;
            }
            dragging = true;
            scrollX += dragX - e.x;
            scrollY += dragY - e.y;
            dragX = e.x;
            dragY = e.y;
            updateScrollBars();
            redraw();
            return;
        }
        setHovered(itemAt(e.x, e.y));
    }

    private void setHovered(Optional<SceneItem> item) {
        if (!item.map(SceneItem::id).equals(hovered.map(SceneItem::id))) {
            hovered = item;
            setToolTipText(item.filter(i -> i.kind() != SceneItem.Kind.EDGE || !i.title().isEmpty())
                    .map(SceneItem::title).orElse(null));
        }
    }

    private void mouseUp(Event e) {
        if (e.button == 1 && !dragging) {
            callbacks.clicked(pressed, (e.stateMask & SWT.MOD1) != 0);
        }
        panning = false;
        dragging = false;
        pressed = Optional.empty();
    }

    private void mouseDoubleClick(Event e) {
        if (e.button == 1) {
            itemAt(e.x, e.y).ifPresent(callbacks::doubleClicked);
        }
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            e.doit = false;
            setZoom(e.count > 0 ? zoom * ZOOM_STEP : zoom / ZOOM_STEP, e.x, e.y);
        }
    }

    private void key(Event e) {
        switch (e.character) {
            case '+', '=' -> zoomIn();
            case '-' -> zoomOut();
            case '0' -> zoomToFit();
            case '1' -> setZoom(1);
            default -> {
                int step = 40;
                switch (e.keyCode) {
                    case SWT.ARROW_LEFT -> scrollBy(-step, 0);
                    case SWT.ARROW_RIGHT -> scrollBy(step, 0);
                    case SWT.ARROW_UP -> scrollBy(0, -step);
                    case SWT.ARROW_DOWN -> scrollBy(0, step);
                    default -> {
                        // other keys are not ours
                    }
                }
            }
        }
    }

    private void scrollBy(int dx, int dy) {
        scrollX += dx;
        scrollY += dy;
        updateScrollBars();
        redraw();
    }
}
