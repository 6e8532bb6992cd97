package org.mmrace.ui.graph.internal.compare;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.mmrace.core.run.Departure;
import org.mmrace.core.run.ReplayException;
import org.mmrace.core.run.ReplayResult;
import org.mmrace.core.run.Replayer;
import org.eclipse.swt.widgets.Text;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.strategy.Strategies;
import org.mmrace.core.trace.TraceStep;
import org.mmrace.ui.graph.internal.views.MmGraphPanel;
import org.mmrace.ui.graph.mm.TraceStepSelection;

/**
 * The compare editor's content: the verdict differences (with an "only differences" filter), the
 * two traces side by side, row by row, with the first step where their kernel paths diverge
 * marked, and the two MM graphs side by side at the selected row. Plain SWT, for tests.
 */
public final class ComparePanel extends Composite {

    /**
     * A row of the aligned traces: step {@code index} (0-based) of each side, if it has one;
     * {@code rightNote} stands in for a right step that B could not run (a replay blocked there).
     */
    public record AlignedRow(int index, Optional<TraceStep> left, Optional<TraceStep> right, boolean divergence,
            Optional<String> rightNote) {
        public AlignedRow(int index, Optional<TraceStep> left, Optional<TraceStep> right, boolean divergence) {
            this(index, left, right, divergence, Optional.empty());
        }
    }

    private final StrategyComparison comparison;
    private final List<StrategyComparison.Choice> leftChoices;
    private final List<StrategyComparison.Choice> rightChoices;
    private final TableViewer verdicts;
    private final Button onlyDifferences;
    private final Combo leftTrace;
    private final Combo rightTrace;
    private final Label divergenceLabel;
    private final TableViewer traces;
    private final Text stepDetails;
    private final MmGraphPanel leftGraph;
    private final MmGraphPanel rightGraph;
    private final Color differs = new Color(0xff, 0xf4, 0xc2);
    private final Color diverges = new Color(0xfd, 0xe2, 0xe1);
    private final Color after = new Color(0xf4, 0xf4, 0xf4);
    private int divergence;
    private final Optional<ScenarioSpec> spec;
    private final Button replayButton;
    private final SashForm sash;
    /** While a replay is shown: per row, the step of A's trace and of B's replay shown in the graphs. */
    private Optional<ReplayRows> replay = Optional.empty();

    /** A replay's rows and, per row, the 0-based steps of A's trace and of B's run (-1: none). */
    private record ReplayRows(ReplayResult result, List<int[]> sides) {
    }

    public ComparePanel(Composite parent, int style, RunResult left, RunResult right) {
        this(parent, style, left, right, Optional.empty());
    }

