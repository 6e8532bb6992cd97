package org.mmrace.core.tests;

import java.time.Duration;

import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.Explorer;
import org.mmrace.core.run.ProgressListener;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.spec.ScenarioSpec;

/** Shared helpers for running scenarios in tests. */
final class Runs {
    private Runs() {
    }

    static ExploreOptions options(int workers) {
        return new ExploreOptions(5_000_000, Duration.ofMinutes(2), workers, true);
    }

    static RunResult run(ScenarioSpec spec, String strategy) {
        return Explorer.explore(spec, strategy, options(1), ProgressListener.NONE, CancellationToken.none());
    }

    static RunResult run(String resource, String strategy) {
        return run(Library.load(resource), strategy);
    }
}
