package org.mmrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.export.c.RealityCheck;
import org.mmrace.export.c.RealityReport;
import org.mmrace.export.c.RealityRunner;
import org.mmrace.lang.ScenarioLoader;
import org.mmrace.ui.internal.reality.RealityJob;
import org.mmrace.ui.internal.reality.RealityView;
import org.mmrace.ui.internal.run.RunOnKernelHandler;

/**
 * Run on This Kernel: a cancellable job; the Reality view shows each outcome seen on this kernel
 * beside the model's column for the strategy of uname -r, and opens the generated C.
 */
class RealityViewTest {
    private static final String SEED = TestProjects.bundleText("templates/seed.race");

    @AfterEach
    void closeEditors() {
        UiTestSupport.onUi(TestProjects::closeEditors);
    }

    private static Path dataDir() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        return java.nio.file.Files.getFileStore(tmp).type().equals("tmpfs") ? Path.of("target").toAbsolutePath() : tmp;
    }

    @Test
    void theViewShowsObservedAgainstAllowedOutcomesAndOpensTheGeneratedC() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(RealityRunner.findGcc().isPresent(), RealityRunner.noGcc());
        IFile file = TestProjects.file("reality", "odirect-fork-writer.race", SEED);
        Path path = file.getLocation().toFile().toPath();
        ScenarioSpec spec = new ScenarioLoader().load(path).spec().orElseThrow();
        UiTestSupport.onUi(() -> TestProjects.open(file));
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        Command command = commands.getCommand(RunOnKernelHandler.COMMAND);
        assertTrue(command.isDefined(), "Run on This Kernel is a command");
        assertTrue(UiTestSupport.onUi(command::isEnabled), "enabled in the scenario editor");

        RealityJob job = UiTestSupport.onUi(() -> RunOnKernelHandler.start(TestProjects.page(), path, spec,
                new RealityRunner.Options(60, Duration.ofSeconds(10), dataDir(), 1)));
        job.join();
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        RealityReport report = job.report().orElseThrow();
        String strategy = RealityCheck.strategyFor(RealityCheck.kernelRelease()).orElseThrow().id();
        assertEquals(strategy, report.strategy());
        assertEquals(RealityReport.Status.AGREES, report.status(), report.toString());
        UiTestSupport.onUi(() -> {
            UiTestSupport.processEvents(UiTestSupport.display(), 300);
            RealityView view = (RealityView) TestProjects.page().findView(RealityView.ID);
            assertTrue(view.headerText().contains("odirect-fork-writer on Linux " + report.kernel() + " as " + strategy
                    + ": agrees (60 runs"), view.headerText());
            List<String> rows = view.shownRows();
            assertEquals(report.seen().size() + report.neverSeen().size(), rows.size(), rows.toString());
            assertTrue(rows.stream().allMatch(r -> r.endsWith("| allowed")), rows.toString());
            assertTrue(rows.get(0).startsWith("P.buf[0].0=D P.buf[0].7=W "), rows.toString());
            Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "reality-view");
            IEditorPart c = view.openGeneratedC(spec).orElseThrow();
            assertEquals("odirect-fork-writer.c", c.getEditorInput().getName());
            UiTestSupport.processEvents(UiTestSupport.display(), 300);
            Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "reality-generated-c");
            return null;
        });
    }

    @Test
    void cancelStopsTheReproducerAtOnceAndLeavesNoProcess() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(RealityRunner.findGcc().isPresent(), RealityRunner.noGcc());
        IFile file = TestProjects.file("reality", "long.race", SEED.replace("scenario odirect-fork-writer",
                "scenario long"));
        Path path = file.getLocation().toFile().toPath();
        ScenarioSpec spec = new ScenarioLoader().load(path).spec().orElseThrow();
        RealityJob job = UiTestSupport.onUi(() -> RunOnKernelHandler.start(TestProjects.page(), path, spec,
                new RealityRunner.Options(1_000_000, Duration.ofSeconds(120), dataDir(), 1)));
        RunAndTraceTest.waitFor(() -> ProcessHandle.current().descendants()
                .filter(p -> p.info().command().orElse("").endsWith("reproducer")).findFirst(), "the reproducer to run");
        Thread.sleep(500);
        long cancelled = System.nanoTime();
        job.cancel();
        job.join();
        long ms = (System.nanoTime() - cancelled) / 1_000_000;
        System.out.printf("RealityViewTest: cancel to stop %d ms%n", ms);
        assertTrue(ms < 5000, "cancel took " + ms + " ms");
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertTrue(job.report().orElseThrow().observed().failure().orElse("").startsWith("cancelled after "),
                job.report().toString());
        Thread.sleep(200);
        assertEquals(0, ProcessHandle.current().descendants()
                .filter(p -> p.info().command().orElse("").endsWith("reproducer")).count(), "a reproducer outlived the job");
    }
}
