package org.mmrace.ui.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.IBaseLabelProvider;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.IContentProvider;
import org.eclipse.jface.viewers.IFontProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.IToolTipProvider;
import org.eclipse.jface.viewers.OpenEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Widget;
import org.mmrace.export.graph.Bounds;
import org.mmrace.export.graph.DotWriter;
import org.mmrace.export.graph.EdgeStyle;
import org.mmrace.export.graph.Graph;
import org.mmrace.export.graph.GraphEdge;
import org.mmrace.export.graph.GraphLayout;
import org.mmrace.export.graph.GraphLayouter;
import org.mmrace.export.graph.GraphNode;
import org.mmrace.export.graph.LayoutOptions;
import org.mmrace.export.graph.NodeStyle;
import org.mmrace.export.graph.Point;
import org.mmrace.export.graph.Rgb;
import org.mmrace.export.graph.Scene;
import org.mmrace.export.graph.SceneBuilder;
import org.mmrace.export.graph.SceneItem;
import org.mmrace.export.graph.SvgWriter;
import org.mmrace.export.graph.internal.AtomicFiles;
import org.mmrace.ui.graph.internal.GraphCanvas;
import org.mmrace.ui.graph.internal.SwtScenePainter;
import org.mmrace.ui.graph.internal.SwtTextMeasurer;
import org.mmrace.ui.graph.internal.ViewerGraph;

/**
 * A JFace viewer that shows model objects as a graph, laid out by ELK and drawn on SWT: the
 * replacement for Zest's GraphViewer. Give it an {@link IGraphContentProvider} and an
 * {@link ILabelProvider} (optionally also {@link IGraphStyleProvider}, {@link IColorProvider},
 * {@link IFontProvider}, {@link IToolTipProvider}); it offers selection, double-click/open
 * events, zoom, pan, tooltips, and export to PNG, SVG and DOT.
 *
 * <p>Relayout without jumping: a refresh or update lays the graph out again (ELK is deterministic,
 * so unchanged parts stay put and a changed label moves its neighbours by a few pixels only) and
 * keeps the viewport anchored: the updated element, else the first selected one, else the node
 * nearest the centre of the view stays at the same place on screen.
 */
public class GraphViewer extends StructuredViewer {

    private final GraphCanvas canvas;
    private final SwtTextMeasurer measurer;
    private final Font boldFont;
    private LayoutOptions layoutOptions = LayoutOptions.defaults();
    private ViewerGraph current = ViewerGraph.EMPTY;
    private GraphLayout layout = new GraphLayout(0, 0, Map.of(), Map.of());
    private final List<Object> selection = new ArrayList<>();
    private boolean fitPending = true;
    private boolean keepView;

    public GraphViewer(Composite parent, int style) {
        Font font = parent.getFont();
        FontData[] data = font.getFontData();
        for (FontData d : data) {
            d.setStyle(SWT.BOLD);
        }
        this.boldFont = new Font(parent.getDisplay(), data);
        this.measurer = new SwtTextMeasurer(parent.getDisplay(), font, boldFont);
        this.canvas = new GraphCanvas(parent, style, measurer, new GraphCanvas.Callbacks() {
            @Override
            public void clicked(Optional<SceneItem> item, boolean toggle) {
                handleClick(item, toggle);
            }

            @Override
            public void doubleClicked(SceneItem item) {
                handleDoubleClick(item);
            }
        });
        canvas.setFont(font);
        canvas.addListener(SWT.Dispose, e -> {
            measurer.dispose();
            boldFont.dispose();
        });
        canvas.addListener(SWT.Resize, e -> {
            if (fitPending && canvas.getClientArea().width > 0) {
                fitPending = false;
                canvas.zoomToFit();
            }
        });
        hookControl(canvas);
    }

    @Override
    public Control getControl() {
        return canvas;
    }

    /** The drawing surface, for tests and for adding listeners. */
    public GraphCanvas getGraphControl() {
        return canvas;
    }

    public void setLayoutOptions(LayoutOptions options) {
        this.layoutOptions = options;
        if (getInput() != null) {
            rebuild(Optional.empty());
        }
    }

