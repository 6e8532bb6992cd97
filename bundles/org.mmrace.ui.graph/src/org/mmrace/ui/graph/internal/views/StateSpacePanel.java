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
import org.mmrace.core.graph.GraphResult;
import org.mmrace.core.graph.StateGraph;
import org.mmrace.core.graph.ViolationKey;
import org.mmrace.core.run.Explorer;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Violation;
import org.mmrace.core.trace.Trace;
import org.mmrace.export.graph.LayoutOptions;
import org.mmrace.export.mm.StateSpaceGraph;
import org.mmrace.ui.graph.GraphDescriptionProvider;
import org.mmrace.ui.graph.GraphViewer;
import org.mmrace.ui.graph.mm.TraceStepSelection;

/**
 * The State Space view's content: the run's explored state graph ({@link #showGraph}, from
 * {@link Explorer#exploreGraph}) or, when the scenario is not at hand, the states its traces pass
 * through ({@link #show}), with a line that says what is drawn (and why not everything). Clicking a
 * state hands out the {@link TraceStepSelection} that leads there, so the trace and MM views can
 * follow, and names it in the panel's own header.
 */
public final class StateSpacePanel extends Composite {

    private static final double MIN_READABLE_ZOOM = 0.85;

    private final Label title;
    private final Label summary;
    private final Label opened;
    private final GraphViewer viewer;
    private final GraphDescriptionProvider provider = new GraphDescriptionProvider();
    private final List<Consumer<TraceStepSelection>> listeners = new ArrayList<>();
    private Optional<RunResult> result = Optional.empty();
    private Optional<StateSpaceGraph.StateSpace> space = Optional.empty();
    private Optional<StateGraphDrawing> drawing = Optional.empty();

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
        opened = new Label(this, SWT.NONE);
        opened.setFont(JFaceResources.getTextFont());
        opened.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
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

    /** The header line naming the trace last opened by a click. */
    public String openedText() {
        return opened.getText();
    }

    /** The explored graph now drawn, if the view draws one (not the traces' union). */
    public Optional<StateGraphDrawing> drawing() {
        return drawing;
    }

    /** Says that the run's state graph is being explored (by a job) and clears the drawing. */
    public void showExploring(RunResult run) {
        result = Optional.of(run);
        space = Optional.empty();
        drawing = Optional.empty();
        title.setText(run.scenario() + " under " + run.strategy() + ": " + run.verdict().name().toLowerCase());
        summary.setText("Exploring the state graph of " + run.stats().distinct() + " distinct states\u2026");
        opened.setText("");
        layout(true, true);
        viewer.setInput(null);
    }

    /** Draws the run's explored state graph, or says why there is none. */
    public void showGraph(RunResult run, GraphResult graph) {
        result = Optional.of(run);
        space = Optional.empty();
        drawing = Optional.empty();
        title.setText(run.scenario() + " under " + run.strategy() + ": " + run.verdict().name().toLowerCase());
        opened.setText("");
        switch (graph) {
            case StateGraph g -> {
                StateGraphDrawing d = StateGraphDrawing.of(g);
                drawing = Optional.of(d);
                summary.setText(g.nodes().size() + " distinct states and " + g.edges().size()
                        + " steps: the whole explored state graph (one state per symmetry class where page frames"
                        + " or threads are interchangeable). Red: violating states; bold red: the shortest "
                        + "counterexample" + d.shortest().map(c -> " (" + c.key().words() + ", "
                                + c.edgeIndices().size() + " steps)").orElse(" (none: nothing is violated)")
                        + "; thick border: the initial state s0. Click a state to open the trace to it.");
                layout(true, true);
                provider.setEdgeToolTips(d.edgeToolTips());
                viewer.setInput(d.graph());
                startReadable(StateGraphDrawing.nodeId(0));
            }
            case GraphResult.TooLarge t -> say("Not drawn: this run has " + run.stats().distinct()
                    + " distinct states, more than the " + t.maxStates() + " the view draws (the engine stopped at "
                    + "depth " + t.depthReached() + "). A drawing that size is unreadable and takes ELK minutes to "
                    + "lay out; open the counterexamples in the Trace view instead.");
            case GraphResult.Cancelled c -> say("Exploration cancelled after " + c.statesSeen() + " states.");
            case GraphResult.Failed f -> say("The state graph could not be explored: " + f.error().message());
        }
    }

