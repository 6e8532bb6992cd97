package org.mmrace.ui.internal.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.Explorer;
import org.mmrace.core.run.Progress;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.spec.ExpectSpec;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.model.ResultFiles;
import org.mmrace.ui.internal.core.MmraceUi;
import org.mmrace.ui.internal.core.ResultsRegistry;
import org.mmrace.ui.internal.core.ScenarioResults;
import org.mmrace.core.emf.ResultXmi;

/**
 * Runs one scenario under the chosen strategies, one after another, as a workbench job: the
 * Progress view and the status bar show states, states/s and the queue; Cancel stops the engine
 * at once (the engine checks its token every few milliseconds). Results are published to the
 * views as each strategy finishes and saved next to the scenario when the run ends.
 */
public final class ScenarioRunJob extends Job {

    /** Jobs of this family are scenario runs (for the Progress view and tests). */
    public static final Object FAMILY = ScenarioRunJob.class;

    private final Path scenarioFile;
    private final Optional<IFile> workspaceFile;
    private final ScenarioSpec spec;
    private final List<String> strategies;
    private final ExploreOptions options;
    private final ResultsRegistry registry;
    private volatile CancellationToken token = CancellationToken.none();

    public ScenarioRunJob(Path scenarioFile, Optional<IFile> workspaceFile, ScenarioSpec spec, List<String> strategies,
            ExploreOptions options) {
        super("Run " + scenarioFile.getFileName());
        this.scenarioFile = scenarioFile;
        this.workspaceFile = workspaceFile;
        this.spec = spec;
        this.strategies = List.copyOf(strategies);
        this.options = options;
        this.registry = MmraceUi.get().results();
        setRule(MmraceUi.get().runRule());
        setPriority(Job.LONG);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected void canceling() {
        token.cancel();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Running " + spec.name(), strategies.size());
        Map<String, String> expected = expected(spec);
        List<RunResult> results = new ArrayList<>();
        MmraceUi.get().progress().clear();
        for (String strategy : strategies) {
            if (monitor.isCanceled()) {
                break;
            }
            token = CancellationToken.none();
            registry.publish(new ScenarioResults(scenarioFile, spec.name(), expected, results, Optional.of(strategy)));
            progress.subTask(strategy + ": starting");
            RunResult result = Explorer.explore(spec, strategy, options, p -> report(monitor, progress, strategy, p),
                    token);
            results.add(result);
            progress.worked(1);
        }
        ScenarioResults done = new ScenarioResults(scenarioFile, spec.name(), expected, results, Optional.empty());
        registry.publish(done);
        if (results.isEmpty()) {
            return Status.CANCEL_STATUS;
        }
        try {
            save(done);
        } catch (IOException e) {
            return Status.error("Cannot save the results to " + done.resultFile() + ": " + e.getMessage(), e);
        }
        return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    private void report(IProgressMonitor monitor, SubMonitor progress, String strategy, Progress p) {
        if (monitor.isCanceled()) {
            token.cancel();
        }
        progress.subTask(String.format(Locale.ROOT, "%s: %,d states, %,d states/s, queue %,d, depth %d, pruned %,d",
                strategy, p.distinct(), p.statesPerSecond(), p.queue(), p.depth(), p.pruned()));
        MmraceUi.get().progress().add(strategy, p);
    }

    /** Writes {@code <name>.raceresult} atomically (ResultFiles moves a complete temporary file in place). */
    private void save(ScenarioResults done) throws IOException {
        ResultFiles.save(ResultXmi.toEmf(scenarioFile.getFileName().toString(), spec.name(), done.results(),
                done.expected()), done.resultFile());
        // The run holds the run rule, not a workspace rule: the Project Explorer learns of the file from a job
        // of its own.
        workspaceFile.ifPresent(f -> {
            WorkspaceJob refresh = new WorkspaceJob("Refreshing " + f.getParent().getName()) {
                @Override
                public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                    f.getParent().refreshLocal(IResource.DEPTH_ONE, monitor);
                    return Status.OK_STATUS;
                }
            };
            refresh.setRule(f.getWorkspace().getRuleFactory().refreshRule(f.getParent()));
            refresh.setSystem(true);
            refresh.schedule();
        });
    }

    static Map<String, String> expected(ScenarioSpec spec) {
        Map<String, String> m = new LinkedHashMap<>();
        for (ExpectSpec e : spec.expectations()) {
            m.put(e.strategy(), e.outcome().name().toLowerCase(Locale.ROOT));
        }
        return m;
    }
}
