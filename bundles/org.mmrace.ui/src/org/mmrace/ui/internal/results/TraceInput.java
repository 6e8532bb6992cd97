package org.mmrace.ui.internal.results;

import java.nio.file.Path;
import java.util.Optional;

import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Violation;
import org.mmrace.core.trace.Trace;

/** A trace to show: which scenario and strategy it comes from, and what it explains. */
public record TraceInput(Path scenarioFile, String scenario, String strategy, String title, Trace trace,
        Optional<Violation> violation, Optional<RunResult> result) {

    public static TraceInput of(Path scenarioFile, RunResult r, Violation v) {
        String what = v.condition().map(label -> "condition fails: " + label).orElse(v.key());
        return new TraceInput(scenarioFile, r.scenario(), r.strategy(), r.strategy() + " — " + what + ": "
                + v.message(), v.trace(), Optional.of(v), Optional.of(r));
    }

    public static TraceInput witness(Path scenarioFile, RunResult r, Trace w) {
        return new TraceInput(scenarioFile, r.scenario(), r.strategy(), r.strategy() + " — a complete run "
                + "(nothing violated)", w, Optional.empty(), Optional.of(r));
    }
}
