package org.mmrace.ui.graph.internal.actions;

import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.Explorer;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Verdict;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.lang.LoadedScenario;
import org.mmrace.lang.ScenarioLoader;
import org.mmrace.ui.graph.internal.compare.CompareStrategiesDialog;
import org.mmrace.ui.graph.mm.StrategyCompareInput;

/**
 * Compare Strategies… on a .race file: asks for two strategies, runs the engine under both in a
 * cancellable job with progress, and opens the compare editor.
 */
public final class CompareStrategiesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        Optional<IFile> file = Optional.ofNullable(HandlerUtil.getCurrentStructuredSelection(event).getFirstElement())
                .map(o -> Adapters.adapt(o, IFile.class));
        if (file.isEmpty() || file.get().getLocation() == null) {
            return null;
        }
        LoadedScenario loaded = new ScenarioLoader().load(file.get().getLocation().toPath());
        if (loaded.spec().isEmpty() || loaded.hasErrors()) {
            MessageDialog.openError(shell, "Compare Strategies", "The scenario has errors:\n"
                    + loaded.diagnostics().stream().map(d -> d.format()).collect(Collectors.joining("\n")));
            return null;
        }
        ScenarioSpec spec = loaded.spec().get();
        CompareStrategiesDialog dialog = new CompareStrategiesDialog(shell, spec);
        if (dialog.open() != Window.OK) {
            return null;
        }
        String leftId = dialog.leftId();
        String rightId = dialog.rightId();
        Display display = shell.getDisplay();
        Job job = Job.create("Comparing " + spec.name() + " under " + leftId + " and " + rightId, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, 2);
            Optional<RunResult> left = run(spec, leftId, progress.split(1));
            Optional<RunResult> right = left.isEmpty() ? Optional.empty() : run(spec, rightId, progress.split(1));
            if (left.isEmpty() || right.isEmpty()) {
                return Status.CANCEL_STATUS;
            }
            for (RunResult r : new RunResult[] { left.get(), right.get() }) {
                if (r.verdict() == Verdict.ERROR) {
                    return Status.error(r.strategy() + ": " + r.error().map(e -> e.message()).orElse("error"));
                }
            }
            display.asyncExec(() -> {
                try {
                    new StrategyCompareInput(left.get(), right.get(), Optional.of(spec)).open(page);
                } catch (PartInitException e) {
                    MessageDialog.openError(shell, "Compare Strategies", e.getMessage());
                }
            });
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return null;
    }

    /** One run; the monitor's cancel button cancels the engine (it stops within 100 ms). */
    private static Optional<RunResult> run(ScenarioSpec spec, String strategy, IProgressMonitor monitor) {
        monitor.beginTask("Exploring under " + strategy, IProgressMonitor.UNKNOWN);
        CancellationToken token = new CancellationToken();
        RunResult result = Explorer.explore(spec, strategy, ExploreOptions.defaults(), p -> {
            monitor.subTask(strategy + ": " + p.distinct() + " distinct states");
            if (monitor.isCanceled()) {
                token.cancel();
            }
        }, token);
        monitor.done();
        return monitor.isCanceled() ? Optional.empty() : Optional.of(result);
    }
}
