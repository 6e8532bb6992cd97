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
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Violation;
import org.mmrace.export.graph.NodeStyle;
import org.mmrace.ui.graph.internal.views.MmGraphPanel;
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
}
