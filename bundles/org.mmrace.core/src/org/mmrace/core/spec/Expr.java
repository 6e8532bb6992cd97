package org.mmrace.core.spec;

/**
 * A condition's expression: atoms {@code ADDR == S}, {@code T.rN == S}, {@code F[p].s == S} (each
 * with {@code ==} or {@code !=}) combined with and, or, not.
 */
public sealed interface Expr {
    SourcePos pos();

    String text();

    record And(Expr left, Expr right, SourcePos pos) implements Expr {
        public String text() { return "(" + left.text() + " and " + right.text() + ")"; }
    }

    record Or(Expr left, Expr right, SourcePos pos) implements Expr {
        public String text() { return "(" + left.text() + " or " + right.text() + ")"; }
    }

    record Not(Expr operand, SourcePos pos) implements Expr {
        public String text() { return "not " + operand.text(); }
    }

    /** What a load by the address's process would read at the end ('!' when unmapped). */
    record Memory(Address addr, boolean equal, char symbol, SourcePos pos) implements Expr {
        public String text() { return addr + (equal ? " == " : " != ") + symbol; }
    }

    /** Register {@code rN} of thread {@code T} (qualified: {@code P.dio}, or a kthread's name). */
    record Register(String thread, String register, boolean equal, char symbol, SourcePos pos) implements Expr {
        public String text() { return thread + "." + register + (equal ? " == " : " != ") + symbol; }
    }

    /** Sectors of page {@code page} of file {@code file} on disk. */
    record File(String file, int page, int firstSector, int lastSector, boolean equal, char symbol, SourcePos pos)
            implements Expr {
        public String text() {
            return file + "[" + page + "]." + firstSector + (lastSector != firstSector ? "-" + lastSector : "")
                    + (equal ? " == " : " != ") + symbol;
        }
    }
}
