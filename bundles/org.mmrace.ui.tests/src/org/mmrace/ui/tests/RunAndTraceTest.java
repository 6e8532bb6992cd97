package org.mmrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mmrace.ui.internal.core.MmraceUi;
import org.mmrace.ui.internal.core.ScenarioResults;
import org.mmrace.ui.internal.editor.RaceEditor;
import org.mmrace.ui.internal.results.ResultMatrix;
import org.mmrace.ui.internal.results.ResultMatrix.Row;
import org.mmrace.ui.internal.results.ResultsView;
import org.mmrace.ui.internal.results.SavedResults;
import org.mmrace.ui.internal.run.StrategySelectionDialog;
import org.mmrace.ui.internal.trace.MmStateView;
import org.mmrace.ui.internal.trace.StepRef;
import org.mmrace.ui.internal.trace.TraceView;

class RunAndTraceTest {

    private static final String SEED = TestProjects.bundleText("templates/seed.race");

    @AfterEach
    void closeEditors() {
        UiTestSupport.onUi(TestProjects::closeEditors);
    }

    @Test
    void seedScenarioIsViolatedUnderLinux2627AndHoldsUnderBrlock2008AndItsTraceCanBeSteppedThrough()
            throws Exception {
        IFile file = TestProjects.file("run", "odirect-fork-writer.race", SEED);
        Path path = file.getLocation().toFile().toPath();
        Path resultFile = path.resolveSibling("odirect-fork-writer.raceresult");
        Files.deleteIfExists(resultFile);
        RaceEditor editor = UiTestSupport.onUi(() -> assertInstanceOf(RaceEditor.class, TestProjects.open(file)));

        // Run Scenario, as Ctrl+F11 does: the strategy dialog opens.
        UiTestSupport.display().asyncExec(() -> {
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class)
                        .executeCommand("org.mmrace.ui.commands.runScenario", null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        StrategySelectionDialog dialog = waitFor(() -> {
            for (Shell shell : UiTestSupport.display().getShells()) {
                if (shell.getData() instanceof StrategySelectionDialog d && shell.isVisible()) {
                    return Optional.of(d);
                }
            }
            return Optional.empty();
        }, "the Run Scenario dialog");
        UiTestSupport.onUi(() -> {
            List<?> choices = (List<?>) dialog.viewer().getInput();
            assertEquals(17, choices.size(), "the 17 built-in strategies are offered");
            dialog.viewer().setAllChecked(false);
            for (Object c : choices) {
                String id = ((StrategySelectionDialog.Choice) c).id();
                dialog.viewer().setChecked(c, id.equals("linux-2.6.27") || id.equals("brlock-2008"));
            }
            Screenshots.save(dialog.getShell(), "run-strategy-dialog");
            press(dialog.getShell(), "&Run");
        });

        ScenarioResults results = waitFor(() -> MmraceUi.get().results().get(path)
                .filter(r -> r.running().isEmpty() && r.results().size() == 2), "the run to finish");
        waitFor(() -> Files.exists(resultFile) ? Optional.of(true) : Optional.empty(), "the saved .raceresult");

        UiTestSupport.onUi(() -> {
            ResultsView view = (ResultsView) TestProjects.page().showView(ResultsView.ID);
            UiTestSupport.processEvents(UiTestSupport.display(), 300);
            ResultMatrix matrix = view.matrix();
            Row linux = row(matrix, "linux-2.6.27");
            Row brlock = row(matrix, "brlock-2008");
            // SEMANTICS: under 2.6.27 fork write-protects the page under O_DIRECT; the writer's fault copies it
            // for the parent and the DMA lands in the child's page: isolation and the require fail.
            assertEquals("violated", linux.verdict().text());
            assertEquals(ResultMatrix.Status.FAIL, linux.cells().get(0).status(), "require P.buf[0].0 == D");
            // brlock-2008: fork copies for the child when count != mapcount, so the parent keeps the DMA page.
            assertEquals("holds", brlock.verdict().text());
            assertFalse(linux.verdict().marked() || brlock.verdict().marked(), "both as the file expects");
            Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "results-view");

            // Double-click the verdict of linux-2.6.27: its counterexample opens in the Trace view.
            Table table = view.viewer().getTable();
            int index = matrix.rows().indexOf(linux);
            Rectangle cell = table.getItem(index).getBounds(1);
            Event click = new Event();
            click.x = cell.x + 5;
            click.y = cell.y + cell.height / 2;
            click.button = 1;
            table.notifyListeners(SWT.MouseDoubleClick, click);
            UiTestSupport.processEvents(UiTestSupport.display(), 300);

            TraceView trace = (TraceView) TestProjects.page().findView(TraceView.ID);
            assertNotNull(trace, "the Trace view opened");
            assertEquals("linux-2.6.27", trace.input().orElseThrow().strategy());
            int steps = trace.input().get().trace().length();
            assertEquals(steps, trace.viewer().getTable().getItemCount());
            assertEquals(0, trace.selected(), "the first step is selected");

            // Step to the fork's first kernel step: the MM State shows the state after it, linked to the editor.
            int forkStep = stepOf(trace, "P.forker");
            trace.select(forkStep);
            UiTestSupport.processEvents(UiTestSupport.display(), 600);
            MmStateView mm = (MmStateView) TestProjects.page().findView(MmStateView.ID);
            assertNotNull(mm, "the MM State view opened");
            StepRef shown = mm.shown().orElseThrow();
            assertEquals(forkStep, shown.index());
            ITextSelection sel = (ITextSelection) editor.sourceEditor().getSelectionProvider().getSelection();
            assertEquals("fork C", sel.getText(), "link with editor selects the step's operation");
            Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "trace-view");

            String diagram = trace.copyPatchDiagram();
            assertTrue(diagram.lines().allMatch(l -> l.length() <= 75), diagram);
            assertTrue(diagram.contains("P.forker") || diagram.contains("CPU"), diagram);

            trace.select(steps - 1);
            UiTestSupport.processEvents(UiTestSupport.display(), 600);
            assertEquals(steps - 1, mm.shown().orElseThrow().index());
            mm.setOnlyChanged(true);
            UiTestSupport.processEvents(UiTestSupport.display(), 300);
            Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "trace-last-step-changed");
            mm.setOnlyChanged(false);
            return null;
        });

