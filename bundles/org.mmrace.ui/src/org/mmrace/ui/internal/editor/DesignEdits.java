package org.mmrace.ui.internal.editor;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.mmrace.lang.assist.RaceStructure.Kind;
import org.mmrace.lang.assist.RaceStructure.Statement;
import org.mmrace.lang.assist.RaceStructure;

/**
 * The Design page's edits, as text edits of the document: a statement is replaced where it
 * stands, added as a new line, removed or swapped with its neighbour as whole lines. Comments,
 * blank lines and layout elsewhere are untouched, and the text editor's undo covers every edit.
 */
public final class DesignEdits {

    /** A new operation of each kind, for "Add operation": a valid line to edit from. */
    public static final Map<String, String> OPERATION_TEMPLATES = orderedTemplates();

    private DesignEdits() {
    }

    private static Map<String, String> orderedTemplates() {
        java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
        m.put("store", "store %s[0].0 data=B");
        m.put("load", "load %s[0].0 -> r1");
        m.put("fork", "fork C");
        m.put("dio_read", "dio_read %s[0].0 data=D");
        m.put("dio_write", "dio_write %s[0] file=F");
        m.put("aio_read", "aio_read %s[0].0 data=D as io1");
        m.put("aio_wait", "aio_wait io1");
        m.put("vmsplice", "vmsplice %s[0] pipe=p1");
        m.put("pipe_read", "pipe_read p1 -> r1");
        m.put("pin", "pin %s[0] rw as pin1");
        m.put("dma_write", "dma_write pin1 0-7 data=X");
        m.put("unpin", "unpin pin1");
        m.put("mprotect", "mprotect %s ro");
        m.put("madvise", "madvise %s dontfork");
        m.put("munmap", "munmap %s");
        m.put("ksm_merge", "ksm_merge P.%s[0] Q.%s[0]");
        m.put("signal", "signal e1");
        m.put("wait", "wait e1");
        m.put("exit", "exit");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The template of {@code op} for a thread whose process maps {@code region} (e.g. "buf"). */
    public static String operation(String op, String region) {
        return OPERATION_TEMPLATES.get(op).replace("%s", region);
    }

    /** Replaces the statement's code (its comment and indentation stay). */
    public static void replace(IDocument doc, Statement s, String code) throws BadLocationException {
        doc.replace(s.offset(), s.length(), code.strip());
    }

    /** Adds an operation at the end of {@code thread}, or after {@code after} when given. */
    public static int addOperation(IDocument doc, Statement thread, Optional<Statement> after, String code)
            throws BadLocationException {
        Statement anchor = after.orElse(thread.children().isEmpty() ? thread
                : thread.children().get(thread.children().size() - 1));
        return insertLineAfter(doc, anchor, "  " + code.strip());
    }

    /** Adds a top-level statement after the last one of its kind (or at the end of the file). */
    public static int addStatement(RaceStructure structure, IDocument doc, Kind kind, String code)
            throws BadLocationException {
        List<Statement> same = structure.ofKind(kind);
        if (!same.isEmpty()) {
            Statement last = same.get(same.size() - 1);
            if (!last.children().isEmpty()) {
                last = last.children().get(last.children().size() - 1);
            }
            return insertLineAfter(doc, last, code.strip());
        }
        String text = doc.get();
        String prefix = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
        doc.replace(doc.getLength(), 0, prefix + code.strip() + "\n");
        return doc.getLength() - code.strip().length() - 1;
    }

    /** Removes the statement's lines (a thread with its operations). */
    public static void remove(IDocument doc, Statement s) throws BadLocationException {
        IRegion r = lines(doc, s);
        doc.replace(r.getOffset(), r.getLength(), "");
    }

    /** Swaps the lines of two adjacent siblings, {@code first} above {@code second}. */
    public static void swap(IDocument doc, Statement first, Statement second) throws BadLocationException {
        IRegion a = lines(doc, first);
        IRegion b = lines(doc, second);
        String textA = withNewline(doc.get(a.getOffset(), a.getLength()));
        String textB = withNewline(doc.get(b.getOffset(), b.getLength()));
        String between = doc.get(a.getOffset() + a.getLength(), b.getOffset() - a.getOffset() - a.getLength());
        int end = b.getOffset() + b.getLength();
        boolean hadNewline = end > 0 && doc.get(end - 1, 1).equals("\n");
        String replacement = textB + between + textA;
        if (!hadNewline) {
            replacement = replacement.substring(0, replacement.length() - 1);
        }
        doc.replace(a.getOffset(), end - a.getOffset(), replacement);
    }

    private static String withNewline(String s) {
        return s.endsWith("\n") ? s : s + "\n";
    }

    private static int insertLineAfter(IDocument doc, Statement anchor, String line) throws BadLocationException {
        int lastLine = anchor.endLine();
        IRegion info = doc.getLineInformation(lastLine);
        int end = info.getOffset() + info.getLength();
        doc.replace(end, 0, "\n" + line);
        return end + 1;
    }

    /** The whole lines of a statement, with its operations and the line break. */
    static IRegion lines(IDocument doc, Statement s) throws BadLocationException {
        int first = s.line();
        int last = s.children().isEmpty() ? s.endLine() : s.children().get(s.children().size() - 1).endLine();
        int start = doc.getLineOffset(first);
        int end = last + 1 < doc.getNumberOfLines() ? doc.getLineOffset(last + 1) : doc.getLength();
        return new Region(start, end - start);
    }
}
