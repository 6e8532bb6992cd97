package org.mmrace.ui.internal.application;

import java.io.File;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/** Workbench set-up: the mmrace perspective, resource adapters, files from the command line. */
final class MmraceWorkbenchAdvisor extends WorkbenchAdvisor {

    static final String PERSPECTIVE_ID = "org.mmrace.ui.perspective";

    private final List<String> filesToOpen;

    MmraceWorkbenchAdvisor(List<String> filesToOpen) {
        this.filesToOpen = List.copyOf(filesToOpen);
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
        // The Project Explorer and the Problems view need the IDE's resource adapters.
        IDE.registerAdapters();
    }

    /** The Project Explorer shows the page input: the workspace, as in the Eclipse IDE. */
    @Override
    public org.eclipse.core.runtime.IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return PERSPECTIVE_ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new MmraceWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        IWorkbenchPage page = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getActivePage();
        for (String name : filesToOpen) {
            File file = new File(name).getAbsoluteFile();
            try {
                if (name.endsWith(".raceresult") && file.isFile()) {
                    org.mmrace.ui.internal.results.SavedResults.publish(file.toPath());
                    page.showView(MmracePerspective.RESULTS_VIEW);
                    continue;
                }
                IFileStore store = EFS.getLocalFileSystem().getStore(file.toURI());
                if (!store.fetchInfo().exists()) {
                    log(IStatus.WARNING, "mmrace: no such file to open: " + file, null);
                    continue;
                }
                IDE.openEditorOnFileStore(page, store);
            } catch (PartInitException | java.io.IOException e) {
                log(IStatus.ERROR, "mmrace: cannot open " + file, e);
            }
        }
    }

    @Override
    public boolean preShutdown() {
        try {
            ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
        } catch (CoreException e) {
            log(IStatus.ERROR, "mmrace: saving the workspace failed", e);
        }
        return true;
    }

    private static void log(int severity, String message, Throwable e) {
        ILog.of(MmraceWorkbenchAdvisor.class).log(new Status(severity, "org.mmrace.ui", message, e));
    }
}