    public LayoutOptions getLayoutOptions() {
        return layoutOptions;
    }

    /** The graph now shown, as handed to ELK and the exporters. */
    public Graph getGraph() {
        return current.graph();
    }

    public GraphLayout getLayout() {
        return layout;
    }

    /** Where an element (node or edge) is drawn, in graph coordinates. */
    public Optional<Bounds> getBounds(Object element) {
        return current.id(element).flatMap(id -> canvas.scene().items().stream()
                .filter(i -> i.id().equals(id)).findFirst().map(SceneItem::bounds));
    }

    // --- zoom and viewport --------------------------------------------------------------------

    public double getZoom() {
        return canvas.zoom();
    }

    public void setZoom(double zoom) {
        canvas.setZoom(zoom);
    }

    public void zoomIn() {
        canvas.zoomIn();
    }

    public void zoomOut() {
        canvas.zoomOut();
    }

    public void zoomToFit() {
        canvas.zoomToFit();
    }

    // --- StructuredViewer ---------------------------------------------------------------------

    @Override
    protected void assertContentProviderType(IContentProvider provider) {
        if (!(provider instanceof IGraphContentProvider)) {
            throw new IllegalArgumentException("GraphViewer needs an IGraphContentProvider, got "
                    + (provider == null ? "none" : provider.getClass().getName()));
        }
    }

    /**
     * Shows a new input as the next state of the same picture (the next trace step): elements equal
     * to ones shown keep their selection, and the node nearest the centre stays where it is on screen,
     * instead of fitting the new graph into the window as {@link #setInput(Object)} does.
     */
    public void setInputKeepingView(Object input) {
        if (getInput() == null || fitPending) {
            setInput(input);
            return;
        }
        keepView = true;
        try {
            setInput(input);
        } finally {
            keepView = false;
        }
    }

    @Override
    protected void inputChanged(Object input, Object oldInput) {
        if (keepView) {
            rebuild(Optional.empty());
            return;
        }
        selection.clear();
        rebuild(Optional.empty());
        fitPending = canvas.getClientArea().width <= 0;
        if (!fitPending) {
            canvas.zoomToFit();
        }
    }

    @Override
    protected Widget doFindInputItem(Object element) {
        return element != null && element.equals(getInput()) ? canvas : null;
    }

    @Override
    protected Widget doFindItem(Object element) {
        return current.id(element).isPresent() ? canvas : null;
    }

    @Override
    protected void doUpdateItem(Widget item, Object element, boolean fullMap) {
        rebuild(Optional.of(element));
    }

    /** Updates several elements with one relayout. */
    @Override
    public void update(Object[] elements, String[] properties) {
        Optional<Object> anchor = Arrays.stream(elements).filter(e -> current.id(e).isPresent()).findFirst();
        if (anchor.isPresent()) {
            rebuild(anchor);
        }
    }

    @Override
    protected void internalRefresh(Object element) {
        rebuild(element == null || element.equals(getInput()) ? Optional.empty() : Optional.of(element));
    }

    @Override
    protected List<Object> getSelectionFromWidget() {
        return new ArrayList<>(selection);
    }

    @Override
    protected void setSelectionToWidget(@SuppressWarnings("rawtypes") List elements, boolean reveal) {
        selection.clear();
        if (elements != null) {
            for (Object element : elements) {
                if (current.id(element).isPresent() && !selection.contains(element)) {
                    selection.add(element);
                }
            }
        }
        showSelection();
        if (reveal && !selection.isEmpty()) {
            reveal(selection.get(0));
        }
    }

    @Override
    public void reveal(Object element) {
        getBounds(element).ifPresent(canvas::reveal);
    }

    // --- building and laying out --------------------------------------------------------------

