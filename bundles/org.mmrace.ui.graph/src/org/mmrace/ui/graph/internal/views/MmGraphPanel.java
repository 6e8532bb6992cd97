package org.mmrace.ui.graph.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.mmrace.core.run.Violation;
import org.mmrace.core.trace.Trace;
import org.mmrace.core.trace.TraceStep;
import org.mmrace.export.graph.Graph;
import org.mmrace.export.mm.MmStateGraph;
import org.mmrace.export.mm.Parting;
import org.mmrace.ui.graph.GraphDescriptionProvider;
import org.mmrace.ui.graph.GraphViewer;
import org.mmrace.ui.graph.mm.TraceStepSelection;

/**
 * The MM State graph of one trace step, with a header that says which step it is, what the step
 * did and changed, and a red banner when a reference and its owner's pte have parted or the
 * violation is reached. The content of the MM State graph view and of each side of the compare
 * editor; plain SWT, so tests build it in a Shell.
 */
public final class MmGraphPanel extends Composite {

    private final Label title;
    private final Label kernelStep;
    private final Label changes;
    private final Label banner;
    private final GraphViewer viewer;
    private final GraphDescriptionProvider provider = new GraphDescriptionProvider();
    private final Color bannerBackground;
    private final Color changesBackground;
    private Optional<TraceStepSelection> current = Optional.empty();
    private boolean fitOnEveryStep;

    public MmGraphPanel(Composite parent, int style) {
        super(parent, style);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        setLayout(layout);
        bannerBackground = new Color(0xfd, 0xe2, 0xe1);
        changesBackground = new Color(0xff, 0xf4, 0xc2);
        title = label(SWT.NONE);
        title.setFont(JFaceResources.getBannerFont());
        kernelStep = label(SWT.WRAP);
        changes = label(SWT.WRAP);
        changes.setBackground(changesBackground);
        banner = label(SWT.WRAP);
        banner.setBackground(bannerBackground);
        banner.setForeground(new Color(0xa0, 0x00, 0x10));
        banner.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        viewer = new GraphViewer(this, SWT.BORDER);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(provider);
        viewer.setLabelProvider(provider);
        showMessage("Select a step in the Trace view (or a state in the State Space view) to see its MM state.");
    }

    private Label label(int style) {
        Label label = new Label(this, style);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return label;
    }

    /** Fit each step's graph into the window (small side-by-side panels) instead of keeping the view steady. */
    public void setFitOnEveryStep(boolean fit) {
        this.fitOnEveryStep = fit;
    }

    public GraphViewer viewer() {
        return viewer;
    }

    public Optional<TraceStepSelection> current() {
        return current;
    }

    /** Shows only a message (nothing selected, or the selection has no state). */
    public void showMessage(String message) {
        current = Optional.empty();
        title.setText(message);
        show(kernelStep, "");
        show(changes, "");
        show(banner, "");
        viewer.setInput(null);
        layout(true, true);
    }

    /** The state after the selected step, keeping the picture steady while stepping along one trace. */
    public void show(TraceStepSelection selection) {
        boolean sameTrace = current.map(c -> c.trace() == selection.trace()).orElse(false);
        current = Optional.of(selection);
        Trace trace = selection.trace();
        String where = selection.step().map(s -> "step " + (selection.stepIndex() + 1) + " of " + trace.steps().size() + " \u00b7 "
                + (s.device() ? "device" : s.thread())).orElse("initial state");
        title.setText(selection.result().scenario() + " under " + selection.result().strategy() + " \u00b7 " + where);
        show(kernelStep, selection.step().map(s -> s.operation() + ": " + s.kernelStep()).orElse(""));
        show(changes, selection.changes().isEmpty() ? "" : "changed: " + String.join("; ", selection.changes()));
        show(banner, bannerText(selection));
        layout(true, true); // the header's height is known before the graph is fitted below it
        Graph graph = graph(selection);
        if (sameTrace && !fitOnEveryStep) {
            viewer.setInputKeepingView(graph);
        } else {
            viewer.setInput(graph);
        }
    }

    /** A step known without its trace (a plain TraceStep selection). */
    public void show(TraceStep step) {
        current = Optional.empty();
        title.setText("step " + step.index() + " \u00b7 " + (step.device() ? "device" : step.thread()));
        show(kernelStep, step.operation() + ": " + step.kernelStep());
        show(changes, step.changes().isEmpty() ? "" : "changed: " + String.join("; ", step.changes()));
        show(banner, bannerText(Parting.in(step.after()), Optional.empty()));
        layout(true, true);
        viewer.setInput(MmStateGraph.of("step " + step.index(), step.after(), step.changes(), Optional.empty()));
    }

    /** The graph shown for a selection, as exported. */
    public static Graph graph(TraceStepSelection selection) {
        String title = selection.result().scenario() + " under " + selection.result().strategy()
                + selection.step().map(s -> ", after step " + (selection.stepIndex() + 1) + " (" + s.kernelStep() + ")")
                        .orElse(", initial state");
        return MmStateGraph.of(title, selection.state(), selection.changes(), selection.violationReached());
    }

    /** What makes the bug visible at a glance: partings, and the violation once reached. */
    public static String bannerText(TraceStepSelection selection) {
        return bannerText(Parting.in(selection.state()), selection.violationReached());
    }

    private static String bannerText(List<Parting> partings, Optional<Violation> violation) {
        List<String> lines = new ArrayList<>();
        partings.forEach(p -> lines.add("\u26a0 " + p.describe()));
        violation.ifPresent(v -> lines.add("\u2716 " + v.key() + ": " + v.message()));
        return String.join("\n", lines);
    }

    private static void show(Label label, String text) {
        label.setText(text);
        boolean visible = !text.isEmpty();
        label.setVisible(visible);
        ((GridData) label.getLayoutData()).exclude = !visible;
    }

    public String titleText() {
        return title.getText();
    }

    public String bannerText() {
        return banner.getVisible() ? banner.getText() : "";
    }

    @Override
    public void dispose() {
        super.dispose();
        bannerBackground.dispose();
        changesBackground.dispose();
    }
}
