package org.mmrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mmrace.core.emf.ResultXmi;
import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.Explorer;
import org.mmrace.core.run.ProgressListener;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Violation;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.export.graph.GraphExporter;
import org.mmrace.lang.ScenarioLoader;
import org.mmrace.model.ResultFiles;
import org.mmrace.ui.graph.internal.views.MmGraphPanel;
import org.mmrace.ui.graph.mm.TraceStepSelection;
import org.mmrace.ui.internal.core.ScenarioResults;
import org.mmrace.ui.internal.results.SavedResults;
import org.mmrace.ui.internal.results.TraceInput;
import org.mmrace.ui.internal.trace.MmStateView;
import org.mmrace.ui.internal.trace.TraceView;

/**
 * A reopened .raceresult shows in the Trace, MM State and MM graph views exactly what the fresh run
 * showed: every row of the Trace view, every line of the MM State tree and every node and edge of the
 * MM graph, at every step of every counterexample.
 */
class ReopenedResultsTest {

    private static final String SEED = TestProjects.bundleText("templates/seed.race");

    @AfterEach
    void closeEditors() {
        UiTestSupport.onUi(TestProjects::closeEditors);
    }

    @Test
    void traceMmStateAndGraphViewsShowTheSameForAFreshAndAReopenedResult() throws Exception {
        IFile file = TestProjects.file("reopen", "odirect-fork-writer.race", SEED);
        Path path = file.getLocation().toFile().toPath();
        ScenarioSpec spec = new ScenarioLoader().load(path).spec().orElseThrow();
        List<RunResult> runs = List.of("linux-2.6.27", "forcecow-2008").stream()
                .map(s -> Explorer.explore(spec, s, ExploreOptions.defaults(), ProgressListener.NONE,
                        CancellationToken.none()))
                .toList();
        Path saved = path.resolveSibling("odirect-fork-writer.raceresult");
        ResultFiles.save(ResultXmi.toEmf("odirect-fork-writer.race", spec.name(), runs, Map.of()), saved);
        ScenarioResults reopened = SavedResults.publish(saved);
        assertEquals(runs, reopened.results(), "the reopened records equal the run's");

        List<String> fresh = UiTestSupport.onUi(() -> shown(path, runs, "fresh"));
        List<String> again = UiTestSupport.onUi(() -> shown(path, reopened.results(), "reopened"));
        assertFalse(fresh.isEmpty());
        for (int i = 0; i < Math.min(fresh.size(), again.size()); i++) {
            assertEquals(fresh.get(i), again.get(i), "line " + i);
        }
        assertEquals(fresh.size(), again.size());
    }

    /** What the three views show at every step of every violation of the runs, line by line. */
    private static List<String> shown(Path path, List<RunResult> runs, String name) throws Exception {
        TraceView trace = (TraceView) TestProjects.page().showView(TraceView.ID);
        MmStateView mm = (MmStateView) TestProjects.page().showView(MmStateView.ID);
        List<String> lines = new ArrayList<>();
        for (RunResult r : runs) {
            for (Violation v : r.violations()) {
                trace.show(TraceInput.of(path, r, v));
                UiTestSupport.processEvents(UiTestSupport.display(), 100);
                for (int step = 0; step < v.trace().length(); step++) {
                    trace.select(step);
                    // the MM State view follows the Trace view's selection: wait until it shows this step
                    long deadline = System.currentTimeMillis() + 5_000;
                    do {
                        UiTestSupport.processEvents(UiTestSupport.display(), 20);
                    } while (mm.shown().map(ref -> ref.index()).orElse(-1) != step
                            && System.currentTimeMillis() < deadline);
                    assertEquals(step, mm.shown().orElseThrow().index(), "the MM State view shows the step");
                    String where = r.strategy() + " " + v.key() + " step " + (step + 1) + ": ";
                    Table table = trace.viewer().getTable();
                    TableItem item = table.getItem(step);
                    for (int c = 0; c < table.getColumnCount(); c++) {
                        lines.add(where + "trace " + item.getText(c));
                    }
                    mm.viewer().expandAll();
                    for (TreeItem t : mm.viewer().getTree().getItems()) {
                        tree(t, where + "mm ", mm.viewer().getTree().getColumnCount(), lines);
                    }
                    TraceStepSelection selection = new TraceStepSelection(r, v.trace(), step,
                            java.util.Optional.of(v));
                    lines.add(where + "graph " + MmGraphPanel.bannerText(selection));
                    lines.add(where + "graph " + new GraphExporter().dot(MmGraphPanel.graph(selection)));
                }
            }
        }
        Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "trace-" + name);
        return lines;
    }

    private static void tree(TreeItem item, String prefix, int columns, List<String> lines) {
        StringBuilder b = new StringBuilder(prefix);
        for (int c = 0; c < Math.max(1, columns); c++) {
            b.append(item.getText(c)).append(" | ");
        }
        lines.add(b.toString());
        for (TreeItem child : item.getItems()) {
            tree(child, prefix + "  ", columns, lines);
        }
    }
}
