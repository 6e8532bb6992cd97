package org.mmrace.ui.graph.internal.views;

import java.util.Optional;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.mmrace.core.trace.TraceStep;
import org.mmrace.ui.graph.mm.TraceStepSelection;

/** Reads the selection contract: a {@link TraceStepSelection}, or anything that is or adapts to a {@link TraceStep}. */
public final class TraceSelections {

    private TraceSelections() {
    }

    public static Optional<TraceStepSelection> traceStep(ISelection selection) {
        return first(selection).flatMap(o -> Optional.ofNullable(Adapters.adapt(o, TraceStepSelection.class)));
    }

    public static Optional<TraceStep> step(ISelection selection) {
        return first(selection).flatMap(o -> Optional.ofNullable(Adapters.adapt(o, TraceStep.class)));
    }

    private static Optional<Object> first(ISelection selection) {
        return selection instanceof IStructuredSelection s && !s.isEmpty() ? Optional.of(s.getFirstElement())
                : Optional.empty();
    }
}
