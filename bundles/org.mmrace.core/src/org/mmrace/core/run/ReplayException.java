package org.mmrace.core.run;

/** Why a replay cannot be done: unknown strategy, A finds no counterexample, no such violation. */
public final class ReplayException extends Exception {
    private static final long serialVersionUID = 1L;

    public ReplayException(String message) {
        super(message);
    }
}
