package org.mmrace.ui.graph.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.Explorer;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.export.mm.CounterexampleExport;

/**
 * File > Export > mmrace > Counterexamples: runs a scenario under the chosen strategies, or reads
 * the runs of a saved {@code .raceresult}, and writes
 * every counterexample at once (patch diagrams, MM graphs and sequence charts, JSON) through
 * {@link CounterexampleExport}, the writer the command line uses too.
 */
public final class ExportCounterexamplesWizard extends Wizard implements IExportWizard {

    private ExportCounterexamplesPage page;
    private Optional<Path> initialFile = Optional.empty();

    public ExportCounterexamplesWizard() {
        setWindowTitle("Export Counterexamples");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        initialFile = Optional.ofNullable(selection == null ? null : selection.getFirstElement())
                .map(o -> Adapters.adapt(o, IFile.class)).filter(ExportCounterexamplesWizard::exportable)
                .or(() -> activeEditorFile(workbench))
                .map(f -> f.getLocation()).map(l -> l.toPath());
    }

    private static boolean exportable(IFile f) {
        return "race".equals(f.getFileExtension()) || "raceresult".equals(f.getFileExtension());
    }

    /** With a view active (the selection is then not a file), the scenario open in the editor. */
    private static Optional<IFile> activeEditorFile(IWorkbench workbench) {
        return Optional.ofNullable(workbench.getActiveWorkbenchWindow()).map(w -> w.getActivePage())
                .map(p -> p.getActiveEditor()).map(e -> Adapters.adapt(e.getEditorInput(), IFile.class))
                .filter(ExportCounterexamplesWizard::exportable);
    }

    @Override
    public void addPages() {
        page = new ExportCounterexamplesPage(initialFile);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        List<String> strategies = page.strategies();
        Path folder = page.folder();
        Set<CounterexampleExport.Format> formats = page.formats();
        List<Path> written = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Optional<List<RunResult>> saved = page.savedRuns();
        Optional<ScenarioSpec> spec = page.spec();
        try {
            getContainer().run(true, true, monitor -> {
                if (saved.isPresent()) {
                    // A saved result keeps every trace whole: nothing to explore again.
                    monitor.beginTask("Writing the saved counterexamples", IProgressMonitor.UNKNOWN);
                    List<RunResult> chosen = saved.get().stream().filter(r -> strategies.contains(r.strategy()))
                            .toList();
                    try {
                        CounterexampleFiles.Outcome out = CounterexampleFiles.write(chosen, formats, folder);
                        written.addAll(out.written());
                        problems.addAll(out.problems());
                    } catch (java.io.IOException e) {
                        throw new InvocationTargetException(e, "cannot write to " + folder + ": " + e.getMessage());
                    }
                    return;
                }
                SubMonitor progress = SubMonitor.convert(monitor, "Exporting counterexamples", strategies.size());
                for (String strategy : strategies) {
                    exportOne(spec.orElseThrow(), strategy, folder, formats, progress.split(1), written, problems);
                    if (monitor.isCanceled()) {
                        return;
                    }
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(getShell(), "Export Counterexamples",
                    e.getMessage() != null ? e.getMessage() : String.valueOf(e.getCause().getMessage()));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        MessageDialog.openInformation(getShell(), "Export Counterexamples", "Wrote " + written.size()
                + " files to " + folder + (problems.isEmpty() ? "." : ".\n" + String.join("\n", problems)));
        return true;
    }

    private static void exportOne(ScenarioSpec spec, String strategy, Path folder,
            Set<CounterexampleExport.Format> formats, IProgressMonitor monitor, List<Path> written,
            List<String> problems) throws InvocationTargetException {
        monitor.beginTask("Exploring under " + strategy, IProgressMonitor.UNKNOWN);
        CancellationToken token = new CancellationToken();
        RunResult r = Explorer.explore(spec, strategy, ExploreOptions.defaults(), p -> {
            monitor.subTask(strategy + ": " + p.distinct() + " distinct states");
            if (monitor.isCanceled()) {
                token.cancel();
            }
        }, token);
        try {
            CounterexampleFiles.Outcome out = CounterexampleFiles.write(List.of(r), formats, folder);
            written.addAll(out.written());
            problems.addAll(out.problems());
        } catch (java.io.IOException e) {
            throw new InvocationTargetException(e, "cannot write to " + folder + ": " + e.getMessage());
        }
    }
}