    private void rebuild(Optional<Object> changed) {
        if (canvas.isDisposed()) {
            return;
        }
        Optional<Object> anchor = changed.filter(e -> current.id(e).isPresent())
                .or(() -> selection.stream().findFirst()).or(this::nodeNearestToViewCentre);
        Optional<org.eclipse.swt.graphics.Point> anchorOnScreen = anchor.flatMap(this::getBounds)
                .map(b -> canvas.toScreen(b.center()));
        current = buildGraph();
        layout = new GraphLayouter(measurer, layoutOptions).layout(current.graph());
        Scene scene = new SceneBuilder(measurer).build(current.graph(), layout);
        selection.removeIf(e -> current.id(e).isEmpty());
        canvas.setScene(scene);
        showSelection();
        if (anchor.isPresent() && anchorOnScreen.isPresent()) {
            Optional<Bounds> now = getBounds(anchor.get());
            now.ifPresent(b -> canvas.scrollTo(b.center(), anchorOnScreen.get().x, anchorOnScreen.get().y));
        }
    }

    private Optional<Object> nodeNearestToViewCentre() {
        Bounds visible = canvas.visibleGraphArea();
        Point centre = visible.center();
        return layout.nodes().entrySet().stream()
                .filter(e -> !current.graph().isGroup(e.getKey()) && e.getValue().overlaps(visible))
                .min((a, b) -> Double.compare(distance(a.getValue().center(), centre),
                        distance(b.getValue().center(), centre)))
                .flatMap(e -> current.element(e.getKey()));
    }

