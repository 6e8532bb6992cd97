package org.mmrace.ui.internal.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.mmrace.lang.assist.RaceHoverText;
import org.mmrace.lang.assist.RaceSyntax;

/** Hover help for operations, keywords, strategy ids and knobs. */
final class RaceTextHover implements ITextHover, ITextHoverExtension {

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        return wordAt(viewer.getDocument(), offset);
    }

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        try {
            String word = viewer.getDocument().get(region.getOffset(), region.getLength());
            return RaceHoverText.of(word).orElse(null);
        } catch (BadLocationException e) {
            return null;
        }
    }

    @Override
    public IInformationControlCreator getHoverControlCreator() {
        return parent -> new DefaultInformationControl(parent, "Press F2 for focus");
    }

    static IRegion wordAt(IDocument doc, int offset) {
        int[] word = RaceSyntax.wordAt(doc.get(), offset);
        return new Region(word[0], word[1] - word[0]);
    }
}
