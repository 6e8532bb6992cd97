package org.mmrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mmrace.ui.internal.editor.RaceEditor;
import org.mmrace.ui.internal.wizards.NewScenarioProjectWizard;
import org.mmrace.ui.internal.wizards.NewScenarioWizard;
import org.mmrace.ui.internal.wizards.Templates.Template;

class WizardsTest {

    @AfterEach
    void closeEditors() {
        UiTestSupport.onUi(TestProjects::closeEditors);
    }

    @Test
    void newScenarioFromTheSeedTemplateIsNamedAfterTheFileAndOpensInTheEditor() {
        IProject project = TestProjects.file("wizard", "placeholder.race", "scenario placeholder\n").getProject();
        UiTestSupport.onUi(() -> {
            NewScenarioWizard wizard = new NewScenarioWizard();
            wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
            WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                    wizard);
            dialog.setBlockOnOpen(false);
            dialog.open();
            wizard.page().setFileName("my-race.race");
            wizard.page().setTemplate(Template.SEED);
            Screenshots.save(dialog.getShell(), "wizard-new-scenario");
            assertTrue(wizard.canFinish(), "the page is complete: " + wizard.page().getErrorMessage());
            assertTrue(wizard.performFinish());
            dialog.close();
            IFile file = project.getFile("my-race.race");
            String text = new String(file.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text.startsWith("scenario my-race\n"), text);
            assertTrue(text.contains("thread P.forker\n  fork C\n") && text.contains("expect linux-2.6.27 violated"),
                    text);
            RaceEditor editor = assertInstanceOf(RaceEditor.class, TestProjects.page().getActiveEditor());
            assertEquals("my-race.race", editor.getTitle());
            return null;
        });
    }

    @Test
    void newScenarioProjectCanBeFilledWithTheScenarioLibrary() {
        UiTestSupport.onUi(() -> {
            IProject old = ResourcesPlugin.getWorkspace().getRoot().getProject("scenarios");
            if (old.exists()) {
                old.delete(true, new NullProgressMonitor());
            }
            NewScenarioProjectWizard wizard = new NewScenarioProjectWizard();
            wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
            WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                    wizard);
            dialog.setBlockOnOpen(false);
            dialog.open();
            Screenshots.save(dialog.getShell(), "wizard-new-project");
            assertTrue(wizard.performFinish());
            dialog.close();
            IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("scenarios");
            List<String> names = Arrays.stream(project.members()).filter(r -> r.getType() == IResource.FILE)
                    .map(IResource::getName).filter(n -> n.endsWith(".race")).sorted().toList();
            List<String> library = org.mmrace.ui.internal.wizards.Templates.library();
            assertTrue(library.containsAll(List.of("ksm-odirect.race", "odirect-fork-writer.race")),
                    "the library holds the known races: " + library);
            assertEquals(library, names);
            RaceEditor editor = assertInstanceOf(RaceEditor.class, TestProjects.page().getActiveEditor(),
                    "the seed race opens, so a newcomer has a scenario in front of them");
            assertEquals("odirect-fork-writer.race", editor.getTitle());
            return null;
        });
    }
}
