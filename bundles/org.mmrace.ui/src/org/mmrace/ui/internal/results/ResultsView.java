package org.mmrace.ui.internal.results;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.mmrace.core.run.RunResult;
import org.mmrace.ui.graph.mm.StrategyCompareInput;
import org.mmrace.ui.internal.application.MmracePerspective;
import org.mmrace.ui.internal.core.Icons;
import org.mmrace.ui.internal.core.MmraceUi;
import org.mmrace.ui.internal.core.ScenarioResults;
import org.mmrace.ui.internal.results.ResultMatrix.Cell;
import org.mmrace.ui.internal.results.ResultMatrix.Column;
import org.mmrace.ui.internal.results.ResultMatrix.Row;
import org.mmrace.ui.internal.trace.TraceView;

/**
 * The Results view: for the scenario run last, a matrix of strategies (rows) against the file's
 * conditions and the built-in oracles (columns). A cell against the file's {@code expect} is
 * highlighted; double-clicking a cell opens the trace behind it in the Trace view. Two selected
 * strategy rows open side by side in the Compare Strategies editor.
 */
public final class ResultsView extends ViewPart {

    public static final String ID = MmracePerspective.RESULTS_VIEW;
    private static final Color MARKED = new Color(255, 224, 178);

    private Label header;
    private TableViewer viewer;
    private ResultMatrix matrix = new ResultMatrix(List.of(), List.of());
    private static final int MAX_COLUMN = 300;
    private List<Column> shownColumns = List.of();
    private Optional<ScenarioResults> shown = Optional.empty();
    private ProgressPanel progressPanel;
    private final Action compare = new Action("Compare Strategies") {
        @Override
        public void run() {
            compareSelected();
        }
    };
    private final Consumer<ScenarioResults> listener = r -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> show(r));
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 4).margins(4, 4).applyTo(parent);
        header = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        header.setText("No results yet. Open a scenario and run it: Run > Run Scenario (Ctrl+F11).");
        // the matrix above, the run's progress (table and plot, as the TLA+ Toolbox shows TLC's) below
        org.eclipse.swt.custom.SashForm split = new org.eclipse.swt.custom.SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(split);
        viewer = new TableViewer(split, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        progressPanel = new ProgressPanel(split);
        split.setWeights(45, 55);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.getTable().addListener(SWT.MouseDoubleClick, e -> {
            ViewerCell cell = viewer.getCell(new Point(e.x, e.y));
            if (cell != null) {
                cellAt((Row) cell.getElement(), cell.getColumnIndex()).flatMap(Cell::trace).ifPresent(this::openTrace);
            }
        });
        viewer.addOpenListener(e -> {
            // Enter on a row: the verdict's trace (the first violation, or the witness).
            Object first = viewer.getStructuredSelection().getFirstElement();
            if (first instanceof Row row && e.getSelection() != null) {
                row.verdict().trace().ifPresent(this::openTrace);
            }
        });
        getSite().setSelectionProvider(viewer);
        compare.setToolTipText("Compare the two selected strategies: verdicts, conditions and traces side by side");
        compare.setImageDescriptor(org.eclipse.ui.PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(org.eclipse.ui.ISharedImages.IMG_TOOL_COPY));
        compare.setEnabled(false);
        viewer.addSelectionChangedListener(e -> compare.setEnabled(selectedRuns().isPresent()));
        MenuManager menu = new MenuManager();
        menu.add(compare);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        getViewSite().getActionBars().getToolBarManager().add(compare);
        MmraceUi.get().results().addListener(listener);
        MmraceUi.get().results().latest().ifPresent(this::show);
    }

    /** Shows {@code results} (UI thread). */
    public void show(ScenarioResults results) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        shown = Optional.of(results);
        matrix = ResultMatrix.of(results);
        if (!matrix.columns().equals(shownColumns)) {
            rebuildColumns(matrix.columns());
        }
        long differing = matrix.rows().stream().filter(r -> r.verdict().marked()).count();
        String state = results.running().map(s -> "running " + s + "...").orElse(matrix.rows().size() + " strategies");
        header.setText(results.scenarioName() + " (" + results.scenarioFile().getFileName() + "): " + state
                + (differing > 0 ? ", " + differing + " differ from the file's expect (highlighted)" : "")
                + ". Double-click a cell to step through its trace.");
        header.getParent().layout();
        viewer.setInput(matrix.rows());
        fitColumns();
        setContentDescription("");
    }

    /**
     * Widens the condition and oracle columns to their header and cells ("missed cow",
     * "require P.buf[0].0 == D"), up to a limit; the header's tooltip has the whole condition.
     */
    private void fitColumns() {
        TableColumn[] columns = viewer.getTable().getColumns();
        for (int i = 3; i < columns.length - 2; i++) {
            int before = columns[i].getWidth();
            columns[i].pack();
            columns[i].setWidth(Math.min(MAX_COLUMN, Math.max(before, columns[i].getWidth())));
        }
    }

    public Optional<ScenarioResults> shown() {
        return shown;
    }

    /** Rows of the progress table (one per report of the current or last run). */
    public int progressRows() {
        return progressPanel.rows();
    }

    /** Plots the progress column {@code metric} (0 distinct, 1 states/s, 2 queue, 3 depth, 4 pruned). */
    public void plotProgress(int metric) {
        progressPanel.plot(metric);
    }

    public ResultMatrix matrix() {
        return matrix;
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** The Compare Strategies action: enabled when exactly two strategy rows with results are selected. */
    public Action compareAction() {
        return compare;
    }

    /** The runs of the two selected rows, in table order; empty unless exactly two rows with results. */
    Optional<List<RunResult>> selectedRuns() {
        List<?> selected = viewer.getStructuredSelection().toList();
        if (selected.size() != 2 || shown.isEmpty()) {
            return Optional.empty();
        }
        List<RunResult> runs = matrix.rows().stream().filter(selected::contains)
                .flatMap(r -> shown.get().result(r.strategy()).stream()).toList();
        return runs.size() == 2 ? Optional.of(runs) : Optional.empty();
    }

    private void compareSelected() {
        selectedRuns().ifPresent(runs -> {
            try {
                // the scenario as it is now lets the editor replay one side's counterexample under the other
                Optional<org.mmrace.core.spec.ScenarioSpec> spec = shown.flatMap(r -> {
                    org.mmrace.lang.LoadedScenario loaded = new org.mmrace.lang.ScenarioLoader().load(r.scenarioFile());
                    return loaded.hasErrors() ? Optional.empty() : loaded.spec();
                });
                new StrategyCompareInput(runs.get(0), runs.get(1), spec).open(getSite().getPage());
            } catch (PartInitException e) {
                throw new IllegalStateException("cannot open the Compare Strategies editor", e);
            }
        });
    }

    /** The cell of {@code row} under table column {@code index}. */
    static Optional<Cell> cellAt(Row row, int index) {
        if (index == 1) {
            return Optional.of(row.verdict());
        }
        int cellIndex = index - 3;
        return cellIndex >= 0 && cellIndex < row.cells().size() ? Optional.of(row.cells().get(cellIndex))
                : Optional.empty();
    }

    private void rebuildColumns(List<Column> columns) {
        viewer.getTable().setRedraw(false);
        try {
            for (TableColumn c : viewer.getTable().getColumns()) {
                c.dispose();
            }
            textColumn("Strategy", 120, Row::strategy, "The strategy: a kernel version or a proposed fix");
            cellColumn("Verdict", 150, Row::verdict, "holds: every require/forbid and oracle satisfied");
            textColumn("Expected", 75, Row::expected, "What the file's expect line says");
            for (int i = 0; i < columns.size(); i++) {
                int index = i;
                Column col = columns.get(i);
                cellColumn(col.title(), col.key().startsWith("oracle:") ? 95 : 165, r -> r.cells().get(index),
                        col.tooltip());
            }
            textColumn("States", 80, Row::states, "Distinct states explored");
            textColumn("Time", 70, Row::time, "Exploration time");
            shownColumns = columns;
        } finally {
            viewer.getTable().setRedraw(true);
        }
    }

    private void textColumn(String title, int width, Function<Row, String> text, String tooltip) {
        TableViewerColumn col = new TableViewerColumn(viewer, SWT.NONE);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.getColumn().setToolTipText(tooltip);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }
        });
    }

    private void cellColumn(String title, int width, Function<Row, Cell> cell, String tooltip) {
        TableViewerColumn col = new TableViewerColumn(viewer, SWT.NONE);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.getColumn().setToolTipText(tooltip);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return cell.apply((Row) element).text();
            }

            @Override
            public Image getImage(Object element) {
                return switch (cell.apply((Row) element).status()) {
                case OK -> Icons.get(Icons.OK);
                case FAIL -> Icons.get(Icons.FAIL);
                case OBSERVED -> Icons.get(Icons.OBSERVE);
                case UNKNOWN -> Icons.get(Icons.INCOMPLETE);
                case RUNNING -> null;
                };
            }

            @Override
            public Color getBackground(Object element) {
                return cell.apply((Row) element).marked() ? MARKED : null;
            }

            @Override
            public String getToolTipText(Object element) {
                Cell c = cell.apply((Row) element);
                String tip = c.tooltip();
                return c.trace().isPresent() ? tip + (tip.isEmpty() ? "" : "\n") + "Double-click to open the trace."
                        : tip.isEmpty() ? null : tip;
            }
        });
    }

    void openTrace(TraceInput input) {
        try {
            getSite().getPage().showView(MmracePerspective.MM_STATE_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
            TraceView view = (TraceView) getSite().getPage().showView(TraceView.ID, null, IWorkbenchPage.VIEW_ACTIVATE);
            view.show(input);
        } catch (PartInitException e) {
            throw new IllegalStateException("cannot open the Trace view", e);
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        MmraceUi.get().results().removeListener(listener);
        super.dispose();
    }
}
