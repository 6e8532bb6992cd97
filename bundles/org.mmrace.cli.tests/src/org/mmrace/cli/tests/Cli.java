package org.mmrace.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.mmrace.cli.internal.MmraceCommand;

/** Runs the command line in this JVM and keeps what it printed. */
record Cli(int exit, String out, String err) {

    /** The repository's scenario library, seen from the test bundle's folder. */
    static final Path SCENARIOS = Path.of("../../scenarios").toAbsolutePath().normalize();

    static Cli run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = MmraceCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path scenario(String name) {
        Path p = SCENARIOS.resolve(name);
        if (!Files.exists(p)) {
            throw new AssertionError("missing scenario " + p);
        }
        return p;
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
