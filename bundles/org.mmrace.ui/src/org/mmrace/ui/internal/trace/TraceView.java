package org.mmrace.ui.internal.trace;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.mmrace.core.trace.TraceStep;
import org.mmrace.ui.internal.application.MmracePerspective;
import org.mmrace.ui.internal.editor.RaceEditor;
import org.mmrace.ui.internal.results.TraceInput;

/**
 * The Trace view: a counterexample or witness step by step, one row per kernel step and one
 * column (swim lane) per thread plus the device, as in the patch diagram, with the locks held
 * after each step. The table is virtual: rows are built only when shown, so a trace of tens of
 * thousands of steps opens at once. Selecting a step shows its MM state; with "Link with Editor"
 * the operation's line is selected in the scenario.
 */
public final class TraceView extends ViewPart {

    public static final String ID = MmracePerspective.TRACE_VIEW;
    private static final Color OP_START = new Color(232, 240, 254);

    private static final Color LOCKS_CHANGED = new Color(255, 240, 140);

    private Label header;
    private TableViewer viewer;
    private Text details;
    private Optional<TraceInput> input = Optional.empty();
    private TraceLanes lanes = new TraceLanes(List.of(), new boolean[0]);
    private IAction link;
    private int rowsBuilt;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 4).margins(4, 4).applyTo(parent);
        header = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(header);
        header.setText("No trace. Double-click a cell of the Results view to step through its counterexample.");
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        viewer = new TableViewer(sash, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        // The whole step, wrapped: a lane cell has only a share of the view's width.
        details = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        details.setText("The selected step in full appears here.");
        sash.setWeights(78, 22);
        // The details pane keeps about four lines whatever the view's height (a sash drag still moves it).
        sash.addListener(SWT.Resize, e -> {
            int h = sash.getClientArea().height;
            int want = Math.min(h * 2 / 5, details.getLineHeight() * 4 + 10);
            if (h > 0 && want > 0) {
                sash.setWeights(h - want, want);
            }
        });
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                rowsBuilt++;
                viewer.replace(new StepRef(input.orElseThrow(), index), index);
            }

            @Override
            public void inputChanged(Viewer v, Object oldInput, Object newInput) {
            }
        });
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addSelectionChangedListener(e -> {
            if (e.getStructuredSelection().getFirstElement() instanceof StepRef ref) {
                details.setText(StepDetails.of(ref));
                if (link.isChecked()) {
                    revealInEditor(ref);
                }
            }
        });
        getSite().setSelectionProvider(viewer);
        viewer.getTable().addListener(SWT.Resize, e -> fitLanes());
        makeActions();
    }

    private void makeActions() {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
        Action first = action("First Step (Home)", images, ISharedImages.IMG_TOOL_UP, () -> select(0));
        Action previous = action("Previous Step (Up)", images, ISharedImages.IMG_TOOL_BACK, () -> select(selected() - 1));
        Action next = action("Next Step (Down)", images, ISharedImages.IMG_TOOL_FORWARD, () -> select(selected() + 1));
        Action last = action("Last Step (End)", images, ISharedImages.IMG_TOOL_REDO,
                () -> select(input.map(i -> i.trace().length() - 1).orElse(0)));
        link = new Action("Link with Editor", IAction.AS_CHECK_BOX) {
        };
        link.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
        link.setToolTipText("Link with Editor: select the step's operation in the scenario");
        link.setChecked(true);
        Action copy = action("Copy as Patch Diagram (75 columns, for a mail)", images, ISharedImages.IMG_TOOL_COPY,
                this::copyPatchDiagram);
        bar.add(copy);
        bar.add(new org.eclipse.jface.action.Separator());
        bar.add(first);
        bar.add(previous);
        bar.add(next);
        bar.add(last);
        bar.add(link);
    }

    private static Action action(String text, ISharedImages images, String image, Runnable run) {
        Action a = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        a.setToolTipText(text);
        a.setImageDescriptor(images.getImageDescriptor(image));
        return a;
    }

    /**
     * The lanes and the locks share the width the view has, so the table is no wider than the
     * view down to {@link TraceLayout#MIN_LANE} pixels a lane; the details pane and the tooltips
     * give the whole text of a cell.
     */
    private void fitLanes() {
        TableColumn[] columns = viewer.getTable().getColumns();
        int n = lanes.lanes().size();
        if (columns.length != n + 2) {
            return;
        }
        int[] widths = TraceLayout.widths(viewer.getTable().getClientArea().width, columns[0].getWidth(), n);
        for (int i = 1; i <= n + 1; i++) {
            columns[i].setWidth(widths[i - 1]);
        }
    }

    /** The details pane's text (for tests). */
    public String details() {
        return details.getText();
    }

    /** Puts the trace on the clipboard as the CPU0/CPU1 patch diagram of org.mmrace.export. */
    public String copyPatchDiagram() {
        if (input.isEmpty()) {
            return "";
        }
        String text = new org.mmrace.export.diagram.PatchDiagram(org.mmrace.export.diagram.PatchDiagram.DEFAULT_WIDTH)
                .render(input.get().trace(), input.get().violation());
        org.eclipse.swt.dnd.Clipboard clipboard = new org.eclipse.swt.dnd.Clipboard(viewer.getControl().getDisplay());
        try {
            clipboard.setContents(new Object[] { text },
                    new org.eclipse.swt.dnd.Transfer[] { org.eclipse.swt.dnd.TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
        getViewSite().getActionBars().getStatusLineManager().setMessage("Patch diagram copied ("
                + text.lines().count() + " lines)");
        return text;
    }

    /** Shows a trace, its first step selected (UI thread). */
    public void show(TraceInput newInput) {
        input = Optional.of(newInput);
        lanes = TraceLanes.of(newInput.trace());
        setPartName("Trace: " + newInput.strategy());
        header.setText(newInput.scenario() + " under " + newInput.title() + "  (" + newInput.trace().length()
                + " steps; Up/Down step, select a step to see its MM state)");
        header.getParent().layout();
        Table table = new Table();
        table.rebuild();
        viewer.setInput(newInput);
        viewer.setItemCount(newInput.trace().length());
        viewer.refresh();
        fitLanes();
        if (newInput.trace().length() > 0) {
            select(0);
        }
    }

    /** Selects step {@code index} (clamped), which updates the MM State view and the editor. */
    public void select(int index) {
        if (input.isEmpty() || input.get().trace().length() == 0) {
            return;
        }
        int i = Math.max(0, Math.min(index, input.get().trace().length() - 1));
        // By index: selecting an element of a virtual table would build every row up to it.
        org.eclipse.swt.widgets.Table table = viewer.getTable();
        table.setSelection(i);
        // Scroll explicitly: GTK's estimate for a virtual table can leave showSelection() short of the row.
        reveal(table, i, 100); // up to about 2 s of rounds: a loaded machine draws slowly
        Event event = new Event();
        event.item = table.getItem(i);
        table.notifyListeners(SWT.Selection, event);
    }

    /**
     * Scrolls row {@code i} into view. GTK scrolls a virtual table by estimated row heights and
     * measures the rows only once it has drawn them, so a long jump may land short: try again
     * after each round of events until the row is on screen.
     */
    private static void reveal(org.eclipse.swt.widgets.Table table, int i, int attempts) {
        if (table.isDisposed() || table.getSelectionIndex() != i) {
            return;
        }
        int visible = Math.max(1, table.getClientArea().height / Math.max(1, table.getItemHeight()));
        if (i >= table.getTopIndex() && i < table.getTopIndex() + visible) {
            return;
        }
        table.setTopIndex(Math.max(0, i - visible / 2));
        table.showSelection();
        if (attempts > 0) {
            table.getDisplay().timerExec(20, () -> reveal(table, i, attempts - 1));
        }
    }

    public int selected() {
        return viewer.getTable().getSelectionIndex();
    }

    public Optional<TraceInput> input() {
        return input;
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** How many rows the virtual table has built so far (to check it stays lazy). */
    public int rowsBuilt() {
        return rowsBuilt;
    }

    public void setLinkWithEditor(boolean on) {
        link.setChecked(on);
    }

    private final class Table {
        void rebuild() {
            viewer.getTable().setRedraw(false);
            try {
                for (TableColumn c : viewer.getTable().getColumns()) {
                    c.dispose();
                }
                column("#", 45, SWT.RIGHT, ref -> String.valueOf(ref.index() + 1), ref -> ref.step().operation());
                int laneWidth = 160;
                for (int lane = 0; lane < lanes.lanes().size(); lane++) {
                    int l = lane;
                    String name = lanes.lanes().get(lane);
                    column(name, laneWidth, SWT.LEFT,
                            ref -> lanes.laneOf(ref.step()) == l ? laneText(ref) : "",
                            ref -> lanes.laneOf(ref.step()) == l ? tooltip(ref.step()) : null);
                }
                column("Locks held", 200, SWT.LEFT, ref -> String.join(", ", ref.step().locksHeld()),
                        ref -> locksChanged(ref) ? "changed by this step" : null);
            } finally {
                viewer.getTable().setRedraw(true);
            }
        }

        private void column(String title, int width, int style, java.util.function.Function<StepRef, String> text,
                java.util.function.Function<StepRef, String> tip) {
            TableViewerColumn col = new TableViewerColumn(viewer, style);
            col.getColumn().setText(title);
            col.getColumn().setWidth(width);
            col.getColumn().setMoveable(true);
            col.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return text.apply((StepRef) element);
                }

                @Override
                public String getToolTipText(Object element) {
                    return tip.apply((StepRef) element);
                }

                @Override
                public Color getBackground(Object element) {
                    StepRef ref = (StepRef) element;
                    if (title.equals("Locks held")) {
                        return locksChanged(ref) ? LOCKS_CHANGED : null;
                    }
                    return lanes.startsOperation()[ref.index()] && !text.apply(ref).isEmpty() && style == SWT.LEFT
                            && lanes.laneOf(ref.step()) >= 0 && !title.equals("Locks held") ? OP_START : null;
                }
            });
        }
    }

    /** Whether the step took or released a lock, as the Toolbox colours a changed variable. */
    private static boolean locksChanged(StepRef ref) {
        // A scenario starts with no lock held (the initial state is before any kernel step).
        List<String> before = ref.index() == 0 ? List.of() : ref.input().trace().steps().get(ref.index() - 1).locksHeld();
        return !before.equals(ref.step().locksHeld());
    }

    /** The lane cell: the kernel step, preceded by the operation when the step starts it. */
    private String laneText(StepRef ref) {
        TraceStep s = ref.step();
        return lanes.startsOperation()[ref.index()] && !s.device() ? s.operation() + "  \u25B8  " + s.kernelStep()
                : s.kernelStep();
    }

    private static String tooltip(TraceStep s) {
        StringBuilder b = new StringBuilder(s.thread()).append(": ").append(s.operation());
        if (s.operationPos().line() > 0) {
            b.append("  (line ").append(s.operationPos().line()).append(')');
        }
        b.append("\n").append(s.kernelStep());
        if (!s.changes().isEmpty()) {
            b.append("\n\nChanges:\n  ").append(String.join("\n  ", s.changes()));
        }
        return b.toString();
    }

    private void revealInEditor(StepRef ref) {
        TraceStep step = ref.step();
        if (step.operationPos().line() <= 0) {
            return;
        }
        findEditor(ref.input().scenarioFile()).ifPresent(editor -> {
            IDocument doc = editor.document();
            try {
                int line = step.operationPos().line() - 1;
                int offset = doc.getLineOffset(line) + Math.max(0, step.operationPos().column() - 1);
                int end = doc.getLineOffset(line) + doc.getLineLength(line);
                String rest = doc.get(offset, end - offset);
                int hash = rest.indexOf('#');
                int length = (hash >= 0 ? rest.substring(0, hash) : rest).stripTrailing().length();
                editor.selectInSource(offset, length);
                getSite().getPage().bringToTop(editor);
            } catch (BadLocationException e) {
                // The file changed since the run: nothing to select.
            }
        });
    }

    private Optional<RaceEditor> findEditor(Path file) {
        IWorkbenchPage page = getSite().getPage();
        for (IEditorReference ref : page.getEditorReferences()) {
            IEditorPart part = ref.getEditor(false);
            if (part instanceof RaceEditor editor && editor.path().map(file::equals).orElse(false)) {
                return Optional.of(editor);
            }
        }
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
        if (files.length > 0) {
            try {
                return Optional.of((RaceEditor) IDE.openEditor(page, files[0], RaceEditor.ID, false));
            } catch (PartInitException | ClassCastException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
