package org.mmrace.ui.graph.mm;

import java.util.List;
import java.util.Optional;

import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Violation;
import org.mmrace.core.trace.StateSnapshot;
import org.mmrace.core.trace.Trace;
import org.mmrace.core.trace.TraceStep;

/**
 * The selection contract between trace-showing parts (Trace view, state-space view, compare editor)
 * and the MM State graph view: a selected step of a trace of a run. Publish it as the first element
 * of an {@code IStructuredSelection}; the graph views then show the state after that step, highlight
 * what it changed and, at the trace's last step, the violation.
 *
 * @param stepIndex index into {@code trace.steps()}; -1 selects the initial state
 * @param violation the violation the trace leads to, empty for a witness run
 */
public record TraceStepSelection(RunResult result, Trace trace, int stepIndex, Optional<Violation> violation) {

    public TraceStepSelection {
        if (stepIndex < -1 || stepIndex >= trace.steps().size()) {
            throw new IllegalArgumentException("step " + stepIndex + " is not in a trace of " + trace.steps().size()
                    + " steps");
        }
    }

    /** The trace's last step of a violation, or of the witness run. */
    public static TraceStepSelection last(RunResult result, Trace trace, Optional<Violation> violation) {
        return new TraceStepSelection(result, trace, trace.steps().size() - 1, violation);
    }

    public Optional<TraceStep> step() {
        return stepIndex < 0 ? Optional.empty() : Optional.of(trace.steps().get(stepIndex));
    }

    /** The state after the step (the initial state for -1). */
    public StateSnapshot state() {
        return step().map(TraceStep::after).orElse(trace.initial());
    }

    public List<String> changes() {
        return step().map(TraceStep::changes).orElse(List.of());
    }

    public boolean isLastStep() {
        return stepIndex == trace.steps().size() - 1;
    }

    /** The violation, only once the trace has reached it. */
    public Optional<Violation> violationReached() {
        return isLastStep() ? violation : Optional.empty();
    }

    /** The same trace at another step. */
    public TraceStepSelection at(int index) {
        return new TraceStepSelection(result, trace, index, violation);
    }
}
