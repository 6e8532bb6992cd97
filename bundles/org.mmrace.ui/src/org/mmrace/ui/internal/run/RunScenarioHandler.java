package org.mmrace.ui.internal.run;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.spec.StrategyDef;
import org.mmrace.lang.Diagnostic;
import org.mmrace.lang.LoadedScenario;
import org.mmrace.lang.ScenarioLoader;
import org.mmrace.ui.internal.application.MmracePerspective;
import org.mmrace.ui.internal.editor.RaceEditor;
import org.mmrace.ui.internal.prefs.RunPreferences;

/**
 * Run Scenario (Ctrl+F11, toolbar, Run menu, context menus): the scenario of the active editor,
 * or the .race file selected in the Project Explorer. Saves the editor first, refuses a file with
 * errors (they are in the Problems view), asks for the strategies, then queues a
 * {@link ScenarioRunJob}.
 */
public final class RunScenarioHandler extends AbstractHandler {

    public static final String COMMAND = "org.mmrace.ui.commands.runScenario";

    /** What to run: the file, and the editor that shows it if any. */
    record Target(Path path, Optional<IFile> file, Optional<RaceEditor> editor) {
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        Optional<Target> target = target(HandlerUtil.getActivePart(event), HandlerUtil.getCurrentSelection(event),
                HandlerUtil.getActiveEditor(event));
        if (target.isEmpty()) {
            MessageDialog.openInformation(shell, "Run Scenario",
                    "Open a scenario (.race file) in the editor, or select one in the Project Explorer, then run it.");
            return null;
        }
        IPreferenceStore prefs = RunPreferences.store();
        Target t = target.get();
        if (t.editor().isPresent() && t.editor().get().isDirty()) {
            if (!prefs.getBoolean(RunPreferences.SAVE_BEFORE_RUN) && !MessageDialog.openQuestion(shell, "Run Scenario",
                    "'" + t.path().getFileName() + "' has unsaved changes. Save them and run?")) {
                return null;
            }
            page.saveEditor(t.editor().get(), false);
        }
        LoadedScenario loaded = new ScenarioLoader().load(t.path());
        if (loaded.spec().isEmpty()) {
            List<Diagnostic> errors = loaded.diagnostics().stream().filter(Diagnostic::isError).limit(5).toList();
            String list = errors.stream().map(d -> "line " + d.line() + ", column " + d.column() + ": " + d.message())
                    .collect(Collectors.joining("\n"));
            MessageDialog.openError(shell, "Run Scenario", "'" + t.path().getFileName()
                    + "' cannot be run until these errors are fixed (they are listed in the Problems view):\n\n" + list);
            return null;
        }
        ScenarioSpec spec = loaded.spec().get();
        Map<String, String> expected = ScenarioRunJob.expected(spec);
        List<StrategySelectionDialog.Choice> choices = StrategySelectionDialog.choices(fileStrategies(spec), expected);
        Set<String> checked = new HashSet<>(RunPreferences.strategies(prefs));
        StrategySelectionDialog dialog = new StrategySelectionDialog(shell, spec.name(), choices, checked);
        if (dialog.open() != Window.OK) {
            return null;
        }
        RunPreferences.setStrategies(prefs, dialog.selected());
        new ScenarioRunJob(t.path(), t.file(), spec, dialog.selected(), RunPreferences.options(prefs)).schedule();
        try {
            page.showView(MmracePerspective.RESULTS_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            throw new ExecutionException("cannot show the Results view", e);
        }
        return null;
    }

    private static Map<String, String> fileStrategies(ScenarioSpec spec) {
        Map<String, String> m = new LinkedHashMap<>();
        for (StrategyDef d : spec.strategies()) {
            m.put(d.name(), d.base() + " with " + d.settings().stream().map(k -> k.knob() + "=" + k.value())
                    .collect(Collectors.joining(" ")) + " (defined in this file)");
        }
        return m;
    }

    static Optional<Target> target(IWorkbenchPart part, ISelection selection, IEditorPart activeEditor) {
        if (!(part instanceof IEditorPart) && selection instanceof IStructuredSelection s && s.size() == 1) {
            IFile file = Adapters.adapt(s.getFirstElement(), IFile.class);
            if (file != null && "race".equals(file.getFileExtension()) && file.getLocation() != null) {
                Optional<RaceEditor> editor = Optional.empty();
                if (activeEditor instanceof RaceEditor re && re.getEditorInput() instanceof IFileEditorInput in
                        && in.getFile().equals(file)) {
                    editor = Optional.of(re);
                }
                return Optional.of(new Target(file.getLocation().toFile().toPath(), Optional.of(file), editor));
            }
        }
        if (activeEditor instanceof RaceEditor editor) {
            if (editor.getEditorInput() instanceof IFileEditorInput in && in.getFile().getLocation() != null) {
                return Optional.of(new Target(in.getFile().getLocation().toFile().toPath(), Optional.of(in.getFile()),
                        Optional.of(editor)));
            }
            if (editor.getEditorInput() instanceof IURIEditorInput in) {
                URI uri = in.getURI();
                if ("file".equals(uri.getScheme()) && Files.exists(Path.of(uri))) {
                    return Optional.of(new Target(Path.of(uri), Optional.empty(), Optional.of(editor)));
                }
            }
        }
        return Optional.empty();
    }
}
