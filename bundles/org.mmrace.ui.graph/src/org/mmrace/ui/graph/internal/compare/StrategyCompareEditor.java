package org.mmrace.ui.graph.internal.compare;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.mmrace.ui.graph.mm.StrategyCompareInput;

/** The compare editor: a thin part around {@link ComparePanel}; read-only, never dirty. */
public final class StrategyCompareEditor extends EditorPart {

    private ComparePanel panel;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof StrategyCompareInput)) {
            throw new PartInitException("the strategy compare editor needs two run results, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    @Override
    public void createPartControl(Composite parent) {
        StrategyCompareInput input = (StrategyCompareInput) getEditorInput();
        // Below this size the verdict table, the traces and the two graphs squeeze each other
        // out of sight: a small editor area scrolls instead (maximizing the editor shows all).
        ScrolledComposite scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
        panel = new ComparePanel(scroller, SWT.NONE, input.left(), input.right(), input.spec());
        scroller.setContent(panel);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setMinSize(MIN_WIDTH, MIN_HEIGHT);
    }

    private static final int MIN_WIDTH = 700;
    private static final int MIN_HEIGHT = 720;

    @Override
    public void setFocus() {
        panel.traceViewer().getControl().setFocus();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // read-only
    }

    @Override
    public void doSaveAs() {
        // read-only
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