    /** With the scenario, the panel can replay the left side's counterexample under the right strategy. */
    public ComparePanel(Composite parent, int style, RunResult left, RunResult right, Optional<ScenarioSpec> spec) {
        super(parent, style);
        this.spec = spec;
        this.comparison = new StrategyComparison(left, right);
        this.leftChoices = StrategyComparison.choices(left);
        this.rightChoices = StrategyComparison.choices(right);
        setLayout(new GridLayout(1, false));

        Label title = new Label(this, SWT.NONE);
        title.setFont(JFaceResources.getBannerFont());
        title.setText(left.scenario() + ": " + left.strategy() + " \u2194 " + right.strategy());
        sash = new SashForm(this, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Composite top = new Composite(sash, SWT.NONE);
        top.setLayout(new GridLayout(2, false));
        Label verdictTitle = new Label(top, SWT.NONE);
        verdictTitle.setText("Verdicts");
        verdictTitle.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        onlyDifferences = new Button(top, SWT.CHECK);
        onlyDifferences.setText("Only differences");
        onlyDifferences.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        verdicts = verdictTable(top, left, right);
        GridData verdictData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        verdictData.widthHint = 300;
        verdicts.getControl().setLayoutData(verdictData);
        verdicts.getTable().addListener(SWT.Resize, e -> fitVerdicts());
        onlyDifferences.addListener(SWT.Selection, e -> setOnlyDifferences(onlyDifferences.getSelection()));

        Composite middle = new Composite(sash, SWT.NONE);
        middle.setLayout(new GridLayout(5, false));
        leftTrace = traceCombo(middle, left.strategy(), leftChoices);
        rightTrace = traceCombo(middle, right.strategy(), rightChoices);
        replayButton = new Button(middle, SWT.PUSH);
        replayButton.setText("Replay " + left.strategy() + "'s counterexample under " + right.strategy());
        replayButton.setToolTipText(spec.isPresent() ? "Run the schedule of the chosen " + left.strategy()
                + " counterexample under " + right.strategy() + ", mark the first step where it departs, and"
                + " explore on from there" : "Needs the scenario: open the comparison from a .race file");
        replayButton.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        replayButton.addListener(SWT.Selection, e -> replay());
        divergenceLabel = new Label(middle, SWT.WRAP);
        divergenceLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 5, 1));
        traces = traceTable(middle, left, right);
        int span = ((GridLayout) middle.getLayout()).numColumns;
        GridData tracesData = new GridData(SWT.FILL, SWT.FILL, true, true, span, 1);
        // The lanes share the editor's width (a wide table would push the right lane off screen).
        tracesData.widthHint = 300;
        traces.getControl().setLayoutData(tracesData);
        traces.getTable().addListener(SWT.Resize, e -> fitLanes());
        stepDetails = new Text(middle, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        GridData detailsData = new GridData(SWT.FILL, SWT.FILL, true, false, span, 1);
        detailsData.heightHint = 3 * stepDetails.getLineHeight();
        detailsData.widthHint = 300;
        stepDetails.setLayoutData(detailsData);

        SashForm graphs = new SashForm(sash, SWT.HORIZONTAL);
        leftGraph = new MmGraphPanel(graphs, SWT.NONE);
        rightGraph = new MmGraphPanel(graphs, SWT.NONE);
        sash.setWeights(17, 38, 45);
        leftGraph.setFitOnEveryStep(true);
        rightGraph.setFitOnEveryStep(true);

        int[] pair = StrategyComparison.defaultPair(leftChoices, rightChoices);
        leftTrace.select(pair[0]);
        rightTrace.select(pair[1]);
        leftTrace.addListener(SWT.Selection, e -> {
            showTraces();
            updateReplayButton();
        });
        rightTrace.addListener(SWT.Selection, e -> showTraces());
        traces.addSelectionChangedListener(e -> {
            if (e.getStructuredSelection().getFirstElement() instanceof AlignedRow row) {
                showStep(row.index());
                stepDetails.setText(details(row));
            }
        });
        showTraces();
        updateReplayButton();
    }

    private void updateReplayButton() {
        replayButton.setEnabled(spec.isPresent()
                && choice(leftChoices, leftTrace).flatMap(StrategyComparison.Choice::violation).isPresent());
    }

    /**
     * Replays the counterexample chosen on the left under the right strategy, off the UI thread
     * (cancellable in the Progress view), then shows A's steps and B's side by side with the
     * departing step marked in both lanes.
     */
    public void replay() {
        Optional<org.mmrace.core.run.Violation> violation = choice(leftChoices, leftTrace)
                .flatMap(StrategyComparison.Choice::violation);
        if (spec.isEmpty() || violation.isEmpty()) {
            return;
        }
        RunResult a = comparison.left();
        String under = comparison.right().strategy();
        int number = a.violations().indexOf(violation.get()) + 1;
        replayButton.setEnabled(false);
        divergenceLabel.setText("Replaying " + a.strategy() + "'s " + violation.get().key() + " under " + under + "…");
        org.eclipse.swt.widgets.Display display = getDisplay();
        org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create("Replaying " + a.strategy()
                + "'s counterexample under " + under, monitor -> {
                    org.mmrace.core.run.CancellationToken token = new org.mmrace.core.run.CancellationToken();
                    try {
                        ReplayResult r = Replayer.replay(spec.get(), a.strategy(), violation.get(), number,
                                Strategies.resolve(under, spec.get().strategies()),
                                org.mmrace.core.run.ExploreOptions.defaults(), p -> {
                                    if (monitor.isCanceled()) {
                                        token.cancel();
                                    }
                                }, token);
                        display.asyncExec(() -> {
                            if (!isDisposed()) {
                                showReplay(r);
                            }
                        });
                        return org.eclipse.core.runtime.Status.OK_STATUS;
                    } catch (ReplayException | org.mmrace.core.strategy.StrategyException e) {
                        display.asyncExec(() -> {
                            if (!isDisposed()) {
                                divergenceLabel.setText("Cannot replay: " + e.getMessage());
                                updateReplayButton();
                            }
                        });
                        return org.eclipse.core.runtime.Status.OK_STATUS;
                    }
                });
        job.schedule();
    }

