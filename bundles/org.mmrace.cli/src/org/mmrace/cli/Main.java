package org.mmrace.cli;

import org.mmrace.cli.internal.MmraceCommand;

/**
 * The headless command line: {@code mmrace run|check|format|strategies|export|bench|lsp}. Exit codes:
 * 0 every expectation met, 1 an expectation not met, 2 bad input, 3 incomplete.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(MmraceCommand.execute(args, System.out, System.err));
    }
}
