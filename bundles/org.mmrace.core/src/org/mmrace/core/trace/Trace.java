package org.mmrace.core.trace;

import java.util.List;

/** A run from the initial state: {@code initial} then each step with the state after it. */
public record Trace(StateSnapshot initial, List<TraceStep> steps) {
    public Trace {
        steps = List.copyOf(steps);
    }

    public int length() {
        return steps.size();
    }

    public StateSnapshot last() {
        return steps.isEmpty() ? initial : steps.get(steps.size() - 1).after();
    }
}
