package org.mmrace.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.jface.wizard.Wizard;
import org.mmrace.ui.internal.wizards.Templates.Template;

/** File > New > Scenario: a .race file from a template (the seed race, the KSM variant, empty). */
public final class NewScenarioWizard extends Wizard implements INewWizard {

    public static final String ID = "org.mmrace.ui.wizards.newScenario";

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private Page page;

    @Override
    public void init(IWorkbench w, IStructuredSelection s) {
        this.workbench = w;
        this.selection = s;
        setWindowTitle("New Scenario");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new Page(selection);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        try {
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, true);
        } catch (PartInitException e) {
            page.setErrorMessage("The scenario was created but cannot be opened: " + e.getMessage());
            return false;
        }
        return true;
    }

    /** For tests: the wizard's page. */
    public Page page() {
        return page;
    }

    /** The file page with a choice of template. */
    public static final class Page extends WizardNewFileCreationPage {
        private Template template = Template.SEED;

        Page(IStructuredSelection selection) {
            super("scenario", selection);
            setTitle("New Scenario");
            setDescription("Create a .race scenario from a template. Run it with Run > Run Scenario (Ctrl+F11).");
            setFileExtension("race");
            setFileName("odirect-fork-writer.race");
        }

        @Override
        protected void createAdvancedControls(Composite parent) {
            Group group = new Group(parent, SWT.NONE);
            group.setText("Start from");
            GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
            GridLayoutFactory.swtDefaults().applyTo(group);
            for (Template t : Template.values()) {
                Button radio = new Button(group, SWT.RADIO);
                radio.setText(t.description());
                radio.setData(t);
                radio.setSelection(t == template);
                radio.addListener(SWT.Selection, e -> {
                    if (radio.getSelection()) {
                        template = t;
                    }
                });
            }
        }

        /** No linked files: the "Advanced" section is replaced by the template choice. */
        @Override
        protected org.eclipse.core.runtime.IStatus validateLinkedResource() {
            return org.eclipse.core.runtime.Status.OK_STATUS;
        }

        @Override
        protected void createLinkTarget() {
        }

        @Override
        protected InputStream getInitialContents() {
            String name = getFileName().endsWith(".race") ? getFileName().substring(0, getFileName().length() - 5)
                    : getFileName();
            return new ByteArrayInputStream(template.text(name).getBytes(StandardCharsets.UTF_8));
        }

        public void setTemplate(Template t) {
            template = t;
        }
    }
}
