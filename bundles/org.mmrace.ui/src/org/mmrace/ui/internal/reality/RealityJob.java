package org.mmrace.ui.internal.reality;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.strategy.Strategy;
import org.mmrace.export.c.RealityCheck;
import org.mmrace.export.c.RealityReport;
import org.mmrace.export.c.RealityRunner;

/**
 * Run on This Kernel: the model's allowed outcomes under the strategy for {@code uname -r}, then the
 * scenario's C reproducer compiled and run here, as a cancellable job whose progress counts the
 * reproducer's runs. Cancel kills the reproducer (its whole process tree) at once.
 */
public final class RealityJob extends Job {
    /** Jobs of this family are reality checks (tests wait for them). */
    public static final Object FAMILY = RealityJob.class;

    private final ScenarioSpec spec;
    private final RealityRunner.Options options;
    private final Consumer<RealityReport> done;
    private final CancellationToken token = new CancellationToken();
    private volatile Optional<RealityReport> report = Optional.empty();

    /** {@code done} is called with the report (from the job's thread) when the check ends. */
    public RealityJob(Path scenarioFile, ScenarioSpec spec, RealityRunner.Options options,
            Consumer<RealityReport> done) {
        super("Run " + scenarioFile.getFileName() + " on this kernel");
        this.spec = spec;
        this.options = options;
        this.done = done;
        setPriority(Job.LONG);
        setUser(true);
    }

    /** 500 runs within 20 s, the O_DIRECT files in the JVM's temporary directory. */
    public static RealityRunner.Options defaultOptions() {
        return new RealityRunner.Options(500, Duration.ofSeconds(20), Path.of(System.getProperty("java.io.tmpdir")),
                1);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected void canceling() {
        token.cancel();
    }

    public Optional<RealityReport> report() {
        return report;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask("Run " + spec.name() + " on this kernel", options.runs() + 1);
        String kernel = RealityCheck.kernelRelease();
        Optional<Strategy> strategy = RealityCheck.strategyFor(kernel);
        if (strategy.isEmpty()) {
            return Status.error("No built-in strategy describes kernel " + kernel + ": every era is newer.");
        }
        if (RealityRunner.findGcc().isEmpty()) {
            return Status.error(RealityRunner.noGcc());
        }
        monitor.subTask("exploring the model under " + strategy.get().id());
        int[] reported = {0};
        RealityReport r = new RealityCheck().check(spec, kernel, strategy.get(), ExploreOptions.defaults(), options,
                (runs, wanted) -> {
                    if (monitor.isCanceled()) {
                        token.cancel();
                    }
                    monitor.subTask(runs + " of " + wanted + " runs of the reproducer on Linux " + kernel);
                    monitor.worked(runs - reported[0]);
                    reported[0] = runs;
                }, token);
        monitor.done();
        report = Optional.of(r);
        done.accept(r);
        return token.isCancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }
}
