package org.mmrace.ui.internal.editor;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.editors.text.TextEditorActionContributor;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Hands the workbench's Undo, Redo, Cut, Copy, Paste, Find and status-line fields to the text
 * editor of the Source page while it is active.
 */
public final class RaceEditorContributor extends MultiPageEditorActionBarContributor {

    private final TextEditorActionContributor text = new TextEditorActionContributor();

    @Override
    public void init(IActionBars bars, IWorkbenchPage page) {
        super.init(bars, page);
        text.init(bars, page);
    }

    @Override
    public void contributeToMenu(IMenuManager menu) {
    }

    @Override
    public void contributeToToolBar(IToolBarManager toolBar) {
    }

    @Override
    public void contributeToStatusLine(IStatusLineManager statusLine) {
    }

    @Override
    public void setActivePage(IEditorPart activeEditor) {
        text.setActiveEditor(activeEditor instanceof ITextEditor ? activeEditor : null);
        getActionBars().updateActionBars();
    }

    @Override
    public void dispose() {
        text.dispose();
        super.dispose();
    }
}
