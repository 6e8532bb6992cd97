package org.mmrace.ui.internal.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.mmrace.lang.assist.RaceHoverText;
import org.mmrace.core.strategy.Strategies;

/**
 * Chooses the strategies to run a scenario under: the built-ins in kernel order and the file's own,
 * each with what the file expects and the strategy's description; the choice is remembered.
 */
public final class StrategySelectionDialog extends TitleAreaDialog {

    /** A row: a strategy id, its description, and what the file expects of it ("" if nothing). */
    public record Choice(String id, String description, String expected) {
    }

    private final String scenario;
    private final List<Choice> choices;
    private final Set<String> initiallyChecked;
    private CheckboxTableViewer viewer;
    private List<String> selected = List.of();

    public StrategySelectionDialog(Shell parent, String scenario, List<Choice> choices, Set<String> initiallyChecked) {
        super(parent);
        this.scenario = scenario;
        this.choices = List.copyOf(choices);
        this.initiallyChecked = Set.copyOf(initiallyChecked);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The choices for a scenario: built-ins first, then the strategies the file defines. */
    public static List<Choice> choices(Map<String, String> fileStrategies, Map<String, String> expected) {
        Map<String, Choice> all = new LinkedHashMap<>();
        Strategies.builtins().forEach(s -> all.put(s.id(), new Choice(s.id(), s.description(),
                expected.getOrDefault(s.id(), ""))));
        fileStrategies.forEach((id, def) -> all.put(id, new Choice(id, def, expected.getOrDefault(id, ""))));
        return new ArrayList<>(all.values());
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Run Scenario");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Run " + scenario);
        setMessage("Choose the strategies (kernel versions and proposed fixes) to explore the scenario under.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).applyTo(body);

        Composite tableBox = new Composite(body, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 330).applyTo(tableBox);
        TableColumnLayout layout = new TableColumnLayout();
        tableBox.setLayout(layout);
        viewer = CheckboxTableViewer.newCheckList(tableBox, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        ColumnViewerToolTipSupport.enableFor(viewer);
        column(layout, "Strategy", new ColumnPixelData(195), c -> c.id());
        column(layout, "Expected", new ColumnPixelData(80), c -> c.expected());
        column(layout, "What it is", new ColumnWeightData(100, 200), c -> c.description());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(choices);
        for (Choice c : choices) {
            viewer.setChecked(c, initiallyChecked.contains(c.id()));
        }
        viewer.addCheckStateListener(e -> validate());

        Composite buttons = new Composite(body, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        button(buttons, "Select &All", () -> viewer.setAllChecked(true));
        button(buttons, "&Deselect All", () -> viewer.setAllChecked(false));
        button(buttons, "&Expected Only", () -> choices.forEach(c -> viewer.setChecked(c, !c.expected().isEmpty())));

        // The selected strategy's whole description: the table's column cuts most of them off.
        org.eclipse.swt.widgets.Text about = new org.eclipse.swt.widgets.Text(body,
                SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(760, 4 * about.getLineHeight())
                .applyTo(about);
        about.setText("Select a strategy to read what it does.");
        viewer.addSelectionChangedListener(e -> {
            if (e.getStructuredSelection().getFirstElement() instanceof Choice c) {
                about.setText(Strategies.find(c.id()).map(RaceHoverText::strategy).orElse(c.description()));
            }
        });
        return area;
    }

    private void column(TableColumnLayout layout, String title, ColumnLayoutData size,
            java.util.function.Function<Choice, String> text) {
        TableViewerColumn col = new TableViewerColumn(viewer, SWT.NONE);
        col.getColumn().setText(title);
        layout.setColumnData(col.getColumn(), size);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Choice) element);
            }

            @Override
            public String getToolTipText(Object element) {
                Choice c = (Choice) element;
                return Strategies.find(c.id()).map(RaceHoverText::strategy).orElse(c.description());
            }
        });
    }

    private void button(Composite parent, String label, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(label);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(b);
        b.addListener(SWT.Selection, e -> {
            action.run();
            validate();
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Run", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private void validate() {
        boolean any = viewer.getCheckedElements().length > 0;
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(any);
        }
        setErrorMessage(any ? null : "Choose at least one strategy.");
    }

    @Override
    protected void okPressed() {
        List<String> ids = new ArrayList<>();
        for (Choice c : choices) {
            if (viewer.getChecked(c)) {
                ids.add(c.id());
            }
        }
        selected = List.copyOf(ids);
        super.okPressed();
    }

    /** The strategies chosen, in the order of the list; empty until Run was pressed. */
    public List<String> selected() {
        return selected;
    }

    /** For tests: the viewer that lists the strategies. */
    public CheckboxTableViewer viewer() {
        return viewer;
    }
}
