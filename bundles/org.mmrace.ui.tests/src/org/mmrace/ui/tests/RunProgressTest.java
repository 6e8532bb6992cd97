package org.mmrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.mmrace.core.bench.Family;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.ui.internal.core.MmraceUi;
import org.mmrace.ui.internal.results.ResultsView;
import org.mmrace.ui.internal.run.ScenarioRunJob;

/**
 * A run of more than a second fills the Results view's progress table, one row per report (distinct
 * states, states/s, queue, depth, pruned), and plots the chosen column over time.
 */
class RunProgressTest {

    @Test
    void aLongRunFillsTheProgressTableAndItsPlot() throws Exception {
        Path dir = Files.createTempDirectory("mmrace-progress");
        Path file = dir.resolve("seed-w2-p2-f2.race");
        Files.writeString(file, "scenario seed-w2-p2-f2\n");
        // the bench family's 2/2/2 member: about 1.7 M states, seconds even on a quiet machine
        ScenarioRunJob job = new ScenarioRunJob(file, Optional.empty(), Family.scenario(2, 2, 2),
                List.of("linux-2.6.27"), new ExploreOptions(5_000_000, Duration.ofMinutes(5), 1).withReduction(false));
        job.schedule();
        RunAndTraceTest.waitFor(() -> MmraceUi.get().progress().samples().size() >= 3 ? Optional.of(true)
                : Optional.empty(), "three progress reports");
        job.join();
        UiTestSupport.onUi(() -> {
            ResultsView view = (ResultsView) TestProjects.page().showView(ResultsView.ID);
            UiTestSupport.processEvents(UiTestSupport.display(), 300);
            assertTrue(view.progressRows() >= 3, "rows: " + view.progressRows());
            view.plotProgress(0);
            Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "results-progress");
            view.plotProgress(1);
            Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "results-progress-rate");
            return null;
        });
    }
}
