package org.mmrace.cli.internal;

/** The command line's exit codes; where several apply the highest-ranked wins (bad input first). */
public enum ExitCode {
    OK(0), EXPECTATION_NOT_MET(1), BAD_INPUT(2), INCOMPLETE(3),
    /** reality: the kernel showed a final outcome the model forbids */
    DISAGREEMENT(4),
    /** reality: the machine lacks what the reproducer needs (gcc, a filesystem with O_DIRECT) */
    UNSUPPORTED(5),
    INTERNAL_ERROR(70);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    private int rank() {
        return switch (this) {
            case OK -> 0;
            case INCOMPLETE -> 1;
            case UNSUPPORTED -> 2;
            case EXPECTATION_NOT_MET -> 3;
            case DISAGREEMENT -> 4;
            case BAD_INPUT -> 5;
            case INTERNAL_ERROR -> 6;
        };
    }

    /** The more serious of the two. */
    public ExitCode and(ExitCode other) {
        return other.rank() > rank() ? other : this;
    }
}
