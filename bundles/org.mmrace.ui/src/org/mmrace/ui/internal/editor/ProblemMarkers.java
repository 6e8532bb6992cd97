package org.mmrace.ui.internal.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Problem markers of a scenario file ({@value #TYPE}): what the Problems view lists and the
 * editor's rulers show. Replaced as a whole each time the file is checked.
 */
public final class ProblemMarkers {

    public static final String TYPE = "org.mmrace.ui.problem";

    private ProblemMarkers() {
    }

    /** Replaces the markers of {@code file} by {@code problems}, in a workspace job (any thread). */
    public static void schedule(IFile file, List<Problem> problems) {
        WorkspaceJob job = new WorkspaceJob("Updating problems of " + file.getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                if (file.exists()) {
                    replace(file, problems);
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.setRule(file.getWorkspace().getRuleFactory().markerRule(file));
        job.schedule();
    }

    public static void replace(IFile file, List<Problem> problems) throws CoreException {
        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        for (Problem p : problems) {
            IMarker m = file.createMarker(TYPE);
            m.setAttribute(IMarker.SEVERITY, switch (p.severity()) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
            });
            m.setAttribute(IMarker.MESSAGE, p.message());
            m.setAttribute(IMarker.LINE_NUMBER, p.line());
            m.setAttribute(IMarker.LOCATION, "line " + p.line() + ", column " + p.column());
            m.setAttribute(IMarker.CHAR_START, p.offset());
            // A zero-length problem (e.g. "missing value at end of line") still gets one character.
            m.setAttribute(IMarker.CHAR_END, p.offset() + Math.max(1, p.length()));
        }
    }
}
