package org.mmrace.ui.graph.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.mmrace.core.run.RunResult;
import org.mmrace.export.graph.LayoutOptions;
import org.mmrace.export.mm.StateSpaceGraph;
import org.mmrace.ui.graph.GraphDescriptionProvider;
import org.mmrace.ui.graph.GraphViewer;
import org.mmrace.ui.graph.mm.TraceStepSelection;

/**
 * The State Space view's content: the states a run's traces pass through, as a DAG, with a line
 * that says what is drawn (and why not everything). Selecting a state or a step hands out the
 * {@link TraceStepSelection} that leads there, so the trace and MM views can follow.
 */
public final class StateSpacePanel extends Composite {

    private static final double MIN_READABLE_ZOOM = 0.85;

    private final Label title;
    private final Label summary;
    private final GraphViewer viewer;
    private final GraphDescriptionProvider provider = new GraphDescriptionProvider();
    private final List<Consumer<TraceStepSelection>> listeners = new ArrayList<>();
    private Optional<RunResult> result = Optional.empty();
    private Optional<StateSpaceGraph.StateSpace> space = Optional.empty();

    public StateSpacePanel(Composite parent, int style) {
        super(parent, style);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        setLayout(layout);
        title = new Label(this, SWT.NONE);
        title.setFont(JFaceResources.getBannerFont());
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        summary = new Label(this, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer = new GraphViewer(this, SWT.BORDER);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setLayoutOptions(LayoutOptions.defaults().withFlow(LayoutOptions.Flow.DOWN));
        viewer.setContentProvider(provider);
        viewer.setLabelProvider(provider);
        viewer.addSelectionChangedListener(e -> selected(e.getStructuredSelection().getFirstElement())
                .ifPresent(s -> listeners.forEach(l -> l.accept(s))));
        title.setText("State Space");
        summary.setText("Run a scenario, or select a step of a run, to see the states its traces pass through.");
    }

    public void addTraceStepListener(Consumer<TraceStepSelection> listener) {
        listeners.add(listener);
    }

    public GraphViewer viewer() {
        return viewer;
    }

    public Optional<RunResult> result() {
        return result;
    }

    public String summaryText() {
        return summary.getText();
    }

    public void show(RunResult run) {
        if (result.filter(r -> r == run).isPresent()) {
            return;
        }
        result = Optional.of(run);
        StateSpaceGraph.StateSpace s = StateSpaceGraph.of(run);
        space = Optional.of(s);
        title.setText(run.scenario() + " under " + run.strategy() + ": " + run.verdict().name().toLowerCase());
        summary.setText(s.summary() + (s.tooLarge().isEmpty()
                ? " Red: violating final states; bold: the shortest counterexample. Click a state to open the trace to it."
                : ""));
        layout(true, true);
        viewer.setInput(s.tooLarge().isPresent() ? null : s.graph());
        if (s.tooLarge().isEmpty() && viewer.getZoom() < MIN_READABLE_ZOOM) {
            // A long chain fitted into the window has unreadable labels: keep them readable and
            // start at the initial state; the user scrolls or zooms out.
            viewer.setZoom(MIN_READABLE_ZOOM);
            viewer.getBounds(new GraphDescriptionProvider.Node(s.graph().nodes().get(0).id())).ifPresent(b -> viewer
                    .getGraphControl().scrollTo(b.center(), viewer.getGraphControl().getClientArea().width / 2, 40));
        }
    }

    /** The trace step a clicked state or step edge stands for. */
    public Optional<TraceStepSelection> selected(Object element) {
        String id = element instanceof GraphDescriptionProvider.Node n ? n.id()
                : element instanceof GraphDescriptionProvider.Edge e ? e.id() : null;
        if (id == null || space.isEmpty() || result.isEmpty()) {
            return Optional.empty();
        }
        StateSpaceGraph.Location at = space.get().locations().get(id);
        if (at == null) {
            return Optional.empty();
        }
        StateSpaceGraph.Path path = space.get().paths().get(at.path());
        return Optional.of(new TraceStepSelection(result.get(), path.trace(), at.step(), path.violation()));
    }
}