    private void say(String message) {
        summary.setText(message);
        layout(true, true);
        viewer.setInput(null);
    }

    /**
     * A graph fitted into the window has unreadable labels: keep them readable and start at the
     * initial state; the user scrolls or zooms out (Zoom to Fit).
     */
    private void startReadable(String initialId) {
        if (viewer.getZoom() < MIN_READABLE_ZOOM) {
            viewer.setZoom(MIN_READABLE_ZOOM);
            viewer.getBounds(new GraphDescriptionProvider.Node(initialId)).ifPresent(b -> viewer
                    .getGraphControl().scrollTo(b.center(), viewer.getGraphControl().getClientArea().width / 2, 40));
        }
    }

    /** Draws the states the run's traces pass through: all there is without the scenario. */
    public void show(RunResult run) {
        if (result.filter(r -> r == run).isPresent() && drawing.isEmpty()) {
            return;
        }
        result = Optional.of(run);
        drawing = Optional.empty();
        opened.setText("");
        provider.setEdgeToolTips(java.util.Map.of());
        StateSpaceGraph.StateSpace s = StateSpaceGraph.of(run);
        space = Optional.of(s);
        title.setText(run.scenario() + " under " + run.strategy() + ": " + run.verdict().name().toLowerCase());
        summary.setText(s.summary() + (s.tooLarge().isEmpty()
                ? " Red: violating final states; bold: the shortest counterexample. Click a state to open the trace to it."
                : ""));
        layout(true, true);
        viewer.setInput(s.tooLarge().isPresent() ? null : s.graph());
        if (s.tooLarge().isEmpty()) {
            startReadable(s.graph().nodes().get(0).id());
        }
    }

    /** The trace step a clicked state (or, on the traces' union, a step edge) stands for. */
    public Optional<TraceStepSelection> selected(Object element) {
        if (drawing.isPresent()) {
            return element instanceof GraphDescriptionProvider.Node n ? openState(drawing.get(), n.id())
                    : Optional.empty();
        }
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

    /** The shortest trace to a state of the explored graph, as the selection the MM graph view follows. */
    private Optional<TraceStepSelection> openState(StateGraphDrawing d, String drawnId) {
        java.util.OptionalInt state = d.stateOf(drawnId);
        if (state.isEmpty() || result.isEmpty()) {
            return Optional.empty();
        }
        StateGraph.Node node = d.source().nodes().get(state.getAsInt());
        Trace trace = d.source().traceTo(node.id());
        Optional<Violation> violation = result.get().violations().stream()
                .filter(v -> node.violations().stream().anyMatch(k -> same(k, v))).findFirst();
        opened.setText("Trace to " + drawnId + ": " + trace.steps().size() + (trace.steps().size() == 1 ? " step" : " steps")
                + (node.violating() ? ", violates " + String.join(", ",
                        node.violations().stream().map(ViolationKey::words).sorted().toList()) : "")
                + trace.steps().stream().reduce((a, b) -> b)
                        .map(last -> "; last: " + (last.device() ? "device" : last.thread()) + ": " + last.kernelStep())
                        .orElse(" (the initial state)"));
        return Optional.of(TraceStepSelection.last(result.get(), trace, violation));
    }

    private static boolean same(ViolationKey k, Violation v) {
        return k.oracle() == v.oracle() && k.violationClass() == v.violationClass() && k.condition().equals(v.condition());
    }
}
