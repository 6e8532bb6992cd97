package org.mmrace.ui.graph.internal.views;

import java.util.ArrayList;
import java.util.List;

import java.util.Optional;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.IStructuredSelection;
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
import org.mmrace.core.graph.GraphResult;
import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.Explorer;
import org.mmrace.core.run.RunResult;
import org.mmrace.lang.LoadedScenario;
import org.mmrace.lang.ScenarioLoader;
import org.mmrace.ui.graph.mm.RunSource;

/**
 * State Space view ({@value #ID}): shows the explored state graph of the selected trace step's run
 * (explored again by a cancellable job, since a run's result carries only traces) and publishes a {@link org.mmrace.ui.graph.mm.TraceStepSelection} when a state is clicked.
 */
public final class StateSpaceView extends ViewPart implements ISelectionListener {

    public static final String ID = "org.mmrace.ui.views.statespace";

    private StateSpacePanel panel;
    private final Publisher publisher = new Publisher();
    private Optional<RunResult> shown = Optional.empty();
    private Optional<Job> exploring = Optional.empty();

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
        TraceSelections.traceStep(selection).ifPresent(s -> show(s.result(), source(selection)));
    }

    private static Optional<RunSource> source(ISelection selection) {
        return selection instanceof IStructuredSelection s && !s.isEmpty()
                ? Optional.ofNullable(Adapters.adapt(s.getFirstElement(), RunSource.class))
                : Optional.empty();
    }

    private void show(RunResult run, Optional<RunSource> source) {
        if (shown.filter(r -> r == run).isPresent()) {
            return;
        }
        shown = Optional.of(run);
        exploring.ifPresent(Job::cancel);
        exploring = Optional.empty();
        if (source.isEmpty()) {
            panel.show(run);
            return;
        }
        panel.showExploring(run);
        Job job = new ExploreJob(run, source.get());
        exploring = Optional.of(job);
        job.schedule();
    }

    /** Explores the run's scenario again, under its strategy, keeping every state and step. */
    private final class ExploreJob extends Job {
        private final RunResult run;
        private final RunSource source;

        ExploreJob(RunResult run, RunSource source) {
            super("Exploring the state graph of " + run.scenario() + " under " + run.strategy());
            this.run = run;
            this.source = source;
            setUser(false);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
            LoadedScenario loaded = new ScenarioLoader().load(source.scenarioFile());
            if (loaded.spec().isEmpty()) {
                deliver(new GraphResult.Failed(new org.mmrace.core.run.EngineError(source.scenarioFile()
                        + " does not load any more", org.mmrace.core.spec.SourcePos.NONE)));
                return Status.OK_STATUS;
            }
            CancellationToken token = new CancellationToken();
            Thread watcher = Thread.ofVirtual().start(() -> {
                while (!token.isCancelled() && !Thread.currentThread().isInterrupted()) {
                    if (monitor.isCanceled()) {
                        token.cancel();
                    }
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            GraphResult graph;
            try {
                graph = Explorer.exploreGraph(loaded.spec().get(), run.strategy(), Explorer.GRAPH_MAX_STATES, token);
            } finally {
                watcher.interrupt();
            }
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            deliver(graph);
            return Status.OK_STATUS;
        }

        private void deliver(GraphResult graph) {
            org.eclipse.swt.widgets.Display display = panel.isDisposed() ? null : panel.getDisplay();
            if (display != null) {
                display.asyncExec(() -> {
                    if (!panel.isDisposed() && shown.filter(r -> r == run).isPresent()) {
                        panel.showGraph(run, graph);
                    }
                });
            }
        }
    }

    /** The view's content, for tests. */
    public StateSpacePanel panel() {
        return panel;
    }

    @Override
    public void setFocus() {
        panel.viewer().getControl().setFocus();
    }

    @Override
    public void dispose() {
        exploring.ifPresent(Job::cancel);
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
