package org.mmrace.ui.internal.editor;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.mmrace.lang.assist.RaceStructure;

/**
 * Runs in the reconciler's background thread after the user stops typing: reads the structure
 * (outline, folding, Design page) and checks the text; hands both to the editor.
 */
final class RaceReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

    /** The result of one reconcile: the text it read, its structure and its problems. */
    record Analysis(String text, RaceStructure structure, List<Problem> problems) {
    }

    private final Supplier<String> fileName;
    private final ScenarioChecker checker;
    private final Consumer<Analysis> sink;
    private IDocument document;

    RaceReconcilingStrategy(Supplier<String> fileName, ScenarioChecker checker, Consumer<Analysis> sink) {
        this.fileName = fileName;
        this.checker = checker;
        this.sink = sink;
    }

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        reconcileAll();
    }

    @Override
    public void reconcile(IRegion partition) {
        reconcileAll();
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
    }

    @Override
    public void initialReconcile() {
        reconcileAll();
    }

    private void reconcileAll() {
        if (document == null) {
            return;
        }
        String text = document.get();
        sink.accept(new Analysis(text, RaceStructure.of(text), checker.check(fileName.get(), text)));
    }
}
