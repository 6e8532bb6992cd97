package org.mmrace.ui.internal.editor;

/**
 * A problem in a .race text as the editor shows it: {@code line} is 1-based, {@code offset} and
 * {@code length} are in the document.
 */
public record Problem(Severity severity, int line, int column, int offset, int length, String message) {

    public enum Severity { ERROR, WARNING, INFO }
}
