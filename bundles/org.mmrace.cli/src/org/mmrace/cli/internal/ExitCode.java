package org.mmrace.cli.internal;

/** The command line's exit codes; where several apply the highest-ranked wins (bad input first). */
public enum ExitCode {
    OK(0), EXPECTATION_NOT_MET(1), BAD_INPUT(2), INCOMPLETE(3), INTERNAL_ERROR(70);

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
            case EXPECTATION_NOT_MET -> 2;
            case INCOMPLETE -> 1;
            case BAD_INPUT -> 3;
            case INTERNAL_ERROR -> 4;
        };
    }

    /** The more serious of the two. */
    public ExitCode and(ExitCode other) {
        return other.rank() > rank() ? other : this;
    }
}
