package org.mmrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.mmrace.core.spec.SourcePos;
import org.mmrace.core.trace.StateSnapshot;
import org.mmrace.core.trace.Trace;
import org.mmrace.core.trace.TraceStep;
import org.mmrace.ui.internal.results.TraceInput;
import org.mmrace.ui.internal.trace.MmStateView;
import org.mmrace.ui.internal.trace.TraceView;

/** A 10,000-step trace opens and steps without building its rows: the Trace view's table is virtual. */
class TraceScaleTest {

    private static final int STEPS = 10_000;

    @Test
    void aTenThousandStepTraceBuildsOnlyTheRowsOnScreen() {
        StateSnapshot state = new StateSnapshot(
                List.of(new StateSnapshot.Mm("P", "alive", false, 0, List.of(new StateSnapshot.Vma("buf", true, false,
                        true, true, false, false, List.of(new StateSnapshot.Pte(0, true, true, 1)),
                        List.of("AAAAAAAA"))))),
                List.of(new StateSnapshot.Page(1, false, 1, 1, 0, true, false, false, false, false, false, "AAAAAAAA")),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        List<TraceStep> steps = new ArrayList<>();
        for (int i = 0; i < STEPS; i++) {
            boolean device = i % 10 == 9;
            String thread = device ? "device" : i % 2 == 0 ? "P.a" : "P.b";
            steps.add(new TraceStep(i, thread, device, "store buf[0].0 data=B", new SourcePos(5, 3),
                    "do_wp_page: step " + i, List.of(), List.of("page#1 content A->B"), state));
        }
        TraceInput input = new TraceInput(Path.of("/nonexistent/long.race"), "long", "linux-2.6.27",
                "linux-2.6.27 — a long synthetic trace", new Trace(state, steps), Optional.empty(), Optional.empty());
        UiTestSupport.onUi(() -> {
            TraceView view = (TraceView) TestProjects.page().showView(TraceView.ID);
            TestProjects.page().showView(MmStateView.ID, null, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
            view.setLinkWithEditor(false);
            long start = System.nanoTime();
            view.show(input);
            UiTestSupport.processEvents(UiTestSupport.display(), 200);
            long opened = System.nanoTime();
            assertEquals(STEPS, view.viewer().getTable().getItemCount());
            int built = view.rowsBuilt();
            assertTrue(built < 200, "rows built after opening: " + built);
            view.select(STEPS - 1);
            var table = view.viewer().getTable();
            int visible = table.getClientArea().height / table.getItemHeight();
            // the view scrolls in rounds until the row is drawn on screen (GTK estimates row heights):
            // wait for it, up to 3 s (a loaded machine draws slowly)
            long deadline = System.nanoTime() + 3_000_000_000L;
            do {
                UiTestSupport.processEvents(UiTestSupport.display(), 100);
            } while (!(table.getTopIndex() <= STEPS - 1 && table.getTopIndex() + visible > STEPS - 1)
                    && System.nanoTime() < deadline);
            long last = System.nanoTime();
            assertEquals(STEPS - 1, view.selected());
            assertTrue(table.getTopIndex() <= STEPS - 1 && table.getTopIndex() + visible > STEPS - 1,
                    "the last step is on screen: top " + table.getTopIndex() + ", " + visible + " rows visible");
            assertTrue(view.rowsBuilt() - built < 200, "rows built to reach the last step: " + (view.rowsBuilt() - built));
            MmStateView mm = (MmStateView) TestProjects.page().findView(MmStateView.ID);
            assertEquals(STEPS - 1, mm.shown().orElseThrow().index());
            System.out.printf("TraceScaleTest: %,d steps opened in %d ms (%d rows built), last step shown after "
                    + "%d ms more%n", STEPS, (opened - start) / 1_000_000, built, (last - opened) / 1_000_000);
            Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "trace-10000-steps");
            return null;
        });
    }
}
