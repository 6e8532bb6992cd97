package org.mmrace.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.mmrace.lang.assist.RaceStructure.Kind;
import org.mmrace.lang.assist.RaceStructure.Statement;
import org.mmrace.lang.assist.RaceStructure;
import org.mmrace.lang.assist.RaceSyntax;

/**
 * The Design page: the scenario as a tree (header, processes and mappings, threads and their
 * operations, conditions, expectations, strategies) with add, remove, move and a checked field to
 * edit the selected statement. Every edit is a text edit of the shared document (see
 * {@link DesignEdits}), so the Source page shows it at once, comments survive, and Undo/Redo
 * are the text editor's.
 */
public final class DesignPage {

    /** A group of the tree: a title and the statements in it. */
    record Group(String title, List<Statement> statements) {
    }

    private final IDocument document;
    private final ScenarioChecker checker;
    private final String fileName;
    private final FormToolkit toolkit;
    private final ScrolledForm form;
    private final TreeViewer tree;
    private final Text field;
    private final Label help;
    private final Label error;
    private final Combo operationKind;
    private final Section details;
    private final Composite stack;
    private final StackLayout stackLayout;
    private final OperationTable operations;
    private final MapFields mapFields;
    private final Composite processPage;
    private final Text processName;
    private final Composite emptyPage;
    private RaceStructure structure = RaceStructure.of("");
    private Optional<Statement> selected = Optional.empty();
    private boolean editing;
    private final IDocumentListener listener = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            if (!editing) {
                refresh();
            }
        }
    };

    public DesignPage(Composite parent, IDocument document, ScenarioChecker checker, String fileName) {
        this.document = document;
        this.checker = checker;
        this.fileName = fileName;
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText("Design");
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        // One column: at laptop size the editor area is narrow, and the tree needs the width.
        GridLayoutFactory.fillDefaults().numColumns(1).margins(10, 6).spacing(0, 10).applyTo(body);

        Section outline = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
        outline.setText("Scenario");
        outline.setDescription("Processes and mappings, threads and their operations, conditions, expectations.");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(outline);
        Composite left = toolkit.createComposite(outline);
        GridLayoutFactory.fillDefaults().numColumns(1).applyTo(left);
        outline.setClient(left);
        Composite buttons = toolkit.createComposite(left);
        tree = new TreeViewer(toolkit.createTree(left, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL
                | SWT.BORDER));
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 180).applyTo(tree.getControl());
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                if (parent instanceof Group g) {
                    return g.statements().toArray();
                }
                return ((Statement) parent).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return getChildren(element).length > 0;
            }
        });
        tree.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Group g ? g.title() : RaceOutlinePage.label((Statement) element);
            }
        });
        tree.addSelectionChangedListener(e -> select(e.getStructuredSelection().getFirstElement()));

        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(buttons);
        org.eclipse.swt.layout.RowLayout row = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        row.marginLeft = 0;
        row.center = true;
        buttons.setLayout(row);
        operationKind = new Combo(buttons, SWT.READ_ONLY | SWT.DROP_DOWN);
        DesignEdits.OPERATION_TEMPLATES.keySet().forEach(operationKind::add);
        operationKind.select(0);
        operationKind.setToolTipText("The kind of operation 'Add Operation' adds");
        button(buttons, "Add &Operation", this::addOperation);
        button(buttons, "Add &Thread", () -> addTop(Kind.THREAD, "thread " + firstProcess() + ".t"
                + (structure.threads().size() + 1)));
        button(buttons, "Add &Condition", () -> addTop(Kind.REQUIRE, "require " + firstRegion(true) + "[0].0 == A"));
        button(buttons, "Add E&xpectation", () -> addTop(Kind.EXPECT, "expect linux-2.6.27 holds"));
        button(buttons, "&Remove", this::remove);
        button(buttons, "Move &Up", () -> move(-1));
        button(buttons, "Move Do&wn", () -> move(1));

        details = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
        details.setText("Selected statement");
        details.setDescription("Edit it and press Enter; a comment on its line is kept.");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(details);
        Composite right = toolkit.createComposite(details);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(right);
        details.setClient(right);
        // Per-field controls for the selected statement's kind; the line field below edits any statement.
        stack = toolkit.createComposite(right);
        stackLayout = new StackLayout();
        stack.setLayout(stackLayout);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(stack);
        Composite tablePage = toolkit.createComposite(stack);
        GridLayoutFactory.fillDefaults().applyTo(tablePage);
        operations = new OperationTable(tablePage, this::applyCode);
        toolkit.adapt(operations.viewer().getTable());
        mapFields = new MapFields(stack, toolkit, this::applyCode);
        processPage = toolkit.createComposite(stack);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(processPage);
        toolkit.createLabel(processPage, "&Name:");
        processName = toolkit.createText(processPage, "", SWT.SINGLE | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(processName);
        processName.setToolTipText("The process (an mm); threads, maps and conditions name it (Enter applies)");
        processName.addListener(SWT.DefaultSelection, e -> selected.filter(s -> s.kind() == Kind.PROCESS)
                .ifPresent(s -> applyCode(s, "process " + processName.getText().strip())));
        emptyPage = toolkit.createComposite(stack);
        stackLayout.topControl = emptyPage;
        Label lineLabel = toolkit.createLabel(right, "Line (any statement; Enter applies):");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(lineLabel);
        field = toolkit.createText(right, "", SWT.SINGLE | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(field);
        field.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        field.addListener(SWT.DefaultSelection, e -> apply());
        button(right, "&Apply", this::apply);
        error = toolkit.createLabel(right, "", SWT.WRAP);
        error.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(error);
        help = toolkit.createLabel(right, "", SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(help);
        setFieldEnabled(false);

        document.addDocumentListener(listener);
        form.addDisposeListener(e -> {
            document.removeDocumentListener(listener);
            toolkit.dispose();
        });
        refresh();
    }

    public Composite control() {
        return form;
    }

    public TreeViewer tree() {
        return tree;
    }

    public Text field() {
        return field;
    }

    public String errorText() {
        return error.getText();
    }

    public void setOperationKind(String op) {
        operationKind.select(operationKind.indexOf(op));
    }

    private void button(Composite parent, String text, Runnable action) {
        Button b = toolkit.createButton(parent, text, SWT.PUSH);
        if (parent.getLayout() instanceof org.eclipse.swt.layout.GridLayout) {
            GridDataFactory.fillDefaults().applyTo(b);
        }
        b.addListener(SWT.Selection, e -> action.run());
    }

    /** Rereads the document; keeps the selection at the same place in the tree. */
    public void refresh() {
        if (form.isDisposed()) {
            return;
        }
        Optional<int[]> path = selected.flatMap(this::pathOf);
        structure = RaceStructure.of(document.get());
        List<Group> groups = groups(structure);
        tree.getControl().setRedraw(false);
        try {
            tree.setInput(groups);
            tree.expandAll();
        } finally {
            tree.getControl().setRedraw(true);
        }
        form.setText("Design: " + structure.scenarioName().orElse("(no scenario line)"));
        Optional<Statement> again = path.flatMap(p -> at(groups, p));
        if (again.isPresent()) {
            tree.setSelection(new StructuredSelection(again.get()), true);
        } else {
            select(null);
        }
    }

    private static List<Group> groups(RaceStructure s) {
        List<Group> g = new ArrayList<>();
        g.add(new Group("Header", list(s, Kind.SCENARIO, Kind.HEADER)));
        g.add(new Group("Processes and mappings", list(s, Kind.PROCESS, Kind.MAP)));
        g.add(new Group("Threads", s.threads()));
        g.add(new Group("Conditions", list(s, Kind.REQUIRE, Kind.FORBID, Kind.OBSERVE)));
        g.add(new Group("Expectations", list(s, Kind.EXPECT)));
        g.add(new Group("Strategies", list(s, Kind.STRATEGY)));
        List<Statement> unknown = list(s, Kind.UNKNOWN);
        if (!unknown.isEmpty()) {
            g.add(new Group("Not understood (see Problems)", unknown));
        }
        return g;
    }

    private static List<Statement> list(RaceStructure s, Kind... kinds) {
        List<Kind> k = List.of(kinds);
        return s.statements().stream().filter(st -> k.contains(st.kind())).toList();
    }

    private Optional<int[]> pathOf(Statement s) {
        @SuppressWarnings("unchecked")
        List<Group> groups = (List<Group>) tree.getInput();
        for (int g = 0; g < groups.size(); g++) {
            List<Statement> st = groups.get(g).statements();
            for (int i = 0; i < st.size(); i++) {
                if (st.get(i).equals(s)) {
                    return Optional.of(new int[] { g, i, -1 });
                }
                List<Statement> ch = st.get(i).children();
                for (int j = 0; j < ch.size(); j++) {
                    if (ch.get(j).equals(s)) {
                        return Optional.of(new int[] { g, i, j });
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Statement> at(List<Group> groups, int[] p) {
        if (p[0] >= groups.size() || p[1] >= groups.get(p[0]).statements().size()) {
            return Optional.empty();
        }
        Statement s = groups.get(p[0]).statements().get(p[1]);
        if (p[2] < 0) {
            return Optional.of(s);
        }
        return p[2] < s.children().size() ? Optional.of(s.children().get(p[2])) : Optional.of(s);
    }

    private void select(Object element) {
        selected = element instanceof Statement s ? Optional.of(s) : Optional.empty();
        error.setText("");
        if (selected.isPresent()) {
            Statement s = selected.get();
            field.setText(s.code().contains("\n") ? s.code().substring(0, s.code().indexOf('\n')) : s.code());
            setFieldEnabled(!s.code().contains("\n"));
            help.setText(RaceSyntax.doc(s.keyword()).orElse(""));
        } else {
            field.setText("");
            setFieldEnabled(false);
            help.setText(element instanceof Group g ? g.title() + ": select a statement to edit it." : "");
        }
        showFields(selected);
        help.getParent().layout();
        form.reflow(true);
    }

    /** The per-field controls of the selected statement's kind (and the section's title). */
    private void showFields(Optional<Statement> s) {
        Optional<Statement> thread = s.flatMap(st -> st.kind() == Kind.OPERATION ? structure.statementAtThreadOf(st)
                : Optional.of(st)).filter(st -> st.kind() == Kind.THREAD || st.kind() == Kind.KTHREAD);
        if (thread.isPresent()) {
            operations.show(structure, thread.get(), s.filter(st -> st.kind() == Kind.OPERATION));
            stackLayout.topControl = operations.viewer().getControl().getParent();
            details.setText("Operations of " + thread.get().keyword() + " " + thread.get().name());
            details.setDescription("Double-click a cell (or Enter, F2) to edit; Tab moves on. The line field "
                    + "below edits the selected statement; comments are kept.");
        } else if (s.isPresent() && s.get().kind() == Kind.MAP) {
            mapFields.show(s.get());
            stackLayout.topControl = mapFields.control();
            details.setText("Mapping " + s.get().name());
            details.setDescription("A VMA of the process; a changed field rewrites its word of the line.");
        } else if (s.isPresent() && s.get().kind() == Kind.PROCESS) {
            processName.setText(s.get().name());
            stackLayout.topControl = processPage;
            details.setText("Process " + s.get().name());
            details.setDescription("A process that exists at the start; fork creates the others.");
        } else {
            stackLayout.topControl = emptyPage;
            details.setText("Selected statement");
            details.setDescription("Edit it and press Enter; a comment on its line is kept.");
        }
        stack.layout(true, true);
        details.layout(true, true);
    }

    /**
     * Replaces the code of {@code s} with {@code code} unless the new text has an error on that
     * line; the error is shown instead. One text edit, so one step of the editor's undo.
     */
    boolean applyCode(Statement s, String code) {
        String candidate = document.get().substring(0, s.offset()) + code + document.get().substring(s.end());
        List<Problem> problems = checker.check(fileName, candidate).stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR && p.line() - 1 == s.line()).toList();
        if (!problems.isEmpty()) {
            error.setText(problems.stream().map(Problem::message).collect(Collectors.joining("\n")));
            error.getParent().layout();
            return false;
        }
        error.setText("");
        edit(() -> DesignEdits.replace(document, s, code));
        return true;
    }

    public OperationTable operationTable() {
        return operations;
    }

    public MapFields mapFields() {
        return mapFields;
    }

    public Text processName() {
        return processName;
    }

    public String detailsTitle() {
        return details.getText();
    }

    private void setFieldEnabled(boolean on) {
        field.setEnabled(on);
    }

    /** Selects the statement at {@code offset} (for tests and "Show in Design"). */
    public void selectAt(int offset) {
        structure.statementAt(offset).ifPresent(s -> tree.setSelection(new StructuredSelection(s), true));
    }

    /** Applies the field to the selected statement, unless the new text has an error on that line. */
    public void apply() {
        if (selected.isEmpty() || !field.isEnabled()) {
            return;
        }
        Statement s = selected.get();
        String code = field.getText().strip();
        if (code.equals(s.code())) {
            return;
        }
        applyCode(s, code);
    }

    private void addOperation() {
        Optional<Statement> thread = selected.flatMap(s -> s.kind() == Kind.OPERATION
                ? structure.statementAtThreadOf(s) : Optional.of(s))
                .filter(s -> s.kind() == Kind.THREAD || s.kind() == Kind.KTHREAD);
        if (thread.isEmpty()) {
            error.setText("Select a thread (or one of its operations) to add an operation to it.");
            return;
        }
        Optional<Statement> after = selected.filter(s -> s.kind() == Kind.OPERATION);
        String op = operationKind.getText();
        String code = DesignEdits.operation(op, regionOf(thread.get()));
        int[] inserted = new int[1];
        edit(() -> inserted[0] = DesignEdits.addOperation(document, thread.get(), after, code));
        selectAt(inserted[0] + 2);
        field.setFocus();
        field.selectAll();
    }

    private void addTop(Kind kind, String code) {
        int[] inserted = new int[1];
        edit(() -> inserted[0] = DesignEdits.addStatement(structure, document, kind, code));
        selectAt(inserted[0]);
        field.setFocus();
        field.selectAll();
    }

    private void remove() {
        selected.filter(s -> s.kind() != Kind.SCENARIO).ifPresent(s -> edit(() -> DesignEdits.remove(document, s)));
    }

    private void move(int direction) {
        if (selected.isEmpty()) {
            return;
        }
        Statement s = selected.get();
        List<Statement> siblings = s.kind() == Kind.OPERATION
                ? structure.statementAtThreadOf(s).map(Statement::children).orElse(List.of())
                : structure.statements().stream().filter(x -> sameGroup(x, s)).toList();
        int i = siblings.indexOf(s);
        int j = i + direction;
        if (i < 0 || j < 0 || j >= siblings.size()) {
            return;
        }
        Statement first = direction < 0 ? siblings.get(j) : s;
        Statement second = direction < 0 ? s : siblings.get(j);
        int lineDelta = direction < 0 ? -(first.endLineOfBlock() - first.line() + 1)
                : second.endLineOfBlock() - second.line() + 1;
        int targetLine = s.line() + lineDelta;
        edit(() -> DesignEdits.swap(document, first, second));
        try {
            selectAt(document.getLineOffset(targetLine) + 2);
        } catch (BadLocationException e) {
            refresh();
        }
    }

    private static boolean sameGroup(Statement a, Statement b) {
        return groupOf(a.kind()) == groupOf(b.kind());
    }

    private static int groupOf(Kind k) {
        return switch (k) {
        case SCENARIO, HEADER -> 0;
        case PROCESS, MAP -> 1;
        case THREAD, KTHREAD -> 2;
        case REQUIRE, FORBID, OBSERVE -> 3;
        case EXPECT -> 4;
        case STRATEGY -> 5;
        case OPERATION, UNKNOWN -> 6;
        };
    }

    private String firstProcess() {
        return structure.processes().stream().findFirst().orElse("P");
    }

    private String firstRegion(boolean qualified) {
        return structure.regions().stream().findFirst().map(r -> qualified ? r : r.substring(r.indexOf('.') + 1))
                .orElse("P.buf");
    }

    private String regionOf(Statement thread) {
        String name = thread.name();
        String process = name.contains(".") ? name.substring(0, name.indexOf('.')) : "";
        return structure.regions().stream().filter(r -> r.startsWith(process + "."))
                .map(r -> r.substring(process.length() + 1)).findFirst()
                .orElse(structure.regions().stream().findFirst().orElse("buf"));
    }

    @FunctionalInterface
    private interface Edit {
        void run() throws BadLocationException;
    }

    private void edit(Edit e) {
        editing = true;
        try {
            e.run();
        } catch (BadLocationException ex) {
            error.setText("The text changed under the Design page; try again.");
        } finally {
            editing = false;
        }
        refresh();
    }
}