    /** A's trace and B's run of its schedule, aligned so that the departing step is on one row, marked. */
    private void showReplay(ReplayResult r) {
        List<TraceStep> a = r.replayed().trace().steps();
        List<TraceStep> b = r.underTrace().steps();
        List<AlignedRow> rows = new java.util.ArrayList<>();
        List<int[]> sides = new java.util.ArrayList<>();
        int bi = 0;
        for (int ai = 0; ai < r.underStepsPerStep().size(); ai++) {
            for (int k = 0; k < r.underStepsPerStep().get(ai); k++, bi++) {
                rows.add(new AlignedRow(rows.size(), k == 0 ? Optional.of(a.get(ai)) : Optional.empty(),
                        Optional.of(b.get(bi)), false));
                sides.add(new int[] { ai, bi });
            }
        }
        int departing = rows.size();
        int ai = r.departure().step() - 1;
        Optional<String> note = r.departure().kind() == Departure.Kind.BLOCKED
                ? Optional.of(r.departure().thread() + ": blocked, waits for " + (r.departure().waitsFor().isEmpty()
                        ? r.departure().underKernelStep().orElse("its next step")
                        : String.join(", ", r.departure().waitsFor())))
                : Optional.empty();
        boolean first = true;
        do {
            Optional<TraceStep> right = bi < b.size() ? Optional.of(b.get(bi)) : Optional.empty();
            // every row of the departure is marked: A's step, and B's step with its check after it
            rows.add(new AlignedRow(rows.size(), first ? Optional.of(a.get(ai)) : Optional.empty(), right, true,
                    first ? note : Optional.empty()));
            sides.add(new int[] { ai, right.isPresent() ? bi : bi - 1 });
            bi++;
            first = false;
        } while (bi < b.size());
        for (int rest = ai + 1; rest < a.size(); rest++) {
            rows.add(new AlignedRow(rows.size(), Optional.of(a.get(rest)), Optional.empty(), false));
            sides.add(new int[] { rest, b.size() - 1 });
        }
        replay = Optional.of(new ReplayRows(r, List.copyOf(sides)));
        divergence = departing;
        traces.setInput(rows);
        divergenceLabel.setText(departure(r) + " " + continuation(r));
        // the two lanes are what a replay is about: give them the room of the verdict table
        sash.setWeights(13, 44, 43);
        traces.setSelection(new StructuredSelection(rows.get(departing)), true);
        updateReplayButton();
        layout(true, true);
    }

    /** One line; the kernel words themselves are in the lanes. */
    private static String departure(ReplayResult r) {
        Departure d = r.departure();
        String where = r.under() + " departs at step " + d.step() + " (marked \u2260): " + d.thread() + " ";
        return where + switch (d.kind()) {
            case BLOCKED -> "is blocked" + (d.waitsFor().isEmpty() ? "." : ", waits for " + String.join(", ", d.waitsFor()) + ".");
            case BRANCH -> "takes another branch: " + abbreviate(d.underKernelStep().orElse(""), 90);
            case SAME_VIOLATION -> "reaches the same violation.";
            case NO_VIOLATION -> "runs every step the same way, without the violation.";
        };
    }

    private static String abbreviate(String words, int max) {
        return words.length() <= max ? words + "." : words.substring(0, max - 1) + "\u2026";
    }

