package org.mmrace.core.spec;

/** Where an element stands in its .race file (1-based line and column; 0 when built in code). */
public record SourcePos(int line, int column) {
    public static final SourcePos NONE = new SourcePos(0, 0);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
