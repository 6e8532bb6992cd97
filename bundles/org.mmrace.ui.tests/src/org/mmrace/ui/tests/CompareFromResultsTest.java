package org.mmrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.Explorer;
import org.mmrace.core.run.ProgressListener;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.lang.ScenarioLoader;
import org.mmrace.ui.graph.mm.StrategyCompareInput;
import org.mmrace.ui.internal.core.MmraceUi;
import org.mmrace.ui.internal.core.ScenarioResults;
import org.mmrace.ui.internal.results.ResultMatrix.Row;
import org.mmrace.ui.internal.results.ResultsView;

/** Compare Strategies from the Results view: two selected rows open side by side. */
class CompareFromResultsTest {

    private static final String SEED = TestProjects.bundleText("templates/seed.race");

    @AfterEach
    void closeEditors() {
        UiTestSupport.onUi(TestProjects::closeEditors);
    }

    @Test
    void compareStrategiesIsEnabledForExactlyTwoRowsAndOpensTheCompareEditorOnTheirRuns() {
        IFile file = TestProjects.file("compare", "odirect-fork-writer.race", SEED);
        Path path = file.getLocation().toFile().toPath();
        ScenarioSpec spec = new ScenarioLoader().load(path).spec().orElseThrow();
        List<RunResult> runs = List.of("linux-2.6.27", "brlock-2008", "linux-5.8").stream()
                .map(s -> Explorer.explore(spec, s, ExploreOptions.defaults(), ProgressListener.NONE,
                        CancellationToken.none()))
                .toList();
        MmraceUi.get().results().publish(new ScenarioResults(path, spec.name(), Map.of(), runs, Optional.empty()));

        UiTestSupport.onUi(() -> {
            ResultsView view = (ResultsView) TestProjects.page().showView(ResultsView.ID);
            view.show(MmraceUi.get().results().get(path).orElseThrow());
            UiTestSupport.processEvents(UiTestSupport.display(), 300);
            List<Row> rows = view.matrix().rows();
            assertEquals(3, rows.size());
            assertFalse(view.compareAction().isEnabled(), "nothing selected");

            view.viewer().setSelection(new StructuredSelection(rows.get(0)));
            assertFalse(view.compareAction().isEnabled(), "one row is not a comparison");
            view.viewer().setSelection(new StructuredSelection(rows));
            assertFalse(view.compareAction().isEnabled(), "three rows: which two?");
            view.viewer().setSelection(new StructuredSelection(List.of(rows.get(0), rows.get(1))));
            assertTrue(view.compareAction().isEnabled());
            assertEquals(2, view.viewer().getTable().getSelectionCount(), "the table selects several rows");
            assertTrue(menuHasCompare(view), "the context menu offers Compare Strategies");

            view.compareAction().run();
            UiTestSupport.processEvents(UiTestSupport.display(), 500);
            IEditorPart editor = TestProjects.page().getActiveEditor();
            StrategyCompareInput input = assertInstanceOf(StrategyCompareInput.class, editor.getEditorInput());
            assertEquals(rows.get(0).strategy(), input.left().strategy());
            assertEquals(rows.get(1).strategy(), input.right().strategy());
            assertTrue(input.left() == runs.stream().filter(r -> r.strategy().equals(rows.get(0).strategy()))
                    .findFirst().orElseThrow(), "the view's own run, not a new one");
            Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                    "compare-from-results-view");
            return null;
        });
    }

    @Test
    void compareWithEachOtherOnTwoResultFilesOpensTheCompareEditorOnARunOfEach() throws Exception {
        IFile scenario = TestProjects.file("compare-files", "odirect-fork-writer.race", SEED);
        Path path = scenario.getLocation().toFile().toPath();
        ScenarioSpec spec = new ScenarioLoader().load(path).spec().orElseThrow();
        IFile old = resultFile("old-kernel.raceresult", spec, "linux-2.6.27");
        IFile fixed = resultFile("fixed-kernel.raceresult", spec, "brlock-2008");

        UiTestSupport.onUi(() -> {
            org.eclipse.ui.navigator.CommonNavigator explorer = (org.eclipse.ui.navigator.CommonNavigator) TestProjects
                    .page().showView(org.eclipse.ui.IPageLayout.ID_PROJECT_EXPLORER);
            explorer.getCommonViewer().expandAll();
            explorer.getCommonViewer().setSelection(new StructuredSelection(List.of(old, fixed)), true);
            UiTestSupport.processEvents(UiTestSupport.display(), 300);
            org.eclipse.ui.handlers.IHandlerService handlers = explorer.getSite()
                    .getService(org.eclipse.ui.handlers.IHandlerService.class);
            handlers.executeCommand("org.mmrace.ui.commands.compareResultFiles", null);
            UiTestSupport.processEvents(UiTestSupport.display(), 500);
            IEditorPart editor = TestProjects.page().getActiveEditor();
            StrategyCompareInput input = assertInstanceOf(StrategyCompareInput.class, editor.getEditorInput());
            // In the Project Explorer's order: fixed-kernel.raceresult before old-kernel.raceresult.
            assertEquals(List.of("brlock-2008", "linux-2.6.27"),
                    List.of(input.left().strategy(), input.right().strategy()));
            // Read back from the files with their traces: 2.6.27's counterexample is there, brlock holds.
            assertTrue(input.left().violations().isEmpty());
            assertFalse(input.right().violations().isEmpty());
            assertFalse(input.right().violations().get(0).trace().steps().isEmpty());
            Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                    "compare-with-each-other");
            return null;
        });
    }

    /** A saved result of one strategy's run, as Run Scenario writes it, in the project. */
    private static IFile resultFile(String name, ScenarioSpec spec, String strategy) throws Exception {
        RunResult run = Explorer.explore(spec, strategy, ExploreOptions.defaults(), ProgressListener.NONE,
                CancellationToken.none());
        Path tmp = java.nio.file.Files.createTempDirectory("mmrace-compare").resolve(name);
        org.mmrace.model.ResultFiles.save(org.mmrace.core.emf.ResultXmi.toEmf("odirect-fork-writer.race",
                spec.name(), List.of(run), Map.of()), tmp);
        return TestProjects.file("compare-files", name, java.nio.file.Files.readString(tmp));
    }

    /** SWT fills a context menu when it is shown; show it once to read its items. */
    private static boolean menuHasCompare(ResultsView view) {
        org.eclipse.swt.widgets.Menu menu = view.viewer().getTable().getMenu();
        if (menu == null) {
            return false;
        }
        menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
        boolean found = List.of(menu.getItems()).stream().anyMatch(i -> i.getText().contains("Compare Strategies"));
        menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
        return found;
    }
}