        // The saved file gives back the same matrix (what a restart shows).
        ScenarioResults reloaded = SavedResults.publish(resultFile);
        ResultMatrix before = ResultMatrix.of(results);
        ResultMatrix after = ResultMatrix.of(reloaded);
        assertEquals(before.rows().stream().map(r -> r.strategy() + " " + r.verdict().text()).toList(),
                after.rows().stream().map(r -> r.strategy() + " " + r.verdict().text()).toList());
        assertEquals(before.rows().get(0).cells().stream().map(c -> c.text()).toList(),
                after.rows().get(0).cells().stream().map(c -> c.text()).toList());
        assertEquals(traceLengths(results), traceLengths(reloaded), "every counterexample is saved whole");
    }

    private static List<Integer> traceLengths(ScenarioResults r) {
        return r.results().stream().flatMap(x -> x.violations().stream()).map(v -> v.trace().length()).sorted()
                .toList();
    }

    private static Row row(ResultMatrix m, String strategy) {
        return m.rows().stream().filter(r -> r.strategy().equals(strategy)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + strategy));
    }

    private static int stepOf(TraceView trace, String thread) {
        var steps = trace.input().orElseThrow().trace().steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).thread().equals(thread)) {
                return i;
            }
        }
        throw new AssertionError("no step of " + thread);
    }

    static void press(Composite parent, String label) {
        Button b = find(parent, label);
        assertNotNull(b, "no button " + label);
        b.notifyListeners(SWT.Selection, new Event());
    }

    private static Button find(Control c, String label) {
        if (c instanceof Button b && label.equals(b.getText())) {
            return b;
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                Button b = find(child, label);
                if (b != null) {
                    return b;
                }
            }
        }
        return null;
    }

    /** Polls (from the test thread) for up to a minute. */
    static <T> T waitFor(java.util.function.Supplier<Optional<T>> probe, String what) {
        for (int i = 0; i < 600; i++) {
            Optional<T> v = UiTestSupport.onUi(probe::get);
            if (v.isPresent()) {
                return v.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    static IWorkbenchPage page() {
        return TestProjects.page();
    }
}
