package org.mmrace.export.c;

/**
 * What a reproducer cannot do exactly: an operation reproduced only approximately from user space
 * (ksmd's scan at a chosen point, a R/O pin through io_uring) or not at all. Never silently dropped:
 * the program prints every note as a JSON line before its first iteration.
 */
public record ReproducerNote(Kind kind, String operation, int line, String why) {
    public enum Kind {
        APPROXIMATED, UNSUPPORTED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code approximated: line 9: pin buf[0] ro fast longterm as ropin: why}. */
    public String describe() {
        return kind.word() + ": " + (line > 0 ? "line " + line + ": " : "") + operation + ": " + why;
    }
}
