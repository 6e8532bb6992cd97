package org.mmrace.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmrace.ui.graph.GraphInput.node;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mmrace.export.graph.Bounds;
import org.mmrace.export.graph.Graph;
import org.mmrace.export.graph.Point;
import org.mmrace.export.graph.internal.SampleGraphs;
import org.mmrace.ui.graph.internal.GraphCanvas;

/**
 * The graph viewer in a plain SWT shell (no workbench) at a laptop-sized 1280x800, on the fork +
 * O_DIRECT counterexample and on a 500-node MM state. Screenshots go to target/screenshots/.
 */
class GraphViewerTest {

    private Display display;
    private Shell shell;
    private GraphViewer viewer;
    private GraphInput.Content content;
    private GraphInput.Labels labels;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("mmrace graph viewer test");
        shell.setLayout(new FillLayout());
        Rectangle screen = display.getClientArea();
        shell.setBounds(0, 0, Math.min(1280, screen.width), Math.min(800, screen.height));
        viewer = new GraphViewer(shell, SWT.NONE);
        content = new GraphInput.Content();
        labels = new GraphInput.Labels(content);
        viewer.setContentProvider(content);
        viewer.setLabelProvider(labels);
        shell.open();
        SwtTestSupport.pump(display, 100);
    }

    @AfterEach
    void close() {
        shell.dispose();
        SwtTestSupport.pump(display, 20);
    }

    private GraphCanvas canvas() {
        return viewer.getGraphControl();
    }

    private org.eclipse.swt.graphics.Point centreOf(Object element) {
        return canvas().toScreen(viewer.getBounds(element).orElseThrow().center());
    }

    @Test
    void counterexampleIsFittedIntoTheWindowWithTheRedPinVisible() throws Exception {
        viewer.setInput(SampleGraphs.forkDioCounterexample());
        SwtTestSupport.pump(display, 100);
        assertEquals(13, viewer.getGraph().nodes().size());
        assertEquals(10, viewer.getGraph().edges().size());
        // Small graph in a big window: enlarged (at most 150%), whole drawing visible.
        assertTrue(viewer.getZoom() > 1 && viewer.getZoom() <= GraphCanvas.MAX_FIT_ZOOM, "zoom " + viewer.getZoom());
        Bounds all = new Bounds(0, 0, canvas().scene().width(), canvas().scene().height());
        assertTrue(canvas().visibleGraphArea().encloses(all), "whole graph visible");
        ImageData shot = SwtTestSupport.screenshot(canvas(), "graphviewer-counterexample");
        assertTrue(SwtTestSupport.nonWhite(shot) > 20_000, "something is drawn");
        // The bug red of page#1's border and the pin edge is on screen.
        assertTrue(SwtTestSupport.count(shot, 0xd0, 0x02, 0x1b) > 300, "bug red visible");
    }

    @Test
    void clickSelectsANodeCtrlClickAddsOneAndABackgroundClickClears() {
        viewer.setInput(SampleGraphs.forkDioCounterexample());
        List<IStructuredSelection> events = new ArrayList<>();
        viewer.addSelectionChangedListener(e -> events.add((IStructuredSelection) e.getSelection()));
        org.eclipse.swt.graphics.Point page = centreOf(node("page1"));
        SwtTestSupport.click(canvas(), page.x, page.y, 0);
        assertEquals(List.of(node("page1")), viewer.getStructuredSelection().toList());
        assertEquals(List.of(node("page1")), events.get(events.size() - 1).toList());

        org.eclipse.swt.graphics.Point pte = centreOf(node("C.pte1"));
        SwtTestSupport.click(canvas(), pte.x, pte.y, SWT.MOD1);
        assertEquals(List.of(node("page1"), node("C.pte1")), viewer.getStructuredSelection().toList());

        // A click inside a process box but not on a member selects the process.
        Bounds process = viewer.getBounds(node("C")).orElseThrow();
        org.eclipse.swt.graphics.Point title = canvas().toScreen(new Point(process.x() + 4, process.y() + 4));
        SwtTestSupport.click(canvas(), title.x, title.y, 0);
        assertEquals(List.of(node("C")), viewer.getStructuredSelection().toList());

        org.eclipse.swt.graphics.Point outside = canvas().toScreen(new Point(-5, -5));
        SwtTestSupport.click(canvas(), outside.x, outside.y, 0);
        assertTrue(viewer.getSelection().isEmpty());
        assertEquals(4, events.size());
    }

    @Test
    void clickOnTheRedPinEdgeSelectsTheEdge() throws Exception {
        viewer.setInput(SampleGraphs.forkDioCounterexample());
        var route = viewer.getLayout().edges().values().stream().toList();
        String pinId = viewer.getGraph().edges().stream().filter(e -> e.label().equals("FOLL_PIN +1024"))
                .findFirst().orElseThrow().id();
        var points = viewer.getLayout().edge(pinId).orElseThrow().points();
        Point a = points.get(0);
        Point b = points.get(1);
        org.eclipse.swt.graphics.Point mid = canvas().toScreen(new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2));
        SwtTestSupport.click(canvas(), mid.x, mid.y, 0);
        assertEquals(List.of(new GraphInput.EdgeRef("P.dio->page1")), viewer.getStructuredSelection().toList());
        assertFalse(route.isEmpty());
        SwtTestSupport.screenshot(canvas(), "graphviewer-pin-edge-selected");
    }

    @Test
    void setSelectionRevealsTheNodeAndDrawsTheSelectionOutline() throws Exception {
        viewer.setInput(SampleGraphs.synthetic(500, true));
        viewer.setZoom(1);
        viewer.setSelection(new StructuredSelection(node("page40")), true);
        Bounds page = viewer.getBounds(node("page40")).orElseThrow();
        assertTrue(canvas().visibleGraphArea().encloses(page), "revealed");
        ImageData shot = SwtTestSupport.screenshot(canvas(), "graphviewer-500-selected-zoom100");
        assertTrue(SwtTestSupport.count(shot, 0x1a, 0x73, 0xe8) > 100, "selection outline drawn");
    }

    @Test
    void doubleClickOpensTheNode() {
        viewer.setInput(SampleGraphs.forkDioCounterexample());
        List<Object> opened = new ArrayList<>();
        List<Object> doubleClicked = new ArrayList<>();
        viewer.addOpenListener(e -> opened.add(((IStructuredSelection) e.getSelection()).getFirstElement()));
        viewer.addDoubleClickListener(e -> doubleClicked.add(((IStructuredSelection) e.getSelection()).getFirstElement()));
        org.eclipse.swt.graphics.Point dio = centreOf(node("P.dio"));
        SwtTestSupport.mouse(canvas(), SWT.MouseDoubleClick, dio.x, dio.y, 1, 0);
        assertEquals(List.of(node("P.dio")), opened);
        assertEquals(List.of(node("P.dio")), doubleClicked);
        assertEquals(List.of(node("P.dio")), viewer.getStructuredSelection().toList());
    }

    @Test
    void hoveringANodeShowsItsTooltip() {
        viewer.setInput(SampleGraphs.forkDioCounterexample());
        org.eclipse.swt.graphics.Point page = centreOf(node("page1"));
        SwtTestSupport.mouse(canvas(), SWT.MouseMove, page.x, page.y, 0, 0);
        assertEquals("pinned by P.dio but mapped only by C: the DMA writes the child's memory",
                canvas().getToolTipText());
        org.eclipse.swt.graphics.Point outside = canvas().toScreen(new Point(-5, -5));
        SwtTestSupport.mouse(canvas(), SWT.MouseMove, outside.x, outside.y, 0, 0);
        assertEquals(null, canvas().getToolTipText());
        // An edge's tooltip names its label and its ends by their titles.
        String pin = viewer.getGraph().edges().stream().filter(e -> e.label().equals("FOLL_PIN +1024")).findFirst()
                .orElseThrow().id();
        var points = viewer.getLayout().edge(pin).orElseThrow().points();
        org.eclipse.swt.graphics.Point onEdge = canvas().toScreen(new Point(
                (points.get(0).x() + points.get(1).x()) / 2, (points.get(0).y() + points.get(1).y()) / 2));
        SwtTestSupport.mouse(canvas(), SWT.MouseMove, onEdge.x, onEdge.y, 0, 0);
        assertEquals("FOLL_PIN +1024: P.dio \u2192 page#1", canvas().getToolTipText());
    }

    @Test
    void zoomStepsFitAndCtrlWheelKeepsThePointUnderTheMouse() throws Exception {
        viewer.setInput(SampleGraphs.synthetic(500, true));
        // 500 nodes do not fit at 100%: fitting zooms out until everything is visible.
        double fitted = viewer.getZoom();
        assertTrue(fitted < 0.5, "fitted zoom " + fitted);
        Bounds all = new Bounds(0, 0, canvas().scene().width(), canvas().scene().height());
        assertTrue(canvas().visibleGraphArea().expand(1).encloses(all), "fit shows everything");
        SwtTestSupport.screenshot(canvas(), "graphviewer-500-fit");

        viewer.zoomIn();
        assertEquals(fitted * 1.25, viewer.getZoom(), 1e-9);
        viewer.zoomOut();
        assertEquals(fitted, viewer.getZoom(), 1e-9);

        // At 200% the drawing is larger than the window both ways, so it can be scrolled freely.
        viewer.setZoom(2);
        org.eclipse.swt.graphics.Point mouse = new org.eclipse.swt.graphics.Point(300, 200);
        Point under = canvas().toGraph(mouse.x, mouse.y);
        SwtTestSupport.wheel(canvas(), mouse.x, mouse.y, 3, SWT.MOD1);
        assertEquals(2.5, viewer.getZoom(), 1e-9);
        Point after = canvas().toGraph(mouse.x, mouse.y);
        assertEquals(under.x(), after.x(), 1);
        assertEquals(under.y(), after.y(), 1);
        SwtTestSupport.wheel(canvas(), mouse.x, mouse.y, -3, SWT.MOD1);
        assertEquals(2.0, viewer.getZoom(), 1e-9);

        viewer.zoomToFit();
        assertEquals(fitted, viewer.getZoom(), 1e-9);
    }

    @Test
    void draggingTheBackgroundPans() {
        viewer.setInput(SampleGraphs.synthetic(500, true));
        viewer.setZoom(2);
        canvas().scrollTo(new Point(0, 0), 0, 0);
        Bounds before = canvas().visibleGraphArea();
        int barBefore = canvas().getHorizontalBar().getSelection();
        // Find a background spot: the top-left margin is empty.
        SwtTestSupport.mouse(canvas(), SWT.MouseDown, 5, 5, 1, 0);
        SwtTestSupport.mouse(canvas(), SWT.MouseMove, 4, 3, 0, SWT.BUTTON1);
        SwtTestSupport.mouse(canvas(), SWT.MouseMove, -95, -195, 0, SWT.BUTTON1);
        SwtTestSupport.mouse(canvas(), SWT.MouseUp, -95, -195, 1, SWT.BUTTON1);
        Bounds after = canvas().visibleGraphArea();
        assertEquals(before.x() + 100 / 2.0, after.x(), 1);
        assertEquals(before.y() + 200 / 2.0, after.y(), 1);
        assertTrue(viewer.getSelection().isEmpty(), "a drag is not a click");
        assertEquals(barBefore + 100, canvas().getHorizontalBar().getSelection(), 1);
    }

    /**
     * A step changes page#1's counts: the viewer relayouts and keeps page#1 where it was on screen,
     * so the user's eye does not lose it.
     */
    @Test
    void updatingANodeRelayoutsAndKeepsItInPlaceOnScreen() throws Exception {
        viewer.setInput(SampleGraphs.synthetic(500, true));
        viewer.setZoom(1);
        viewer.reveal(node("page30"));
        org.eclipse.swt.graphics.Point before = centreOf(node("page30"));
        double widthBefore = viewer.getBounds(node("page30")).orElseThrow().width();
        labels.relabel("page30", List.of("page#30", "count 1026 map 2 PIN EXCL", "D A A A A A A W"));
        viewer.update(node("page30"), null);
        assertTrue(viewer.getBounds(node("page30")).orElseThrow().width() > widthBefore + 30, "relabelled and resized");
        org.eclipse.swt.graphics.Point after = centreOf(node("page30"));
        assertEquals(before.x, after.x, 1);
        assertEquals(before.y, after.y, 1);
        assertTrue(viewer.getGraph().node("n" + 0).isPresent());
        SwtTestSupport.screenshot(canvas(), "graphviewer-500-after-update");
    }

    @Test
    void fiveHundredNodesPaintOnlyWhatIsVisible() throws Exception {
        Graph graph = SampleGraphs.synthetic(500, true);
        viewer.setInput(graph);
        viewer.setZoom(1);
        SwtTestSupport.pump(display, 100);
        int items = canvas().scene().items().size();
        int painted = canvas().lastPaintedItems();
        assertTrue(painted > 0 && painted < items / 2, painted + " of " + items + " items painted at 100%");
        // Figures for docs/performance.md, not asserted: a paint of the visible part.
        long total = 0;
        for (int i = 0; i < 10; i++) {
            canvas().redraw();
            SwtTestSupport.pump(display, 20);
            total += canvas().lastPaintNanos();
        }
        System.out.printf("graph viewer: 500 nodes, %d of %d items visible at 100%%, paint %.1f ms%n", painted,
                items, total / 10 / 1e6);
        viewer.zoomToFit();
        SwtTestSupport.pump(display, 100);
        System.out.printf("graph viewer: 500 nodes fitted (zoom %.2f), %d items, paint %.1f ms%n", viewer.getZoom(),
                canvas().lastPaintedItems(), canvas().lastPaintNanos() / 1e6);
    }

    @Test
    void exportsPngSvgAndDotOfTheWholeGraph() throws Exception {
        viewer.setInput(SampleGraphs.forkDioCounterexample());
        Files.createDirectories(SwtTestSupport.SCREENSHOTS);
        Path png = SwtTestSupport.SCREENSHOTS.resolve("graphviewer-export.png");
        Path svg = SwtTestSupport.SCREENSHOTS.resolve("graphviewer-export.svg");
        Path dot = SwtTestSupport.SCREENSHOTS.resolve("graphviewer-export.dot");
        viewer.export(png, GraphViewer.ExportFormat.PNG);
        viewer.export(svg, GraphViewer.ExportFormat.SVG);
        viewer.export(dot, GraphViewer.ExportFormat.DOT);
        ImageData image = new org.eclipse.swt.graphics.ImageLoader().load(png.toString())[0];
        assertEquals((int) Math.ceil(canvas().scene().width()), image.width);
        assertEquals((int) Math.ceil(canvas().scene().height()), image.height);
        assertTrue(SwtTestSupport.count(image, 0xd0, 0x02, 0x1b) > 300, "bug red in the PNG");
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
        assertEquals("svg", document.getDocumentElement().getTagName());
        assertEquals(13 + 10, document.getElementsByTagName("g").getLength());
        String dotText = Files.readString(dot, StandardCharsets.UTF_8);
        assertTrue(dotText.startsWith("digraph "), dotText);
        assertTrue(dotText.contains("label=\"FOLL_PIN +1024\""), dotText);
    }

    @Test
    void filtersHideNodesAndTheirEdges() {
        viewer.setInput(SampleGraphs.forkDioCounterexample());
        viewer.addFilter(new org.eclipse.jface.viewers.ViewerFilter() {
            @Override
            public boolean select(org.eclipse.jface.viewers.Viewer v, Object parent, Object element) {
                return !element.equals(node("dev"));
            }
        });
        assertEquals(12, viewer.getGraph().nodes().size());
        assertEquals(9, viewer.getGraph().edges().size());
        assertTrue(viewer.getBounds(node("dev")).isEmpty());
        assertNotNull(viewer.getBounds(node("page1")).orElse(null));
    }
}
