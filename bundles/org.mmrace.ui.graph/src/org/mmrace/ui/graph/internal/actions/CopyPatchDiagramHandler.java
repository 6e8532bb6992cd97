package org.mmrace.ui.graph.internal.actions;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mmrace.ui.graph.internal.views.GraphActions;
import org.mmrace.ui.graph.internal.views.TraceSelections;

/** Copy as Patch Diagram: the selected trace's ≤75-column diagram to the clipboard. */
public final class CopyPatchDiagramHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        TraceSelections.traceStep(HandlerUtil.getCurrentSelection(event)).ifPresent(
                s -> GraphActions.copyPatchDiagram(HandlerUtil.getActiveShell(event).getDisplay(), s));
        return null;
    }
}
