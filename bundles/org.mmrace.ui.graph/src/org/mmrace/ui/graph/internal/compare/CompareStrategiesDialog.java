package org.mmrace.ui.graph.internal.compare;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.mmrace.core.spec.ExpectedOutcome;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.spec.StrategyDef;
import org.mmrace.core.strategy.Strategies;

/**
 * Chooses the two strategies to compare: the built-ins and the scenario's own. Proposes the first
 * strategy the scenario expects to be violated against the first it expects to hold.
 */
public final class CompareStrategiesDialog extends Dialog {

    private final ScenarioSpec spec;
    private final List<String> ids = new ArrayList<>();
    private Combo left;
    private Combo right;
    private String leftId;
    private String rightId;

    public CompareStrategiesDialog(Shell parent, ScenarioSpec spec) {
        super(parent);
        this.spec = spec;
        ids.addAll(Strategies.builtinIds());
        spec.strategies().stream().map(StrategyDef::name).filter(n -> !ids.contains(n)).forEach(ids::add);
        leftId = spec.expectations().stream().filter(e -> e.outcome() == ExpectedOutcome.VIOLATED)
                .map(e -> e.strategy()).findFirst().orElse(ids.get(0));
        rightId = spec.expectations().stream().filter(e -> e.outcome() == ExpectedOutcome.HOLDS)
                .map(e -> e.strategy()).findFirst().orElse(ids.get(ids.size() - 1));
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Compare Strategies on " + spec.name());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        left = combo(area, "Left:", leftId);
        right = combo(area, "Right:", rightId);
        return area;
    }

    private Combo combo(Composite parent, String label, String selected) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        ids.forEach(combo::add);
        combo.select(Math.max(0, ids.indexOf(selected)));
        combo.addListener(SWT.Selection, e -> validate());
        return combo;
    }

    private void validate() {
        getButton(IDialogConstants.OK_ID).setEnabled(left.getSelectionIndex() != right.getSelectionIndex());
    }

    @Override
    protected void okPressed() {
        leftId = ids.get(left.getSelectionIndex());
        rightId = ids.get(right.getSelectionIndex());
        super.okPressed();
    }

    public String leftId() {
        return leftId;
    }

    public String rightId() {
        return rightId;
    }
}
