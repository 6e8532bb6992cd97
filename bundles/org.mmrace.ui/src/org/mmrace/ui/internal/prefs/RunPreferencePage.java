package org.mmrace.ui.internal.prefs;

import java.util.List;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.mmrace.core.strategy.Strategies;

/** Window > Preferences > mmrace: default strategies, state and time limits, worker threads. */
public final class RunPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public RunPreferencePage() {
        super(GRID);
        setDescription("How scenarios are run. The strategies are preselected in the Run Scenario dialog, which "
                + "remembers the last choice here.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(RunPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        StringFieldEditor strategies = new StringFieldEditor(RunPreferences.STRATEGIES,
                "Default &strategies (comma-separated):", getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                List<String> unknown = List.of(getStringValue().split(",")).stream().map(String::strip)
                        .filter(s -> !s.isEmpty() && Strategies.find(s).isEmpty()).toList();
                setErrorMessage(unknown.isEmpty() ? null : "Unknown strategy: " + String.join(", ", unknown)
                        + ". Known: " + String.join(", ", Strategies.builtinIds()));
                return unknown.isEmpty();
            }
        };
        strategies.getTextControl(getFieldEditorParent()).setToolTipText(String.join(", ", Strategies.builtinIds()));
        addField(strategies);
        IntegerFieldEditor states = new IntegerFieldEditor(RunPreferences.MAX_STATES, "State &limit per strategy:",
                getFieldEditorParent(), 10);
        states.setValidRange(1000, Integer.MAX_VALUE);
        addField(states);
        IntegerFieldEditor time = new IntegerFieldEditor(RunPreferences.TIMEOUT_SECONDS,
                "&Time limit per strategy (seconds):", getFieldEditorParent());
        time.setValidRange(1, 24 * 3600);
        addField(time);
        IntegerFieldEditor workers = new IntegerFieldEditor(RunPreferences.WORKERS,
                "&Worker threads (results do not depend on it):", getFieldEditorParent());
        workers.setValidRange(1, 256);
        addField(workers);
        addField(new BooleanFieldEditor(RunPreferences.SAVE_BEFORE_RUN, "Save the scenario &before running without asking",
                getFieldEditorParent()));
    }
}
