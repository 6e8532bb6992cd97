package org.mmrace.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** Workspace projects with scenario files for the tests, and opening them in the workbench. */
public final class TestProjects {

    private TestProjects() {
    }

    /** The text of a template shipped in the org.mmrace.ui bundle, e.g. {@code templates/seed.race}. */
    public static String bundleText(String path) {
        try {
            URL url = FileLocator.find(Platform.getBundle("org.mmrace.ui"), new org.eclipse.core.runtime.Path(path));
            if (url == null) {
                throw new AssertionError("org.mmrace.ui has no " + path);
            }
            try (InputStream in = url.openStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A fresh project {@code name} (an old one is deleted) holding {@code fileName} with {@code text}. */
    public static IFile file(String project, String fileName, String text) {
        try {
            IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(project);
            if (!p.exists()) {
                p.create(new NullProgressMonitor());
            }
            p.open(new NullProgressMonitor());
            IFile f = p.getFile(fileName);
            ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            if (f.exists()) {
                f.setContents(in, true, false, new NullProgressMonitor());
            } else {
                f.create(in, true, new NullProgressMonitor());
            }
            return f;
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Opens {@code file} in its default editor (call on the UI thread). */
    public static IEditorPart open(IFile file) {
        try {
            return IDE.openEditor(page(), file, true);
        } catch (PartInitException e) {
            throw new AssertionError(e);
        }
    }

    /** Closes every editor without saving (call on the UI thread). */
    public static void closeEditors() {
        page().closeAllEditors(false);
    }
}
