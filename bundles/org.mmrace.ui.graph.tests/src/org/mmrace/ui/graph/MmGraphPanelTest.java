package org.mmrace.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Verdict;
import org.mmrace.core.run.Violation;
import org.mmrace.export.graph.EdgeStyle;
import org.mmrace.export.graph.GraphEdge;
import org.mmrace.ui.graph.internal.views.MmGraphPanel;
import org.mmrace.ui.graph.mm.TraceStepSelection;

/** The MM State graph view's content on the seed scenario's counterexample, at laptop size. */
class MmGraphPanelTest {

    private static RunResult linux2627;

    private Display display;
    private Shell shell;
    private MmGraphPanel panel;

    @BeforeAll
    static void run() {
        linux2627 = Seed.run("linux-2.6.27");
        for (Violation v : linux2627.violations()) {
            System.out.println("violation " + v.key() + " " + v.message() + " (" + v.trace().length() + " steps)");
            v.trace().steps().forEach(s -> System.out.println("  " + (s.index() + 1) + " " + s.thread() + ": "
                    + s.kernelStep() + " " + s.changes()));
        }
    }

    @BeforeEach
    void open() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("MM State Graph");
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1280, 800);
        panel = new MmGraphPanel(shell, SWT.NONE);
        shell.open();
        SwtTestSupport.pump(display, 100);
    }

    @AfterEach
    void close() {
        shell.dispose();
        SwtTestSupport.pump(display, 20);
    }

    /**
     * SEMANTICS: under 2.6.27 gup_fast takes its reference on page#1 while the pte is writable, fork
     * write-protects and shares it, and the writer's wp fault gives the parent a copy: the O_DIRECT
     * request still targets page#1, which only the child maps. The graph draws that parting in red.
     */
    @Test
    void lostODirectReadShowsTheRequestAndTheParentPtePartingInRed() throws Exception {
        assertEquals(Verdict.VIOLATED, linux2627.verdict());
        TraceStepSelection moment = Seed.firstParting(linux2627)
                .orElseThrow(() -> new AssertionError("no trace where the DMA and P's pte part"));
        panel.show(moment);
        SwtTestSupport.pump(display, 100);
        ImageData shot = SwtTestSupport.screenshot(panel, "mmgraph-lost-odirect-read");
        assertTrue(panel.bannerText().contains("but P.buf[0] pte -> page#"), panel.bannerText());
        List<GraphEdge> red = panel.viewer().getGraph().edges().stream()
                .filter(e -> e.style().equals(EdgeStyle.BUG)).toList();
        assertEquals(2, red.size(), "the DMA edge and P's parted pte: " + red);
        assertTrue(red.stream().anyMatch(e -> e.label().equals("[0] RW, parted from io0")), red.toString());
        assertTrue(red.stream().anyMatch(e -> e.label().equals("DMA, not mapped by owner")), red.toString());
        assertTrue(SwtTestSupport.count(shot, 0xd0, 0x02, 0x1b) > 200, "bug red visible");
    }

    @Test
    void steppingAlongTheTraceHighlightsWhatEachStepChanged() throws Exception {
        Violation v = linux2627.violations().get(0);
        TraceStepSelection initial = new TraceStepSelection(linux2627, v.trace(), -1, Optional.of(v));
        panel.show(initial);
        assertTrue(panel.titleText().endsWith("initial state"), panel.titleText());
        for (int i = 0; i < v.trace().length(); i++) {
            panel.show(initial.at(i));
        }
        SwtTestSupport.pump(display, 100);
        assertTrue(panel.titleText().contains("step " + v.trace().length() + " of " + v.trace().length()),
                panel.titleText());
        assertTrue(panel.bannerText().contains(v.key()), panel.bannerText());
        SwtTestSupport.screenshot(panel, "mmgraph-violation-last-step");
    }
}
