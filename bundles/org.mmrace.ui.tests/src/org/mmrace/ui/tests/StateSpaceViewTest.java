package org.mmrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IWorkbenchPage;
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
import org.mmrace.ui.graph.internal.views.StateSpaceView;
import org.mmrace.ui.internal.core.MmraceUi;
import org.mmrace.ui.internal.core.ScenarioResults;
import org.mmrace.ui.internal.results.TraceInput;
import org.mmrace.ui.internal.trace.TraceView;

/** The State Space view follows the Trace view: it explores the run's scenario again and draws every state. */
class StateSpaceViewTest {

    private static final String SEED = TestProjects.bundleText("templates/seed.race");

    @AfterEach
    void closeEditors() {
        UiTestSupport.onUi(TestProjects::closeEditors);
    }

    @Test
    void selectingATraceStepDrawsTheWholeStateGraphOfItsRunInAJob() {
        IFile file = TestProjects.file("statespace", "odirect-fork-writer.race", SEED);
        Path path = file.getLocation().toFile().toPath();
        ScenarioSpec spec = new ScenarioLoader().load(path).spec().orElseThrow();
        RunResult run = Explorer.explore(spec, "linux-2.6.27", ExploreOptions.defaults(), ProgressListener.NONE,
                CancellationToken.none());
        MmraceUi.get().results().publish(new ScenarioResults(path, spec.name(), Map.of(), java.util.List.of(run),
                Optional.empty()));

        StateSpaceView view = UiTestSupport.onUi(() -> {
            StateSpaceView v = (StateSpaceView) TestProjects.page().showView(StateSpaceView.ID, null,
                    IWorkbenchPage.VIEW_VISIBLE);
            TraceView trace = (TraceView) TestProjects.page().showView(TraceView.ID);
            trace.show(TraceInput.of(path, run, run.violations().get(0)));
            trace.select(2);
            return v;
        });
        long deadline = System.currentTimeMillis() + 20_000;
        while (UiTestSupport.onUi(() -> view.panel().drawing().isEmpty()) && System.currentTimeMillis() < deadline) {
            UiTestSupport.onUi(() -> UiTestSupport.processEvents(UiTestSupport.display(), 100));
        }
        UiTestSupport.onUi(() -> {
            assertTrue(view.panel().drawing().isPresent(), view.panel().summaryText());
            // Every distinct state the run explored is drawn, not only those its traces pass through.
            assertEquals(run.stats().distinct(), view.panel().viewer().getGraph().nodes().size());
            assertTrue(view.panel().summaryText().startsWith(run.stats().distinct() + " distinct states"),
                    view.panel().summaryText());
            TestProjects.page().activate(view);
            UiTestSupport.processEvents(UiTestSupport.display(), 300);
            Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "statespace-view");
        });
    }
}
