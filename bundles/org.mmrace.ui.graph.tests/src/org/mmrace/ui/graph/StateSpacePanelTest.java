package org.mmrace.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mmrace.core.graph.GraphResult;
import org.mmrace.core.graph.StateGraph;
import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.Explorer;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Violation;
import org.mmrace.export.graph.EdgeStyle;
import org.mmrace.export.graph.GraphEdge;
import org.mmrace.export.graph.NodeStyle;
import org.mmrace.ui.graph.internal.views.MmGraphPanel;
import org.mmrace.ui.graph.internal.views.StateGraphDrawing;
import org.mmrace.ui.graph.internal.views.StateSpacePanel;
import org.mmrace.ui.graph.mm.TraceStepSelection;

/** The State Space view's content on the seed under linux-2.6.27, and a click that opens a state. */
class StateSpacePanelTest {

    private Display display;
    private Shell shell;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("State Space");
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1280, 800);
    }

    @AfterEach
    void close() {
        shell.dispose();
        SwtTestSupport.pump(display, 20);
    }

    @Test
    void clickingTheRedFinalStateOfAViolationSelectsTheLastStepOfItsTrace() throws Exception {
        RunResult r = Seed.run("linux-2.6.27");
        StateSpacePanel panel = new StateSpacePanel(shell, SWT.NONE);
        List<TraceStepSelection> opened = new ArrayList<>();
        panel.addTraceStepListener(opened::add);
        shell.open();
        panel.show(r);
        SwtTestSupport.pump(display, 150);
        assertTrue(panel.summaryText().contains("of the " + r.stats().distinct() + " distinct states"),
                panel.summaryText());
        SwtTestSupport.screenshot(panel, "statespace-linux-2.6.27");

        Violation first = r.violations().get(0);
        String red = panel.viewer().getGraph().nodes().stream().filter(n -> n.style().equals(NodeStyle.BUG))
                .filter(n -> n.lines().contains(first.key())).findFirst().orElseThrow().id();
        Object element = new GraphDescriptionProvider.Node(panel.viewer().getGraph().node(red).orElseThrow().id());
        // The viewer's graph ids are its own; find the element whose label names the violation.
        Object state = java.util.Arrays.stream(((GraphDescriptionProvider) panel.viewer().getContentProvider())
                .getNodes(null)).filter(n -> ((GraphDescriptionProvider) panel.viewer().getLabelProvider())
                        .getText(n).contains(first.key())).findFirst().orElse(element);
        org.eclipse.swt.graphics.Point at = panel.viewer().getGraphControl()
                .toScreen(panel.viewer().getBounds(state).orElseThrow().center());
        SwtTestSupport.click(panel.viewer().getGraphControl(), at.x, at.y, 0);
        assertEquals(1, opened.size());
        assertTrue(opened.get(0).isLastStep());
        assertEquals(first.trace().last(), opened.get(0).state());

        // What the MM view shows for it.
        shell.getChildren()[0].dispose();
        MmGraphPanel mm = new MmGraphPanel(shell, SWT.NONE);
        shell.layout(true, true);
        mm.show(opened.get(0));
        SwtTestSupport.pump(display, 100);
        assertTrue(mm.bannerText().contains(first.key()), mm.bannerText());
    }

    @Test
    void theWholeExploredStateGraphIsDrawnWithViolatingStatesRedAndTheShortestCounterexampleBold() throws Exception {
        RunResult r = Seed.run("linux-2.6.27");
        StateGraph g = (StateGraph) Explorer.exploreGraph(Seed.spec(), "linux-2.6.27", Explorer.GRAPH_MAX_STATES,
                CancellationToken.none());
        StateSpacePanel panel = new StateSpacePanel(shell, SWT.NONE);
        List<TraceStepSelection> opened = new ArrayList<>();
        panel.addTraceStepListener(opened::add);
        shell.open();
        SwtTestSupport.pump(display, 50);
        long start = System.nanoTime();
        panel.showGraph(r, g);
        System.out.printf("StateSpacePanel: %d states, %d steps laid out and drawn in %d ms%n", g.nodes().size(),
                g.edges().size(), (System.nanoTime() - start) / 1_000_000);
        SwtTestSupport.pump(display, 150);

        // Every distinct state and every enabled step the engine explored, nothing more.
        assertEquals(r.stats().distinct(), g.nodes().size());
        assertEquals(g.nodes().size(), panel.viewer().getGraph().nodes().size());
        assertEquals(g.edges().size(), panel.viewer().getGraph().edges().size());
        assertTrue(panel.summaryText().startsWith(g.nodes().size() + " distinct states and " + g.edges().size()),
                panel.summaryText());

        // Red exactly where the engine says a state violates something (2.6.27 loses the O_DIRECT read).
        // (The viewer renames ids; the first label word is the state's id.)
        List<String> red = panel.viewer().getGraph().nodes().stream().filter(n -> n.style().equals(NodeStyle.BUG))
                .map(n -> n.lines().get(0).split(" ")[0]).toList();
        List<String> violating = g.nodes().stream().filter(StateGraph.Node::violating)
                .map(n -> StateGraphDrawing.nodeId(n.id())).toList();
        assertEquals(violating, red);
        assertTrue(!red.isEmpty());
        assertEquals(List.of("s0 initial"), panel.viewer().getGraph().nodes().stream()
                .filter(n -> n.style().equals(StateGraphDrawing.INITIAL)).map(n -> n.lines().get(0)).toList());

        // Bold exactly along the shortest counterexample, whose length is the run's shortest trace.
        StateGraph.Counterexample shortest = g.counterexamples().stream()
                .min(java.util.Comparator.comparingInt(c -> c.edgeIndices().size())).orElseThrow();
        GraphDescriptionProvider drawn = (GraphDescriptionProvider) panel.viewer().getContentProvider();
        List<String> bold = drawn.graph().edges().stream()
                .filter(e -> e.style().equals(EdgeStyle.BUG)).map(GraphEdge::id).toList();
        assertEquals(shortest.edgeIndices().stream().sorted().map(StateGraphDrawing::edgeId).toList(), bold);
        assertEquals(bold.size(), panel.viewer().getGraph().edges().stream()
                .filter(e -> e.style().equals(EdgeStyle.BUG)).count());
        assertEquals(r.violations().stream().mapToInt(v -> v.trace().steps().size()).min().orElseThrow(),
                shortest.edgeIndices().size());
        SwtTestSupport.screenshot(panel, "statespace-full-linux-2.6.27");

        // Clicking the red end of the shortest counterexample opens the trace to it.
        int end = shortest.nodeIds().get(shortest.nodeIds().size() - 1);
        GraphDescriptionProvider.Node state = new GraphDescriptionProvider.Node(StateGraphDrawing.nodeId(end));
        panel.viewer().reveal(state);
        SwtTestSupport.pump(display, 50);
        org.eclipse.swt.graphics.Point at = panel.viewer().getGraphControl()
                .toScreen(panel.viewer().getBounds(state).orElseThrow().center());
        SwtTestSupport.click(panel.viewer().getGraphControl(), at.x, at.y, 0);
        assertEquals(1, opened.size());
        assertEquals(g.traceTo(end).last(), opened.get(0).state());
        assertTrue(opened.get(0).isLastStep());
        assertTrue(opened.get(0).violation().isPresent());
        assertTrue(panel.openedText().startsWith("Trace to s" + end + ": "), panel.openedText());
        SwtTestSupport.pump(display, 50);
        SwtTestSupport.screenshot(panel, "statespace-full-linux-2.6.27-opened");
    }

    @Test
    void aRunLargerThanTheViewDrawsSaysHowManyStatesItHasAndDrawsNothing() {
        RunResult r = Seed.run("linux-2.6.27");
        GraphResult tooLarge = Explorer.exploreGraph(Seed.spec(), "linux-2.6.27", 10, CancellationToken.none());
        StateSpacePanel panel = new StateSpacePanel(shell, SWT.NONE);
        shell.open();
        panel.showGraph(r, tooLarge);
        SwtTestSupport.pump(display, 50);
        assertTrue(tooLarge instanceof GraphResult.TooLarge, tooLarge.toString());
        assertTrue(panel.summaryText().startsWith("Not drawn: this run has " + r.stats().distinct()
                + " distinct states, more than the 10 the view draws"), panel.summaryText());
        assertEquals(0, panel.viewer().getGraph().nodes().size());
    }
}
