package org.mmrace.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mmrace.core.run.RunResult;
import org.mmrace.ui.graph.internal.compare.ComparePanel;
import org.mmrace.ui.graph.internal.compare.StrategyComparison;

/** The compare editor's content, linux-2.6.27 against the fixes, at 1280x800. */
class ComparePanelTest {

    private static RunResult linux2627;
    private static RunResult brlock;
    private static RunResult linux63;
    private static RunResult forcecow;
    private static RunResult pagelock;

    private Display display;
    private Shell shell;

    @BeforeAll
    static void run() {
        linux2627 = Seed.run("linux-2.6.27");
        brlock = Seed.run("brlock-2008");
        linux63 = Seed.run("linux-6.3");
        forcecow = Seed.run("forcecow-2008");
        pagelock = Seed.run("dio-pagelock-2008");
    }

    @BeforeEach
    void open() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("Compare Strategies");
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1280, 800);
    }

    @AfterEach
    void close() {
        shell.dispose();
        SwtTestSupport.pump(display, 20);
    }

    private ComparePanel panel(RunResult left, RunResult right) {
        ComparePanel panel = new ComparePanel(shell, SWT.NONE, left, right);
        shell.open();
        shell.layout(true, true);
        SwtTestSupport.pump(display, 150);
        return panel;
    }

    /**
     * SEMANTICS: brlock-2008 runs gup_fast under br_read_lock, which fork's check excludes: the seed
     * holds. The verdict row differs, the violations exist on the left only.
     */
    @Test
    void brlockFixShowsAsVerdictDifferencesAndTheOnlyDifferencesFilterKeepsThem() throws Exception {
        ComparePanel panel = panel(linux2627, brlock);
        List<StrategyComparison.Row> rows = new StrategyComparison(linux2627, brlock).rows();
        StrategyComparison.Row verdict = rows.get(0);
        assertEquals("violated", verdict.left());
        assertEquals("holds", verdict.right());
        assertTrue(rows.stream().anyMatch(r -> r.item().equals("violation isolation/wrong cow")
                && r.right().equals("no") && r.left().startsWith("yes")), rows.toString());
        int all = panel.verdictViewer().getTable().getItemCount();
        panel.setOnlyDifferences(true);
        int differing = panel.verdictViewer().getTable().getItemCount();
        assertEquals(rows.stream().filter(StrategyComparison.Row::differs).count(), differing);
        assertTrue(differing < all, differing + " of " + all);
        SwtTestSupport.pump(display, 100);
        SwtTestSupport.screenshot(panel, "compare-linux-2.6.27-brlock-2008");
    }

    /** The traces are aligned row by row; the divergence row is selected and both graphs show it. */
    @Test
    void tracesAreAlignedAtTheFirstDivergingKernelStep() throws Exception {
        ComparePanel panel = panel(linux2627, linux63);
        int divergence = panel.divergence();
        assertTrue(divergence >= 0);
        ComparePanel.AlignedRow selected = (ComparePanel.AlignedRow) panel.traceViewer().getStructuredSelection()
                .getFirstElement();
        assertEquals(divergence, selected.index());
        assertTrue(selected.divergence());
        assertTrue(panel.traceViewer().getTable().getItem(divergence).getText(0).startsWith("\u2260"));
        if (selected.left().isPresent() && selected.right().isPresent()) {
            assertTrue(!selected.left().get().kernelStep().equals(selected.right().get().kernelStep())
                    || !selected.left().get().thread().equals(selected.right().get().thread()));
        }
        assertTrue(panel.leftGraph().titleText().contains("linux-2.6.27"), panel.leftGraph().titleText());
        assertTrue(panel.rightGraph().titleText().contains("linux-6.3"), panel.rightGraph().titleText());
        SwtTestSupport.screenshot(panel, "compare-linux-2.6.27-linux-6.3");
    }

    /** Choosing the wrong-COW trace on the left and stepping to the parting shows the bug there. */
    @Test
    void leftGraphShowsThePartingAtTheWrongCowStep() throws Exception {
        ComparePanel panel = panel(linux2627, linux63);
        List<StrategyComparison.Choice> choices = StrategyComparison.choices(linux2627);
        int wrongCow = 0;
        while (!choices.get(wrongCow).label().startsWith("isolation/wrong cow")) {
            wrongCow++;
        }
        panel.selectTraces(wrongCow, 0);
        int parting = Seed.firstParting(linux2627).orElseThrow().stepIndex();
        Object row = ((List<?>) panel.traceViewer().getInput()).get(parting);
        panel.traceViewer().setSelection(new StructuredSelection(row), true);
        SwtTestSupport.pump(display, 100);
        assertTrue(panel.leftGraph().bannerText().contains("they parted"), panel.leftGraph().bannerText());
        assertEquals("", panel.rightGraph().bannerText());
        SwtTestSupport.screenshot(panel, "compare-linux-2.6.27-linux-6.3-parting");
    }

    private ComparePanel replayed(RunResult left, RunResult right) {
        ComparePanel panel = new ComparePanel(shell, SWT.NONE, left, right, java.util.Optional.of(Seed.spec()));
        shell.open();
        shell.layout(true, true);
        SwtTestSupport.pump(display, 150);
        assertTrue(panel.replayButton().isEnabled(), "a violation is chosen on the left and the scenario is known");
        panel.replay();
        long deadline = System.currentTimeMillis() + 60_000;
        while (panel.replayResult().isEmpty() && System.currentTimeMillis() < deadline) {
            SwtTestSupport.pump(display, 50);
        }
        assertTrue(panel.replayResult().isPresent(), "the replay finished");
        SwtTestSupport.pump(display, 150);
        return panel;
    }

    /**
     * SEMANTICS (as ReplayAcrossStrategiesTest in core): forcecow-2008 runs 2.6.27's pte step, then its
     * check count 3 != mapcount 2 forces the child to COW, as a step of its own. Both lanes mark the
     * departing row: A's copy_one_pte on the left, B's same step on the right, then B's check.
     */
    @Test
    void replayMarksTheDepartingStepInBothLanes() throws Exception {
        ComparePanel panel = replayed(linux2627, forcecow);
        int row = panel.divergence();
        org.eclipse.swt.widgets.TableItem item = panel.traceViewer().getTable().getItem(row);
        assertEquals("\u2260 5", item.getText(0));
        assertTrue(item.getText(1).startsWith("P.forker: copy_one_pte: wrprotect parent pte"), item.getText(1));
        assertTrue(item.getText(2).startsWith("P.forker: copy_one_pte: wrprotect parent pte"), item.getText(2));
        org.eclipse.swt.widgets.TableItem check = panel.traceViewer().getTable().getItem(row + 1);
        assertEquals("", check.getText(1));
        assertTrue(check.getText(2).startsWith("P.forker: copy_one_pte: count 3 != mapcount 2"), check.getText(2));
        ComparePanel.AlignedRow selected = (ComparePanel.AlignedRow) panel.traceViewer().getStructuredSelection()
                .getFirstElement();
        assertEquals(row, selected.index());
        assertTrue(panel.rightGraph().titleText().contains("forcecow-2008"), panel.rightGraph().titleText());
        SwtTestSupport.screenshot(panel, "compare-replay-linux-2.6.27-under-forcecow-2008");
    }

    /** dio-pagelock-2008: fork sleeps on the DIO's locked page; the right lane says what it waits for. */
    @Test
    void replayShowsWhatABlockedThreadWaitsFor() throws Exception {
        ComparePanel panel = replayed(linux2627, pagelock);
        org.eclipse.swt.widgets.TableItem item = panel.traceViewer().getTable().getItem(panel.divergence());
        assertTrue(item.getText(1).startsWith("P.forker: copy_one_pte"), item.getText(1));
        assertEquals("P.forker: blocked, waits for PG_locked(page#1) by io0", item.getText(2));
        assertEquals("\u2260 5", item.getText(0), "A's step number");
        SwtTestSupport.screenshot(panel, "compare-replay-linux-2.6.27-under-dio-pagelock-2008");
    }

    /**
     * At 900 pixels the two lanes share the table's width (no horizontal scrolling past the
     * editor), and the details pane shows the selected row's two steps whole, as the cells cannot.
     */
    @Test
    void laneCellsFitTheEditorAndTheDetailsPaneShowsTheWholeSteps() throws Exception {
        shell.setBounds(0, 0, 900, 720);
        ComparePanel panel = panel(linux2627, linux63);
        org.eclipse.swt.widgets.Table table = panel.traceViewer().getTable();
        int columns = 0;
        for (org.eclipse.swt.widgets.TableColumn c : table.getColumns()) {
            columns += c.getWidth();
        }
        assertTrue(columns <= table.getClientArea().width, columns + " > " + table.getClientArea().width);
        ComparePanel.AlignedRow row = (ComparePanel.AlignedRow) panel.traceViewer().getStructuredSelection()
                .getFirstElement();
        String details = panel.stepDetails();
        assertTrue(details.startsWith("Step " + (row.index() + 1) + " (the kernel paths diverge here)\n"), details);
        row.left().ifPresent(s -> assertTrue(details.contains((s.device() ? "device" : s.thread()) + ": " + s.operation() + "  \u25B8  "
                + s.kernelStep()), details));
        row.right().ifPresent(s -> assertTrue(details.contains(s.kernelStep()), details));
        SwtTestSupport.screenshot(panel, "compare-narrow-details");
    }
}
