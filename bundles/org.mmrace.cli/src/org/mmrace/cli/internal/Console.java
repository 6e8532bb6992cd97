package org.mmrace.cli.internal;

import java.io.PrintStream;

/**
 * Where a command writes: results to {@code out}, diagnostics and progress to {@code err}.
 * Progress is shown only when stderr is a terminal, which the {@code mmrace} script tells us
 * ({@code MMRACE_STDERR_TTY=1}): Java cannot see it by itself.
 */
public record Console(PrintStream out, PrintStream err) {

    public boolean progressWanted() {
        return "1".equals(System.getenv("MMRACE_STDERR_TTY"));
    }

    public void error(String message) {
        err.println("mmrace: " + message);
    }
}
