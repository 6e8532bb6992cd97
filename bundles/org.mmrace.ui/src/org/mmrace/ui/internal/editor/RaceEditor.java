package org.mmrace.ui.internal.editor;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The scenario editor: a Source page (text) and a Design page (form over the same document).
 * The document is the one model both pages edit, so comments survive Design edits, undo covers
 * both, and the dirty state, save and "changed on disk" checks are the text editor's own.
 */
public final class RaceEditor extends MultiPageEditorPart implements IGotoMarker {

    public static final String ID = "org.mmrace.ui.editors.race";

    private RaceSourceEditor source;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        setPartName(input.getName());
    }

    @Override
    protected void createPages() {
        source = new RaceSourceEditor(Checkers.current());
        try {
            int index = addPage(source, getEditorInput());
            setPageText(index, "Source");
        } catch (PartInitException e) {
            throw new IllegalStateException("cannot open the source page", e);
        }
        setPartName(source.getTitle());
        path().ifPresent(p -> {
            org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create(
                    "Reading saved results of " + p.getFileName(), monitor -> {
                        org.mmrace.ui.internal.results.SavedResults.restore(p);
                    });
            job.setSystem(true);
            job.schedule();
        });
    }

    public RaceSourceEditor sourceEditor() {
        return source;
    }

    /** The file being edited, in the file system. */
    public java.util.Optional<java.nio.file.Path> path() {
        if (getEditorInput() instanceof org.eclipse.ui.IFileEditorInput in && in.getFile().getLocation() != null) {
            return java.util.Optional.of(in.getFile().getLocation().toFile().toPath());
        }
        if (getEditorInput() instanceof org.eclipse.ui.IURIEditorInput in && "file".equals(in.getURI().getScheme())) {
            return java.util.Optional.of(java.nio.file.Path.of(in.getURI()));
        }
        return java.util.Optional.empty();
    }

    public IDocument document() {
        return source.getDocumentProvider().getDocument(source.getEditorInput());
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        source.doSave(monitor);
    }

    @Override
    public void doSaveAs() {
        source.doSaveAs();
        setInput(source.getEditorInput());
        setPartName(source.getTitle());
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void setFocus() {
        super.setFocus();
        if (source != null) {
            source.checkStateOnActivation();
        }
    }

    @Override
    public void gotoMarker(IMarker marker) {
        setActivePage(0);
        IDE.gotoMarker(source, marker);
    }

    /** Shows the source page and selects {@code length} characters at {@code offset}. */
    public void selectInSource(int offset, int length) {
        if (getActivePage() != 0) {
            setActivePage(0);
        }
        source.selectAndReveal(offset, length);
    }

    @Override
    public <T> T getAdapter(Class<T> required) {
        if (IContentOutlinePage.class.equals(required)) {
            return source == null ? null : source.getAdapter(required);
        }
        return super.getAdapter(required);
    }
}
