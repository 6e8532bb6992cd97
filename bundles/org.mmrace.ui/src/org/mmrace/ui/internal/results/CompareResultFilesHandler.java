package org.mmrace.ui.internal.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mmrace.core.emf.ResultXmi;
import org.mmrace.core.run.RunResult;
import org.mmrace.model.ResultFiles;
import org.mmrace.ui.graph.mm.StrategyCompareInput;

/**
 * Compare With Each Other on two selected {@code .raceresult} files: opens the Compare Strategies
 * editor on a run of each (the only one, or the one the user picks when a file holds several).
 */
public final class CompareResultFilesHandler extends AbstractHandler {

    /** A result file read back: its name and its runs. */
    public record Loaded(String name, List<RunResult> runs) {
        public Loaded {
            runs = List.copyOf(runs);
        }
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShell(event);
        List<Path> files = resultFiles(HandlerUtil.getCurrentSelection(event));
        if (files.size() != 2) {
            return null;
        }
        List<Loaded> loaded = new ArrayList<>();
        for (Path file : files) {
            try {
                loaded.add(load(file));
            } catch (IOException | RuntimeException e) {
                MessageDialog.openError(shell, "Compare With Each Other", file.getFileName()
                        + " cannot be read as a result file: " + e.getMessage());
                return null;
            }
        }
        Optional<RunResult> left = choose(shell, loaded.get(0));
        Optional<RunResult> right = left.isEmpty() ? Optional.empty() : choose(shell, loaded.get(1));
        if (left.isEmpty() || right.isEmpty()) {
            return null;
        }
        Optional<String> problem = problem(left.get(), right.get());
        if (problem.isPresent()) {
            MessageDialog.openError(shell, "Compare With Each Other", problem.get());
            return null;
        }
        try {
            new StrategyCompareInput(left.get(), right.get()).open(HandlerUtil.getActiveWorkbenchWindowChecked(event)
                    .getActivePage());
        } catch (PartInitException e) {
            throw new ExecutionException("cannot open the Compare Strategies editor", e);
        }
        return null;
    }

    /** Why two runs cannot be compared (the editor compares runs of one scenario), if they cannot. */
    public static Optional<String> problem(RunResult left, RunResult right) {
        return left.scenario().equals(right.scenario()) ? Optional.empty()
                : Optional.of("The files hold runs of different scenarios (" + left.scenario() + " and "
                        + right.scenario() + "); Compare Strategies compares runs of one scenario.");
    }

    public static Loaded load(Path file) throws IOException {
        return new Loaded(file.getFileName().toString(), ResultXmi.fromEmf(ResultFiles.load(file)));
    }

    /** The selected files whose extension is {@code raceresult}, in selection order. */
    public static List<Path> resultFiles(ISelection selection) {
        List<Path> files = new ArrayList<>();
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s.toList()) {
                IFile f = Adapters.adapt(o, IFile.class);
                if (f != null && ResultFiles.EXTENSION.equals(f.getFileExtension()) && f.getLocation() != null) {
                    files.add(f.getLocation().toFile().toPath());
                }
            }
        }
        return files;
    }

    /** The file's run: the only one, or the one the user picks; empty if the file has none or the user cancels. */
    private static Optional<RunResult> choose(Shell shell, Loaded file) {
        if (file.runs().size() <= 1) {
            if (file.runs().isEmpty()) {
                MessageDialog.openInformation(shell, "Compare With Each Other", file.name() + " holds no runs.");
            }
            return file.runs().stream().findFirst();
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                RunResult r = (RunResult) element;
                return r.strategy() + " (" + r.verdict().name().toLowerCase() + ")";
            }
        });
        dialog.setTitle("Compare With Each Other");
        dialog.setMessage(file.name() + " holds " + file.runs().size() + " runs; compare which strategy?");
        dialog.setElements(file.runs().toArray());
        dialog.setMultipleSelection(false);
        return dialog.open() == Window.OK && dialog.getFirstResult() instanceof RunResult r ? Optional.of(r)
                : Optional.empty();
    }

}
