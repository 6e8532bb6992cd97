package org.mmrace.ui.graph.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.spec.ExpectSpec;
import org.mmrace.core.spec.ExpectedOutcome;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.spec.StrategyDef;
import org.mmrace.core.strategy.Strategies;
import org.mmrace.export.mm.CounterexampleExport;
import org.mmrace.lang.LoadedScenario;
import org.mmrace.lang.ScenarioLoader;

/** Scenario (or saved result file), strategies, folder and formats of the counterexample export. */
final class ExportCounterexamplesPage extends WizardPage {

    private final Optional<Path> initialFile;
    private Text file;
    private Table strategies;
    private Text folder;
    private final Map<CounterexampleExport.Format, Button> formatButtons = new LinkedHashMap<>();
    private Optional<ScenarioSpec> spec = Optional.empty();
    private Optional<List<RunResult>> savedRuns = Optional.empty();

    ExportCounterexamplesPage(Optional<Path> initialFile) {
        super("counterexamples");
        this.initialFile = initialFile;
        setTitle("Export Counterexamples");
        setDescription("Runs a scenario under the chosen strategies, or reads a saved .raceresult, and writes every "
                + "counterexample.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(3, false));
        new Label(area, SWT.NONE).setText("Scenario or result:");
        file = new Text(area, SWT.BORDER);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        browse(area, () -> {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] { "*.race;*.raceresult", "*.race", "*.raceresult" });
            return d.open();
        }, file);
        new Label(area, SWT.NONE).setText("Strategies:");
        strategies = new Table(area, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        GridData table = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        table.heightHint = 200;
        strategies.setLayoutData(table);
        new Label(area, SWT.NONE).setText("To folder:");
        folder = new Text(area, SWT.BORDER);
        folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        browse(area, () -> new DirectoryDialog(getShell()).open(), folder);
        new Label(area, SWT.NONE).setText("Formats:");
        Composite formats = new Composite(area, SWT.NONE);
        formats.setLayout(new GridLayout(5, false));
        formats.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        for (CounterexampleExport.Format f : CounterexampleExport.Format.values()) {
            Button b = new Button(formats, SWT.CHECK);
            b.setText(f == CounterexampleExport.Format.PATCH_DIAGRAM ? "patch diagram (.txt)" : f.extension());
            b.setSelection(f != CounterexampleExport.Format.JSON);
            b.addListener(SWT.Selection, e -> validate());
            formatButtons.put(f, b);
        }
        file.addListener(SWT.Modify, e -> load());
        folder.addListener(SWT.Modify, e -> validate());
        strategies.addListener(SWT.Selection, e -> validate());
        initialFile.ifPresent(p -> {
            file.setText(p.toString());
            folder.setText(p.resolveSibling("counterexamples").toString());
        });
        setControl(area);
        validate();
    }

    private void browse(Composite parent, java.util.function.Supplier<String> dialog, Text target) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText("Browse\u2026");
        b.addListener(SWT.Selection, e -> {
            String chosen = dialog.get();
            if (chosen != null) {
                target.setText(chosen);
            }
        });
    }

    /** Loads the scenario and lists its strategies, ticking the ones it expects to be violated. */
    private void load() {
        strategies.removeAll();
        spec = Optional.empty();
        savedRuns = Optional.empty();
        Path path = Path.of(file.getText().trim());
        if (file.getText().isBlank() || !Files.isRegularFile(path)) {
            validate();
            return;
        }
        if (CounterexampleFiles.isResultFile(path)) {
            loadResult(path);
            return;
        }
        LoadedScenario loaded = new ScenarioLoader().load(path);
        if (loaded.hasErrors() || loaded.spec().isEmpty()) {
            setErrorMessage(loaded.diagnostics().isEmpty() ? "cannot read " + path
                    : loaded.diagnostics().get(0).format());
            setPageComplete(false);
            return;
        }
        spec = loaded.spec();
        List<String> ids = new ArrayList<>(Strategies.builtinIds());
        spec.get().strategies().stream().map(StrategyDef::name).filter(n -> !ids.contains(n)).forEach(ids::add);
        List<String> violated = spec.get().expectations().stream()
                .filter(e -> e.outcome() == ExpectedOutcome.VIOLATED).map(ExpectSpec::strategy).toList();
        for (String id : ids) {
            TableItem item = new TableItem(strategies, SWT.NONE);
            item.setText(id);
            item.setChecked(violated.isEmpty() ? id.equals(ids.get(0)) : violated.contains(id));
        }
        validate();
    }

    /** Lists the runs a saved result holds, ticking those with counterexamples. */
    private void loadResult(Path path) {
        List<RunResult> runs;
        try {
            runs = CounterexampleFiles.load(path);
        } catch (java.io.IOException | RuntimeException e) {
            setErrorMessage(path.getFileName() + " is not a readable result file: " + e.getMessage());
            setPageComplete(false);
            return;
        }
        savedRuns = Optional.of(runs);
        for (RunResult r : runs) {
            TableItem item = new TableItem(strategies, SWT.NONE);
            item.setText(r.strategy());
            item.setChecked(!r.violations().isEmpty());
        }
        validate();
    }

    private void validate() {
        String error = null;
        if (spec.isEmpty() && savedRuns.isEmpty()) {
            // Not an error before the user has typed anything: the first thing to do, said as a message.
            setErrorMessage(null);
            setMessage("Choose a .race scenario (it is run) or a saved .raceresult (its counterexamples are written "
                    + "as they are).");
            setPageComplete(false);
            return;
        } else if (strategies().isEmpty()) {
            error = "Tick at least one strategy.";
        } else if (folder.getText().isBlank()) {
            error = "Choose a folder.";
        } else if (formats().isEmpty()) {
            error = "Tick at least one format.";
        }
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    Optional<ScenarioSpec> spec() {
        return spec;
    }

    /** The runs of a saved result file, when one was chosen instead of a scenario. */
    Optional<List<RunResult>> savedRuns() {
        return savedRuns;
    }

    List<String> strategies() {
        List<String> out = new ArrayList<>();
        for (TableItem item : strategies.getItems()) {
            if (item.getChecked()) {
                out.add(item.getText());
            }
        }
        return out;
    }

    Path folder() {
        return Path.of(folder.getText().trim());
    }

    Set<CounterexampleExport.Format> formats() {
        Set<CounterexampleExport.Format> out = EnumSet.noneOf(CounterexampleExport.Format.class);
        formatButtons.forEach((f, b) -> {
            if (b.getSelection()) {
                out.add(f);
            }
        });
        return out;
    }
}
