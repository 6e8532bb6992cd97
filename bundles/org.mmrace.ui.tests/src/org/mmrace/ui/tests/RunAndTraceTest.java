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
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.jface.viewers.StructuredSelection;
import org.mmrace.core.trace.TraceStep;
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
import org.mmrace.ui.internal.trace.MmTree;
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

            // The details pane gives the whole step the lane cell may cut off; the lanes fit the view.
            TraceStep forkFirst = trace.input().get().trace().steps().get(forkStep);
            assertTrue(trace.details().startsWith("Step " + (forkStep + 1) + " of " + steps + "  P.forker: fork C  (line "
                    + forkFirst.operationPos().line() + ")\n" + forkFirst.kernelStep() + "\n"), trace.details());
            int widths = 0;
            for (org.eclipse.swt.widgets.TableColumn c : trace.viewer().getTable().getColumns()) {
                widths += c.getWidth();
            }
            assertTrue(widths <= trace.viewer().getTable().getClientArea().width, widths + " wider than the view");

            // "When does P's pte change?": select it and jump to the next step that changes it. SEMANTICS:
            // under 2.6.27 fork's copy_one_pte write-protects the parent's pte (ptep_set_wrprotect, mm/memory.c).
            TreeItem pte = item(mm.viewer().getTree().getItems(), "pte [0]");
            mm.viewer().setSelection(new StructuredSelection(pte.getData()), true);
            int next = mm.jumpToChange(1).orElseThrow(() -> new AssertionError(mm.lastStatus()));
            assertTrue(next > forkStep);
            var all = trace.input().get().trace();
            for (int i = forkStep + 1; i < next; i++) {
                StepRef r = new StepRef(trace.input().get(), i);
                assertFalse(MmTree.changes(r.before(), r.step().after(), "pte:P.buf[0]"), "step " + (i + 1));
            }
            assertEquals(next, trace.selected(), "the Trace view follows");
            assertEquals(next, mm.shown().orElseThrow().index());
            MmTree.Node pteNode = (MmTree.Node) mm.viewer().getStructuredSelection().getFirstElement();
            assertEquals("pte:P.buf[0]", pteNode.id(), "the pte stays selected");
            assertTrue(pteNode.detail().startsWith("ro -> page#"), pteNode.detail());
            assertTrue(pteNode.before().orElseThrow().startsWith("rw -> page#"), pteNode.before().toString());
            assertTrue(all.steps().get(next).thread().equals("P.forker"), "fork write-protects it");

            // A released lock shows as gone (the Toolbox shows deleted values too).
            int release = -1;
            for (int i = 1; i < all.length() && release < 0; i++) {
                if (!all.steps().get(i).locksHeld().containsAll(all.steps().get(i - 1).locksHeld())) {
                    release = i;
                }
            }
            assertTrue(release > 0, "some step releases a lock");
            StepRef released = new StepRef(trace.input().get(), release);
            assertTrue(flat(MmTree.of(released.before(), released.step().after())).stream()
                    .anyMatch(n -> n.removed() && n.id().startsWith("lock:")), "the lock is shown gone");
            // The Trace view colours the Locks held cell of that step, and not of a step that keeps the locks.
            Table stepTable = trace.viewer().getTable();
            int locksColumn = stepTable.getColumnCount() - 1;
            trace.select(release);
            UiTestSupport.processEvents(UiTestSupport.display(), 200);
            org.eclipse.swt.graphics.Color changedLocks = stepTable.getItem(release).getBackground(locksColumn);
            int same = -1;
            for (int i = 1; i < all.length() && same < 0; i++) {
                if (all.steps().get(i).locksHeld().equals(all.steps().get(i - 1).locksHeld())) {
                    same = i;
                }
            }
            assertTrue(same > 0, "some step keeps the locks of the step before");
            trace.select(same);
            UiTestSupport.processEvents(UiTestSupport.display(), 200);
            assertFalse(changedLocks.equals(stepTable.getItem(same).getBackground(locksColumn)),
                    "a step that releases a lock is coloured, one that keeps them is not");

            String diagram = trace.copyPatchDiagram();
            assertTrue(diagram.lines().allMatch(l -> l.length() <= 75), diagram);
            assertTrue(diagram.contains("P.forker") || diagram.contains("CPU"), diagram);

            trace.select(steps - 1);
            UiTestSupport.processEvents(UiTestSupport.display(), 600);
            assertEquals(steps - 1, mm.shown().orElseThrow().index());
            int everything = visibleItems(mm.viewer().getTree().getItems()).size();
            mm.setOnlyChanged(true);
            UiTestSupport.processEvents(UiTestSupport.display(), 300);
            // "Only changed" is recursive: a changed leaf keeps its parents, everything shown changed or holds a change.
            List<TreeItem> shownItems = visibleItems(mm.viewer().getTree().getItems());
            assertTrue(shownItems.size() < everything, shownItems.size() + " of " + everything);
            assertTrue(shownItems.stream().allMatch(i -> ((MmTree.Node) i.getData()).changedHere()));
            assertTrue(shownItems.stream().anyMatch(i -> i.getParentItem() != null
                    && i.getParentItem().getParentItem() != null && ((MmTree.Node) i.getData()).changed()
                    && !((MmTree.Node) i.getParentItem().getData()).changed()),
                    "a changed element two levels down shows under its unchanged parents");
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

    private static List<TreeItem> visibleItems(TreeItem[] items) {
        List<TreeItem> out = new java.util.ArrayList<>();
        for (TreeItem i : items) {
            out.add(i);
            if (i.getExpanded()) {
                out.addAll(visibleItems(i.getItems()));
            }
        }
        return out;
    }

    private static TreeItem item(TreeItem[] items, String label) {
        for (TreeItem i : items) {
            if (i.getText(0).equals(label)) {
                return i;
            }
            i.setExpanded(true);
            TreeItem below = item(i.getItems(), label);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    private static List<MmTree.Node> flat(List<MmTree.Node> nodes) {
        List<MmTree.Node> out = new java.util.ArrayList<>();
        for (MmTree.Node n : nodes) {
            out.add(n);
            out.addAll(flat(n.children()));
        }
        return out;
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
