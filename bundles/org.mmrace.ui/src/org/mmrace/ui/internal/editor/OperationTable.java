package org.mmrace.ui.internal.editor;

import org.mmrace.lang.assist.RaceStructure;
import org.mmrace.lang.assist.RaceSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Composite;
import org.mmrace.lang.assist.RaceStructure.Statement;

/**
 * A thread's operations as a table, one row per operation line: the operation and the target
 * (address, region, pin, pipe, ...) as combos, {@code data=} and the other options as text. A
 * cell edit becomes a text edit of that one line through {@code apply}, which checks it first
 * and may refuse it (the page then shows the validator's message).
 */
public final class OperationTable {

    /** Columns, in order. */
    public static final int OPERATION = 1;
    public static final int TARGET = 2;
    public static final int DATA = 3;
    public static final int OPTIONS = 4;

    /** A row: operation {@code number} (1-based) of the thread. */
    public record Row(int number, Statement statement, OperationLine line) {
    }

    private static final String[] OPERATIONS = RaceSyntax.OPERATIONS.keySet().toArray(String[]::new);

    private final TableViewer viewer;
    private final BiPredicate<Statement, String> apply;
    private final List<CellEditor> editors = new ArrayList<>();
    private RaceStructure structure = RaceStructure.of("");
    private Optional<Statement> thread = Optional.empty();
    private ComboBoxCellEditor targetEditor;

    public OperationTable(Composite parent, BiPredicate<Statement, String> apply) {
        this.apply = apply;
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 150).applyTo(viewer.getControl());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("#", 32, r -> String.valueOf(r.number()), null);
        ComboBoxCellEditor ops = new ComboBoxCellEditor(viewer.getTable(), OPERATIONS, SWT.READ_ONLY);
        column("Operation", 110, r -> r.line().operation(), new Cell(ops) {
            @Override
            Object get(Row r) {
                return List.of(OPERATIONS).indexOf(r.line().operation());
            }

            @Override
            String set(Row r, Object value) {
                int i = (Integer) value;
                return i < 0 ? null : changeOperation(r.line(), OPERATIONS[i]);
            }
        });
        targetEditor = new ComboBoxCellEditor(viewer.getTable(), new String[0], SWT.NONE);
        column("Address / target", 150, r -> r.line().target(), new Cell(targetEditor) {
            @Override
            Object get(Row r) {
                targetEditor.setItems(targets(r).toArray(String[]::new));
                int i = targets(r).indexOf(r.line().target());
                if (i < 0) {
                    ((CCombo) targetEditor.getControl()).setText(r.line().target());
                }
                return i;
            }

            @Override
            String set(Row r, Object value) {
                int i = (Integer) value;
                String text = i >= 0 ? targetEditor.getItems()[i] : ((CCombo) targetEditor.getControl()).getText();
                return r.line().withTarget(text).text();
            }
        });
        column("Data", 60, r -> r.line().data(), textCell(OperationLine::data, OperationLine::withData));
        column("Options", 180, r -> r.line().options(), textCell(OperationLine::options, OperationLine::withOptions));
        // Keyboard: arrows move between cells, Enter or F2 edits, Tab goes to the next field.
        TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer,
                new FocusCellOwnerDrawHighlighter(viewer));
        ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent e) {
                return e.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || e.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || e.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || e.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && (e.keyCode == SWT.CR || e.keyCode == SWT.F2);
            }
        };
        TableViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL
                | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        viewer.getTable().setToolTipText("Double-click a cell, or press Enter or F2, to edit it; Tab goes on");
    }

    /** Shows the operations of {@code thread}, {@code selected} selected. */
    public void show(RaceStructure s, Statement t, Optional<Statement> selected) {
        structure = s;
        thread = Optional.of(t);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < t.children().size(); i++) {
            Statement op = t.children().get(i);
            rows.add(new Row(i + 1, op, OperationLine.parse(op.code())));
        }
        viewer.setInput(rows);
        selected.flatMap(op -> rows.stream().filter(r -> r.statement().equals(op)).findFirst())
                .ifPresent(r -> viewer.setSelection(new StructuredSelection(r), true));
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** The cell editor of a column (for tests, which drive it as a user does). */
    public CellEditor editor(int column) {
        return editors.get(column - 1);
    }

    /** The choices the target combo offers on {@code row}. */
    public List<String> targets(Row row) {
        return thread.map(t -> OperationTargets.of(structure, t, row.line().operation())).orElse(List.of());
    }

    /**
     * The line for another operation: the new operation's template, with the old target when it
     * is of the same sort (an address stays an address) and the old data symbol.
     */
    private String changeOperation(OperationLine old, String op) {
        if (op.equals(old.operation())) {
            return old.text();
        }
        String region = thread.flatMap(t -> OperationTargets.of(structure, t, "munmap").stream().findFirst())
                .orElse("buf");
        OperationLine line = OperationLine.parse(DesignEdits.OPERATION_TEMPLATES.containsKey(op)
                ? DesignEdits.operation(op, region) : op);
        if (!old.target().isEmpty() && sameSort(old.operation(), op)) {
            line = line.withTarget(old.target());
        }
        if (!line.data().isEmpty() && !old.data().isEmpty()) {
            line = line.withData(old.data());
        }
        return line.text();
    }

    private static boolean sameSort(String a, String b) {
        return OperationLine.ADDRESS_OPERATIONS.contains(a) && OperationLine.ADDRESS_OPERATIONS.contains(b)
                || OperationLine.REGION_OPERATIONS.contains(a) && OperationLine.REGION_OPERATIONS.contains(b);
    }

    private void column(String title, int width, Function<Row, String> text, Cell cell) {
        TableViewerColumn col = new TableViewerColumn(viewer, SWT.NONE);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }
        });
        if (cell != null) {
            editors.add(cell.editor);
            col.setEditingSupport(cell);
        }
    }

    /** A text cell that shows one field of the line and rewrites that field. */
    private Cell textCell(Function<OperationLine, String> field,
            java.util.function.BiFunction<OperationLine, String, OperationLine> with) {
        return new Cell(new TextCellEditor(viewer.getTable())) {
            @Override
            Object get(Row r) {
                return field.apply(r.line());
            }

            @Override
            String set(Row r, Object value) {
                return with.apply(r.line(), (String) value).text();
            }
        };
    }

    /** Editing of one column: the value the editor starts from, and the line it makes. */
    private abstract class Cell extends EditingSupport {
        final CellEditor editor;

        Cell(CellEditor editor) {
            super(viewer);
            this.editor = editor;
        }

        abstract Object get(Row r);

        /** The new code of the line, or null to leave it. */
        abstract String set(Row r, Object value);

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return get((Row) element);
        }

        @Override
        protected void setValue(Object element, Object value) {
            Row r = (Row) element;
            String code = set(r, value);
            if (code != null && !code.equals(r.statement().code())) {
                apply.test(r.statement(), code);
            }
        }
    }
}
