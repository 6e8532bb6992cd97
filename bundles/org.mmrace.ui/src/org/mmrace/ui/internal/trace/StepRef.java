package org.mmrace.ui.internal.trace;

import org.eclipse.core.runtime.IAdaptable;
import org.mmrace.core.trace.StateSnapshot;
import org.mmrace.core.trace.TraceStep;
import org.mmrace.ui.graph.mm.RunSource;
import org.mmrace.ui.graph.mm.TraceStepSelection;
import org.mmrace.ui.internal.results.TraceInput;

/**
 * A step of a shown trace: what the Trace view selects and the MM State view shows. It adapts to
 * the graph views' {@link TraceStepSelection} (MM State Graph, State Space) when the run is known,
 * and to the {@link RunSource} the State Space view explores again for the whole state graph.
 */
public record StepRef(TraceInput input, int index) implements IAdaptable {

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == TraceStepSelection.class && input.result().isPresent()) {
            return adapter.cast(new TraceStepSelection(input.result().get(), input.trace(), index, input.violation()));
        }
        if (adapter == RunSource.class && input.result().isPresent()) {
            return adapter.cast(new RunSource(input.scenarioFile()));
        }
        return null;
    }

    public TraceStep step() {
        return input.trace().steps().get(index);
    }

    /** Identity of the trace, not deep equality: a virtual table looks steps up often. */
    @Override
    public boolean equals(Object o) {
        return o instanceof StepRef r && r.input == input && r.index == index;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(input) * 31 + index;
    }

    /** The state before the step: the initial state for the first one. */
    public StateSnapshot before() {
        return index == 0 ? input.trace().initial() : input.trace().steps().get(index - 1).after();
    }
}
