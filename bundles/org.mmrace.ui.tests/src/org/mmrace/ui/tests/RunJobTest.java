package org.mmrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.Verdict;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.lang.ScenarioLoader;
import org.mmrace.ui.internal.core.MmraceUi;
import org.mmrace.ui.internal.core.ScenarioResults;
import org.mmrace.ui.internal.run.ScenarioRunJob;

/** Runs queue one after another, and Cancel ends a long run at once with an incomplete verdict. */
class RunJobTest {

    /** Five writers and a forker on one page: far more interleavings than a test can wait for. */
    private static final String BIG = """
            scenario big
            process P
            map P.buf anon private rw pages=1 fill=A
            thread P.dio
              dio_read buf[0].0 data=D
            thread P.w1
              store buf[0].1 data=B
              store buf[0].1 data=C
              store buf[0].1 data=E
            thread P.w2
              store buf[0].2 data=B
              store buf[0].2 data=C
              store buf[0].2 data=E
            thread P.w3
              store buf[0].3 data=B
              store buf[0].3 data=C
              store buf[0].3 data=E
            thread P.w4
              store buf[0].4 data=B
              store buf[0].4 data=C
              store buf[0].4 data=E
            thread P.forker
              fork C
              fork C2
            require P.buf[0].0 == D
            """;

    @Test
    void aSecondRunWaitsForTheFirstAndCancelStopsTheFirstAtOnce() throws Exception {
        IFile bigFile = TestProjects.file("jobs", "big.race", BIG);
        IFile seedFile = TestProjects.file("jobs", "seed.race", TestProjects.bundleText("templates/seed.race"));
        ScenarioRunJob big = job(bigFile, List.of("linux-2.6.27"));
        ScenarioRunJob seed = job(seedFile, List.of("linux-2.6.27"));
        big.schedule();
        Thread.sleep(300);
        seed.schedule();
        RunAndTraceTest.waitFor(() -> MmraceUi.get().results().get(path(bigFile))
                .flatMap(ScenarioResults::running), "the big run to start");
        Thread.sleep(1500);
        assertEquals(Job.RUNNING, big.getState(), "the big scenario is still exploring");
        assertNotEquals(Job.RUNNING, seed.getState(), "the second run waits for the first");
        UiTestSupport.onUi(() -> {
            TestProjects.page().showView("org.eclipse.ui.views.ProgressView");
            UiTestSupport.processEvents(UiTestSupport.display(), 600);
            Screenshots.save(org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                    "progress-view");
            return null;
        });

        long cancelled = System.nanoTime();
        big.cancel();
        big.join();
        long stopped = System.nanoTime();
        ScenarioResults bigResults = MmraceUi.get().results().get(path(bigFile)).orElseThrow();
        assertEquals(Verdict.INCOMPLETE, bigResults.results().get(0).verdict());
        assertEquals(org.eclipse.core.runtime.IStatus.CANCEL, big.getResult().getSeverity(), big.getResult().toString());
        System.out.printf("RunJobTest: cancel to stop %d ms%n", (stopped - cancelled) / 1_000_000);
        assertTrue(stopped - cancelled < Duration.ofSeconds(5).toNanos(), "cancel took "
                + (stopped - cancelled) / 1_000_000 + " ms");

        seed.join();
        assertTrue(seed.getResult().isOK(), seed.getResult().toString());
        ScenarioResults seedResults = MmraceUi.get().results().get(path(seedFile)).orElseThrow();
        // SEMANTICS: the 2008 race; linux-2.6.27 write-protects the DMA page at fork, so the read is lost.
        assertEquals(Verdict.VIOLATED, seedResults.results().get(0).verdict());
    }

    private static Path path(IFile file) {
        return file.getLocation().toFile().toPath();
    }

    private static ScenarioRunJob job(IFile file, List<String> strategies) {
        ScenarioSpec spec = new ScenarioLoader().load(path(file)).spec().orElseThrow();
        return new ScenarioRunJob(path(file), Optional.of(file), spec, strategies,
                new ExploreOptions(2_000_000_000L, Duration.ofMinutes(30), 2));
    }
}
