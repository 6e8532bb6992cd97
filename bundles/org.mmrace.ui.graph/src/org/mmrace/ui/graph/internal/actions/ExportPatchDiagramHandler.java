package org.mmrace.ui.graph.internal.actions;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mmrace.ui.graph.internal.views.GraphActions;
import org.mmrace.ui.graph.internal.views.TraceSelections;

/** Export Patch Diagram…: the selected trace's diagram to a text file. */
public final class ExportPatchDiagramHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        TraceSelections.traceStep(HandlerUtil.getCurrentSelection(event))
                .ifPresent(s -> GraphActions.exportPatchDiagram(HandlerUtil.getActiveShell(event), s));
        return null;
    }
}
