package org.mmrace.ui.graph.internal.views;

import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.mmrace.ui.graph.mm.TraceStepSelection;

/**
 * MM State graph view ({@value #ID}): follows the workbench selection (a {@link TraceStepSelection}
 * or a TraceStep) and draws the state after the selected step. Thin: the content is
 * {@link MmGraphPanel}.
 */
public final class MmGraphView extends ViewPart implements ISelectionListener {

    public static final String ID = "org.mmrace.ui.views.mmgraph";

    private MmGraphPanel panel;

    @Override
    public void createPartControl(Composite parent) {
        panel = new MmGraphPanel(parent, SWT.NONE);
        getSite().getWorkbenchWindow().getSelectionService().addPostSelectionListener(this);
        contributeActions();
        ISelection initial = getSite().getWorkbenchWindow().getSelectionService().getSelection();
        if (initial != null) {
            selectionChanged(null, initial);
        }
    }

    private void contributeActions() {
        Action exportGraph = GraphActions.exportGraph(panel::viewer,
                () -> panel.current().map(c -> c.result().scenario() + "-" + c.result().strategy()
                        + "-step" + (c.stepIndex() + 1)).orElse("mm-state"));
        Action fit = new Action("Zoom to Fit") {
            @Override
            public void run() {
                panel.viewer().zoomToFit();
            }
        };
        Action copy = new Action("Copy as Patch Diagram") {
            @Override
            public void run() {
                panel.current().ifPresent(c -> GraphActions.copyPatchDiagram(panel.getDisplay(), c));
            }
        };
        Action exportDiagram = new Action("Export Patch Diagram\u2026") {
            @Override
            public void run() {
                panel.current().ifPresent(c -> GraphActions.exportPatchDiagram(panel.getShell(), c));
            }
        };
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(fit);
        toolBar.add(exportGraph);
        IMenuManager menu = getViewSite().getActionBars().getMenuManager();
        menu.add(exportGraph);
        menu.add(copy);
        menu.add(exportDiagram);
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || panel == null || panel.isDisposed()) {
            return;
        }
        Optional<TraceStepSelection> step = TraceSelections.traceStep(selection);
        if (step.isPresent()) {
            panel.show(step.get());
            return;
        }
        TraceSelections.step(selection).ifPresent(panel::show);
    }

    @Override
    public void setFocus() {
        panel.viewer().getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getWorkbenchWindow().getSelectionService().removePostSelectionListener(this);
        super.dispose();
    }
}
