package org.mmrace.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/** File > New > Scenario Project: a project, optionally filled with the bundled scenario library. */
public final class NewScenarioProjectWizard extends Wizard implements INewWizard {

    public static final String ID = "org.mmrace.ui.wizards.newProject";

    private IWorkbench workbench;
    private Page page;

    @Override
    public void init(IWorkbench w, IStructuredSelection selection) {
        this.workbench = w;
        setWindowTitle("New Scenario Project");
        setNeedsProgressMonitor(true);
    }

    /** The library's seed race (linux-mm, 2008): what the user guide's first analysis runs. */
    private static final String SEED = "odirect-fork-writer.race";

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IProject project = page.getProjectHandle();
        boolean library = page.withLibrary;
        IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
        if (!page.useDefaults()) {
            description.setLocationURI(page.getLocationURI());
        }
        WorkspaceModifyOperation op = new WorkspaceModifyOperation() {
            @Override
            protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
                SubMonitor sub = SubMonitor.convert(monitor, "Creating " + project.getName(), 10);
                project.create(description, sub.split(1));
                project.open(sub.split(1));
                if (library) {
                    SubMonitor files = sub.split(8).setWorkRemaining(Templates.library().size());
                    for (String name : Templates.library()) {
                        IFile file = project.getFile(name);
                        file.create(new ByteArrayInputStream(Templates.libraryText(name)
                                .getBytes(StandardCharsets.UTF_8)), true, files.split(1));
                    }
                }
            }
        };
        try {
            getContainer().run(true, true, op);
        } catch (InvocationTargetException e) {
            page.setErrorMessage("Cannot create the project: " + e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            return false;
        }
        // A newcomer sees a scenario at once: the seed race of the library, opened and revealed.
        IFile seed = project.getFile(SEED);
        if (library && seed.exists()) {
            BasicNewResourceWizard.selectAndReveal(seed, workbench.getActiveWorkbenchWindow());
            try {
                org.eclipse.ui.ide.IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), seed);
            } catch (org.eclipse.ui.PartInitException e) {
                // The project is made; the file is one double-click away.
            }
        } else {
            BasicNewResourceWizard.selectAndReveal(project, workbench.getActiveWorkbenchWindow());
        }
        return true;
    }

    public Page page() {
        return page;
    }

    /** The project page with the "scenario library" option. */
    public static final class Page extends WizardNewProjectCreationPage {
        private boolean withLibrary = true;

        Page() {
            super("project");
            setTitle("New Scenario Project");
            setDescription("A project for .race scenarios and their results.");
            setInitialProjectName("scenarios");
        }

        @Override
        public void createControl(Composite parent) {
            super.createControl(parent);
            Composite control = (Composite) getControl();
            Button library = new Button(control, SWT.CHECK);
            // The names go to the tooltip: as the label they made the dialog wider than a laptop screen.
            library.setText("&Fill with the scenario library (" + Templates.library().size()
                    + " known races: O_DIRECT and fork, KSM, vmsplice, pins); hover for the list");
            library.setToolTipText(String.join("\n", Templates.library()));
            library.setSelection(withLibrary);
            library.addListener(SWT.Selection, e -> withLibrary = library.getSelection());
            GridDataFactory.fillDefaults().grab(true, false).indent(0, 10).applyTo(library);
        }

        public void setWithLibrary(boolean on) {
            withLibrary = on;
        }
    }
}
