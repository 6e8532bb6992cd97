package org.mmrace.ui.graph.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

/**
 * State Space view ({@value #ID}): shows the run of the selected trace step as a DAG of states and
 * publishes a {@link org.mmrace.ui.graph.mm.TraceStepSelection} when a state is clicked.
 */
public final class StateSpaceView extends ViewPart implements ISelectionListener {

    public static final String ID = "org.mmrace.ui.views.statespace";

    private StateSpacePanel panel;
    private final Publisher publisher = new Publisher();

    @Override
    public void createPartControl(Composite parent) {
        panel = new StateSpacePanel(parent, SWT.NONE);
        getSite().setSelectionProvider(publisher);
        panel.addTraceStepListener(s -> publisher.set(new StructuredSelection(s)));
        getSite().getWorkbenchWindow().getSelectionService().addPostSelectionListener(this);
        Action exportGraph = GraphActions.exportGraph(panel::viewer, () -> panel.result()
                .map(r -> r.scenario() + "-" + r.strategy() + "-statespace").orElse("statespace"));
        Action fit = new Action("Zoom to Fit") {
            @Override
            public void run() {
                panel.viewer().zoomToFit();
            }
        };
        getViewSite().getActionBars().getToolBarManager().add(fit);
        getViewSite().getActionBars().getToolBarManager().add(exportGraph);
        getViewSite().getActionBars().getMenuManager().add(exportGraph);
        ISelection initial = getSite().getWorkbenchWindow().getSelectionService().getSelection();
        if (initial != null) {
            selectionChanged(null, initial);
        }
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || panel == null || panel.isDisposed()) {
            return;
        }
        TraceSelections.traceStep(selection).ifPresent(s -> panel.show(s.result()));
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

    /** The view's selection: the trace step of the last state clicked. */
    private static final class Publisher implements ISelectionProvider {
        private final List<ISelectionChangedListener> listeners = new ArrayList<>();
        private ISelection selection = StructuredSelection.EMPTY;

        void set(ISelection newSelection) {
            selection = newSelection;
            SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
            List.copyOf(listeners).forEach(l -> l.selectionChanged(event));
        }

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public ISelection getSelection() {
            return selection;
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }

        @Override
        public void setSelection(ISelection newSelection) {
            set(newSelection);
        }
    }
}
