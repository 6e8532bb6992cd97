package org.mmrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

class PerspectiveTest {

    @Test
    void workbenchOpensInTheMmracePerspectiveWithMmraceInTheTitle() {
        File shot = UiTestSupport.onUi(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            assertNotNull(window, "no workbench window");
            IWorkbenchPage page = window.getActivePage();
            assertEquals("org.mmrace.ui.perspective", page.getPerspective().getId());
            assertTrue(window.getShell().getText().contains("mmrace"),
                    "window title: " + window.getShell().getText());
            assertNotNull(page.findView("org.eclipse.ui.navigator.ProjectExplorer"), "Project Explorer missing");
            assertNotNull(page.findView("org.eclipse.ui.views.ProblemView"), "Problems view missing");
            return Screenshots.save(window.getShell(), "perspective");
        });
        assertTrue(shot.length() > 1000, "screenshot " + shot + " is empty");
    }
}
