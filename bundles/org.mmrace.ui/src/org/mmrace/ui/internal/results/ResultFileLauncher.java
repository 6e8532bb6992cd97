package org.mmrace.ui.internal.results;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorLauncher;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.mmrace.ui.internal.application.MmracePerspective;

/** Opening a .raceresult file shows its results in the Results view. */
public final class ResultFileLauncher implements IEditorLauncher {

    @Override
    public void open(IPath file) {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        try {
            SavedResults.publish(file.toFile().toPath());
            page.showView(MmracePerspective.RESULTS_VIEW, null, IWorkbenchPage.VIEW_ACTIVATE);
        } catch (IOException | PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Open Results",
                    "Cannot read " + file.lastSegment() + ": " + e.getMessage());
        }
    }

    static Path scenarioOf(Path resultFile) {
        String name = resultFile.getFileName().toString();
        String base = name.endsWith(".raceresult") ? name.substring(0, name.length() - ".raceresult".length()) : name;
        return resultFile.resolveSibling(base + ".race");
    }
}
