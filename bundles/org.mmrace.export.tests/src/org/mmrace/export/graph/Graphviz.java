package org.mmrace.export.graph;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Runs Graphviz {@code dot}; fails the test with an install hint when it is missing. */
final class Graphviz {

    record Result(int exitCode, String stdout, String stderr) {
    }

    private Graphviz() {
    }

    static Result dot(String format, String input) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("dot", "-T" + format).start();
        } catch (IOException e) {
            fail("Graphviz 'dot' is not installed or not on PATH (" + e.getMessage()
                    + "); install it with 'apt-get install -y graphviz' to run the DOT tests");
            throw e;
        }
        try (var in = process.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("dot did not finish within 60 s");
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }
}
