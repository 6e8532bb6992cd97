package org.mmrace.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The .race files named on the command line: files as given, directories walked recursively. */
final class Inputs {

    private Inputs() {
    }

    /** A file to read, or a name that could not be found (reported as bad input). */
    record Input(Path path, boolean missing) {
    }

    static List<Input> collect(List<Path> args) {
        List<Input> inputs = new ArrayList<>();
        for (Path arg : args) {
            if (Files.isDirectory(arg)) {
                try (Stream<Path> walk = Files.walk(arg)) {
                    walk.filter(p -> p.getFileName().toString().endsWith(".race") && Files.isRegularFile(p))
                            .sorted()
                            .forEach(p -> inputs.add(new Input(p, false)));
                } catch (IOException | UncheckedIOException e) {
                    inputs.add(new Input(arg, true));
                }
            } else {
                inputs.add(new Input(arg, !Files.exists(arg)));
            }
        }
        return inputs;
    }

    /** {@code file:1:1: error: no such file}, the shape of every input problem. */
    static String missing(Path path) {
        return path + ":1:1: error: no such file or directory";
    }
}
