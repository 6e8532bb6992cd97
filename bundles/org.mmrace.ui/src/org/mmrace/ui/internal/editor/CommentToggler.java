package org.mmrace.ui.internal.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;

/**
 * Toggle comment over whole lines: when every non-blank line is commented, removes the first
 * {@code #} (and one space after it) of each; otherwise puts {@code # } at the start of each line.
 */
public final class CommentToggler {

    private CommentToggler() {
    }

    public static void toggle(IDocument doc, int firstLine, int lastLine) throws BadLocationException {
        boolean allCommented = true;
        boolean anyCode = false;
        for (int l = firstLine; l <= lastLine; l++) {
            String text = line(doc, l).strip();
            if (!text.isEmpty()) {
                anyCode = true;
                allCommented &= text.startsWith("#");
            }
        }
        boolean uncomment = anyCode && allCommented;
        // From the last line up, so earlier offsets stay valid.
        for (int l = lastLine; l >= firstLine; l--) {
            IRegion r = doc.getLineInformation(l);
            String text = doc.get(r.getOffset(), r.getLength());
            if (uncomment) {
                int hash = text.indexOf('#');
                if (hash >= 0) {
                    int len = hash + 1 < text.length() && text.charAt(hash + 1) == ' ' ? 2 : 1;
                    doc.replace(r.getOffset() + hash, len, "");
                }
            } else if (!text.isBlank() || firstLine == lastLine) {
                doc.replace(r.getOffset(), 0, "# ");
            }
        }
    }

    private static String line(IDocument doc, int l) throws BadLocationException {
        IRegion r = doc.getLineInformation(l);
        return doc.get(r.getOffset(), r.getLength());
    }
}
