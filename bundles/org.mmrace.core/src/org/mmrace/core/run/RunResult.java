package org.mmrace.core.run;

import java.util.List;
import java.util.Optional;

import org.mmrace.core.trace.Trace;

/**
 * Everything one exploration found. {@code violations} keeps one shortest trace per violated
 * condition and per (oracle, class); {@code witness} is a complete run, given when nothing is violated.
 */
public record RunResult(String scenario, String strategy, Verdict verdict, List<ConditionResult> conditions,
        List<Violation> violations, Stats stats, long unnecessaryCows, Optional<Trace> witness,
        Optional<EngineError> error, Optional<String> incompleteReason) {

    public RunResult {
        conditions = List.copyOf(conditions);
        violations = List.copyOf(violations);
    }

    public static RunResult error(String scenario, String strategy, EngineError e) {
        return new RunResult(scenario, strategy, Verdict.ERROR, List.of(), List.of(),
                new Stats(0, 0, 0, 0, 0, 0, 0), 0, Optional.empty(), Optional.of(e), Optional.empty());
    }

    public Optional<Violation> violation(Oracle oracle, ViolationClass c) {
        return violations.stream().filter(v -> v.oracle() == oracle && v.violationClass() == c).findFirst();
    }

    public Optional<ConditionResult> condition(String label) {
        return conditions.stream().filter(c -> c.label().equals(label)).findFirst();
    }
}
