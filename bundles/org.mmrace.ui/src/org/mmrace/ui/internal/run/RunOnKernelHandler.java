package org.mmrace.ui.internal.run;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.export.c.RealityRunner;
import org.mmrace.lang.LoadedScenario;
import org.mmrace.lang.ScenarioLoader;
import org.mmrace.ui.internal.core.ScenarioResults;
import org.mmrace.ui.internal.reality.RealityJob;
import org.mmrace.ui.internal.reality.RealityView;
import org.mmrace.ui.internal.results.ResultsView;

/**
 * Run on This Kernel (Run menu, editor context menu, Results view toolbar): the scenario of the
 * active editor, of the selected .race file, or the one the Results view shows, run as its C
 * reproducer on this machine and compared with the model (a {@link RealityJob}); the
 * {@link RealityView} shows the outcome.
 */
public final class RunOnKernelHandler extends AbstractHandler {
    public static final String COMMAND = "org.mmrace.ui.commands.runOnKernel";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        Optional<Path> file = RunScenarioHandler.target(part, HandlerUtil.getCurrentSelection(event),
                HandlerUtil.getActiveEditor(event)).map(t -> {
                    t.editor().filter(e -> e.isDirty()).ifPresent(e -> page.saveEditor(e, false));
                    return t.path();
                });
        if (part instanceof ResultsView results) {
            file = results.shown().map(ScenarioResults::scenarioFile);
        }
        if (file.isEmpty()) {
            MessageDialog.openInformation(shell, "Run on This Kernel",
                    "Open a scenario (.race file) in the editor, select one, or run one first, then run it on this kernel.");
            return null;
        }
        LoadedScenario loaded = new ScenarioLoader().load(file.get());
        if (loaded.spec().isEmpty()) {
            MessageDialog.openError(shell, "Run on This Kernel", "'" + file.get().getFileName()
                    + "' has errors (see the Problems view); fix them first.");
            return null;
        }
        try {
            start(page, file.get(), loaded.spec().get(), RealityJob.defaultOptions());
        } catch (PartInitException e) {
            throw new ExecutionException("cannot show the Reality view", e);
        }
        return null;
    }

    /** Shows the Reality view and schedules the check; returns the job. */
    public static RealityJob start(IWorkbenchPage page, Path file, ScenarioSpec spec, RealityRunner.Options options)
            throws PartInitException {
        RealityView view = (RealityView) page.showView(RealityView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        view.running(spec);
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        RealityJob job = new RealityJob(file, spec, options,
                report -> display.asyncExec(() -> view.show(spec, report)));
        job.schedule();
        return job;
    }
}