    private static double distance(Point a, Point b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    private ViewerGraph buildGraph() {
        Object input = getInput();
        if (input == null || getContentProvider() == null) {
            return ViewerGraph.EMPTY;
        }
        IGraphContentProvider content = (IGraphContentProvider) getContentProvider();
        IBaseLabelProvider labels = getLabelProvider();
        Object[] nodes = filter(content.getNodes(input));
        if (getComparator() != null) {
            nodes = nodes.clone();
            getComparator().sort(this, nodes);
        }
        Map<Object, String> ids = new HashMap<>();
        Map<String, Object> elements = new LinkedHashMap<>();
        for (Object node : nodes) {
            if (!ids.containsKey(node)) {
                String id = "n" + ids.size();
                ids.put(node, id);
                elements.put(id, node);
            }
        }
        Graph.Builder graph = Graph.builder().title(text(labels, input).replace('\n', ' '));
        for (Map.Entry<String, Object> entry : new ArrayList<>(elements.entrySet())) {
            Object node = entry.getValue();
            GraphNode graphNode = new GraphNode(entry.getKey(), lines(text(labels, node)), nodeStyle(labels, node),
                    content.getGroup(node).map(ids::get), tooltip(labels, node));
            graph.node(graphNode);
        }
        int edgeCount = 0;
        for (Object edge : content.getEdges(input)) {
            String source = ids.get(content.getSource(edge));
            String target = ids.get(content.getTarget(edge));
            if (source == null || target == null || ids.containsKey(edge)) {
                continue; // an end was filtered out
            }
            String id = "e" + edgeCount++;
            ids.put(edge, id);
            elements.put(id, edge);
            graph.edge(new GraphEdge(id, source, target, text(labels, edge).replace('\n', ' '),
                    edgeStyle(labels, edge)));
        }
        return new ViewerGraph(graph.build(), ids, elements);
    }

    private static String text(IBaseLabelProvider labels, Object element) {
        if (labels instanceof ILabelProvider provider) {
            String text = provider.getText(element);
            return text == null ? "" : text;
        }
        return element == null ? "" : element.toString();
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
    }

    private static Optional<String> tooltip(IBaseLabelProvider labels, Object element) {
        return labels instanceof IToolTipProvider provider ? Optional.ofNullable(provider.getToolTipText(element))
                : Optional.empty();
    }

    private static NodeStyle nodeStyle(IBaseLabelProvider labels, Object node) {
        NodeStyle style = labels instanceof IGraphStyleProvider provider ? provider.getNodeStyle(node)
                : NodeStyle.DEFAULT;
        if (labels instanceof IColorProvider colors) {
            Color background = colors.getBackground(node);
            Color foreground = colors.getForeground(node);
            if (background != null) {
                style = style.withFill(rgb(background));
            }
            if (foreground != null) {
                style = style.withText(rgb(foreground));
            }
        }
        if (labels instanceof IFontProvider fonts) {
            Font font = fonts.getFont(node);
            if (font != null) {
                style = style.withBold((font.getFontData()[0].getStyle() & SWT.BOLD) != 0);
            }
        }
        return style;
    }

    private static EdgeStyle edgeStyle(IBaseLabelProvider labels, Object edge) {
        EdgeStyle style = labels instanceof IGraphStyleProvider provider ? provider.getEdgeStyle(edge)
                : EdgeStyle.DEFAULT;
        if (labels instanceof IColorProvider colors && colors.getForeground(edge) != null) {
            style = style.withColor(rgb(colors.getForeground(edge)));
        }
        return style;
    }

    private static Rgb rgb(Color color) {
        return new Rgb(color.getRed(), color.getGreen(), color.getBlue());
    }

    // --- selection and events -----------------------------------------------------------------

    private void showSelection() {
        Set<String> ids = new LinkedHashSet<>();
        for (Object element : selection) {
            current.id(element).ifPresent(ids::add);
        }
        canvas.setSelectedIds(ids);
    }

    private void handleClick(Optional<SceneItem> item, boolean toggle) {
        Optional<Object> element = item.flatMap(i -> current.element(i.id()));
        if (!toggle) {
            selection.clear();
        }
        element.ifPresent(e -> {
            if (!selection.remove(e) || !toggle) {
                selection.add(e);
            }
        });
        showSelection();
        updateSelection(getSelection());
    }

    private void handleDoubleClick(SceneItem item) {
        current.element(item.id()).ifPresent(element -> {
            if (!selection.equals(List.of(element))) {
                selection.clear();
                selection.add(element);
                showSelection();
                updateSelection(getSelection());
            }
            StructuredSelection selected = new StructuredSelection(element);
            fireDoubleClick(new DoubleClickEvent(this, selected));
            fireOpen(new OpenEvent(this, selected));
        });
    }

    // --- export -------------------------------------------------------------------------------

    /** The whole graph as an SWT image at the given scale; the caller disposes it. */
    public Image createImage(double scale) {
        Scene scene = canvas.scene();
        int width = Math.max(1, (int) Math.ceil(scene.width() * scale));
        int height = Math.max(1, (int) Math.ceil(scene.height() * scale));
        Image image = new Image(canvas.getDisplay(), width, height);
        GC gc = new GC(image);
        try {
            gc.setBackground(new Color(scene.background().red(), scene.background().green(),
                    scene.background().blue()));
            gc.fillRectangle(0, 0, width, height);
            new SwtScenePainter(measurer).paint(gc, scene, scale, 0, 0,
                    new Bounds(0, 0, scene.width(), scene.height()), Set.of());
        } finally {
            gc.dispose();
        }
        return image;
    }

    /** Writes the whole graph (not only the visible part) as PNG, drawn exactly as on screen. */
    public void exportPng(OutputStream out, double scale) {
        Image image = createImage(scale);
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            loader.save(out, SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
    }

    /** SVG of the graph as laid out on screen (through the headless SVG writer). */
    public String toSvg() {
        return new SvgWriter().write(canvas.scene());
    }

    /** DOT of the graph (through the headless DOT writer; Graphviz lays it out itself). */
    public String toDot() {
        return new DotWriter(layoutOptions.flow()).write(current.graph());
    }

    public enum ExportFormat {
        PNG,
        SVG,
        DOT
    }

    /** Saves to a file, atomically: a failure leaves no half-written file. */
    public void export(Path file, ExportFormat format) throws IOException {
        AtomicFiles.write(file, out -> {
            switch (format) {
                case PNG -> exportPng(out, 1);
                case SVG -> out.write(toSvg().getBytes(StandardCharsets.UTF_8));
                case DOT -> out.write(toDot().getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    /** The visible area of the control, for tests and screenshots. */
    public Rectangle getVisibleArea() {
        return canvas.getClientArea();
    }
}