    private static String continuation(ReplayResult r) {
        if (r.departure().kind() == Departure.Kind.SAME_VIOLATION) {
            return "The schedule violates " + r.replayed().key() + " under " + r.under() + " too.";
        }
        return "From the last state both agree on, " + r.under() + switch (r.continuation().verdict()) {
            case HOLDS -> " holds";
            case VIOLATED -> " is violated";
            case DEADLOCK -> " deadlocks";
            case INCOMPLETE -> " is not explored to the end";
            case ERROR -> " cannot be explored";
        } + (r.reachesViolationAnotherWay() ? ": " + r.replayed().key() + " by another route"
                        : ": " + r.replayed().key() + " is not reached") + ".";
    }

    /** The replay shown, if any (cleared when another pair of traces is chosen). */
    public Optional<ReplayResult> replayResult() {
        return replay.map(ReplayRows::result);
    }

    public Button replayButton() {
        return replayButton;
    }

    private TableViewer verdictTable(Composite parent, RunResult left, RunResult right) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(viewer, "", 480, r -> ((StrategyComparison.Row) r).item());
        column(viewer, left.strategy(), 220, r -> ((StrategyComparison.Row) r).left());
        column(viewer, right.strategy(), 220, r -> ((StrategyComparison.Row) r).right());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(comparison.rows());
        return viewer;
    }

    private void column(TableViewer viewer, String title, int width, java.util.function.Function<Object, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }

            @Override
            public Color getBackground(Object element) {
                if (element instanceof StrategyComparison.Row row) {
                    return row.differs() && !row.statistic() ? differs : null;
                }
                if (element instanceof AlignedRow row) {
                    return row.divergence() ? diverges : row.index() > divergence ? after : null;
                }
                return null;
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof AlignedRow row ? details(row) : null;
            }

            @Override
            public Font getFont(Object element) {
                boolean bold = element instanceof StrategyComparison.Row row ? row.differs() && !row.statistic()
                        : element instanceof AlignedRow aligned && aligned.divergence();
                return bold ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
            }
        });
    }

    private Combo traceCombo(Composite parent, String strategy, List<StrategyComparison.Choice> choices) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(strategy + ":");
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        choices.forEach(c -> combo.add(c.label()));
        if (choices.isEmpty()) {
            combo.add("no trace (" + strategy + " gave no violation and no witness)");
        }
        return combo;
    }

    private TableViewer traceTable(Composite parent, RunResult left, RunResult right) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        column(viewer, "#", 44, r -> (((AlignedRow) r).divergence() ? "\u2260 " : "") + number((AlignedRow) r));
        column(viewer, left.strategy(), 520, r -> step(((AlignedRow) r).left()));
        column(viewer, right.strategy(), 520, r -> step(((AlignedRow) r).right())
                + ((AlignedRow) r).rightNote().orElse(""));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    /** The row's step number; in a replay, the number of A's step (B's own extra steps have none). */
    private String number(AlignedRow row) {
        if (replay.isPresent()) {
            return row.left().map(s -> Integer.toString(s.index())).orElse("");
        }
        return Integer.toString(row.index() + 1);
    }

    /** Both sides of a row in full, wrapped: what the two lane cells may cut off. */
    static String details(AlignedRow row) {
        return "Step " + (row.index() + 1) + (row.divergence() ? " (the kernel paths diverge here)" : "") + "\n"
                + comparison(row.left()) + "\n" + comparison(row.right());
    }

    private static String comparison(Optional<TraceStep> step) {
        return step.map(s -> "\u2022 " + (s.device() ? "device" : s.thread()) + ": " + s.operation() + "  \u25B8  "
                + s.kernelStep() + (s.changes().isEmpty() ? "" : "  [" + String.join("; ", s.changes()) + "]"))
                .orElse("\u2022 (no step: this trace has ended)");
    }

    /** The item column takes half of the verdict table, each strategy a quarter. */
    private void fitVerdicts() {
        org.eclipse.swt.widgets.TableColumn[] c = verdicts.getTable().getColumns();
        int w = verdicts.getTable().getClientArea().width - 4;
        c[0].setWidth(Math.max(200, w / 2));
        c[1].setWidth(Math.max(110, w / 4));
        c[2].setWidth(Math.max(110, w / 4));
    }

    /** The two lanes share the table's width; the details pane below shows what they cut off. */
    private void fitLanes() {
        org.eclipse.swt.widgets.TableColumn[] c = traces.getTable().getColumns();
        int lane = Math.max(120, (traces.getTable().getClientArea().width - c[0].getWidth() - 4) / 2);
        c[1].setWidth(lane);
        c[2].setWidth(lane);
    }

    public String stepDetails() {
        return stepDetails.getText();
    }

    private static String step(Optional<TraceStep> step) {
        return step.map(s -> (s.device() ? "device" : s.thread()) + ": " + s.kernelStep()).orElse("");
    }

    private Optional<StrategyComparison.Choice> choice(List<StrategyComparison.Choice> choices, Combo combo) {
        int i = combo.getSelectionIndex();
        return i >= 0 && i < choices.size() ? Optional.of(choices.get(i)) : Optional.empty();
    }

    private void showTraces() {
        if (replay.isPresent()) {
            sash.setWeights(20, 27, 53);
        }
        replay = Optional.empty();
        Optional<StrategyComparison.Choice> l = choice(leftChoices, leftTrace);
        Optional<StrategyComparison.Choice> r = choice(rightChoices, rightTrace);
        List<TraceStep> lt = l.map(c -> c.trace().steps()).orElse(List.of());
        List<TraceStep> rt = r.map(c -> c.trace().steps()).orElse(List.of());
        divergence = StrategyComparison.divergence(lt, rt);
        int rows = Math.max(lt.size(), rt.size());
        List<AlignedRow> aligned = new java.util.ArrayList<>();
        for (int i = 0; i < rows; i++) {
            aligned.add(new AlignedRow(i, i < lt.size() ? Optional.of(lt.get(i)) : Optional.empty(),
                    i < rt.size() ? Optional.of(rt.get(i)) : Optional.empty(), i == divergence));
        }
        traces.setInput(aligned);
        divergenceLabel.setText(divergence < rows
                ? "The same threads make the same changes for " + divergence + (divergence == 1 ? " step" : " steps")
                        + "; the kernel paths diverge at step " + (divergence + 1) + " (marked \u2260)."
                : "The two traces run the same kernel steps.");
        if (!aligned.isEmpty()) {
            AlignedRow shown = aligned.get(Math.min(divergence, aligned.size() - 1));
            traces.setSelection(new StructuredSelection(shown), true);
        }
        layout(true, true);
    }

    private void showStep(int index) {
        if (replay.isPresent()) {
            int[] side = replay.get().sides().get(index);
            ReplayResult r = replay.get().result();
            StrategyComparison.Choice a = new StrategyComparison.Choice("", r.replayed().trace(),
                    Optional.of(r.replayed()));
            show(leftGraph, comparison.left(), a, side[0]);
            if (side[1] >= 0) {
                show(rightGraph, comparison.right(), new StrategyComparison.Choice("", r.underTrace(),
                        Optional.empty()), side[1]);
            }
            return;
        }
        choice(leftChoices, leftTrace).ifPresent(c -> show(leftGraph, comparison.left(), c, index));
        choice(rightChoices, rightTrace).ifPresent(c -> show(rightGraph, comparison.right(), c, index));
    }

    private static void show(MmGraphPanel panel, RunResult result, StrategyComparison.Choice choice, int index) {
        int last = choice.trace().steps().size() - 1;
        panel.show(new TraceStepSelection(result, choice.trace(), Math.min(index, last), choice.violation()));
    }

    public void setOnlyDifferences(boolean only) {
        onlyDifferences.setSelection(only);
        verdicts.setFilters(only ? new ViewerFilter[] { new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parent, Object element) {
                return ((StrategyComparison.Row) element).differs();
            }
        } } : new ViewerFilter[0]);
    }

    public TableViewer verdictViewer() {
        return verdicts;
    }

    public TableViewer traceViewer() {
        return traces;
    }

    public int divergence() {
        return divergence;
    }

    public MmGraphPanel leftGraph() {
        return leftGraph;
    }

    public MmGraphPanel rightGraph() {
        return rightGraph;
    }

    public void selectTraces(int left, int right) {
        leftTrace.select(left);
        rightTrace.select(right);
        showTraces();
    }

    @Override
    public void dispose() {
        super.dispose();
        differs.dispose();
        diverges.dispose();
        after.dispose();
    }
}
