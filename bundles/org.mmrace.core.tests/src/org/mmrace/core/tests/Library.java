package org.mmrace.core.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.lang.Diagnostic;
import org.mmrace.lang.LoadedScenario;
import org.mmrace.lang.ScenarioLoader;

/**
 * The project's scenario library (scenarios/ at the repository root), read with the product's own
 * parser. Tests run with the test bundle's folder as working directory.
 */
final class Library {
    static final Path DIR = Path.of("../../scenarios").toAbsolutePath().normalize();

    private Library() {
    }

    /** The scenario of a library file; a file with errors fails the test with the parser's messages. */
    static ScenarioSpec load(String fileName) {
        return load(DIR.resolve(fileName));
    }

    /** A scenario from .race text written in a test; errors fail the test with the parser's messages. */
    static ScenarioSpec parse(String name, String text) {
        LoadedScenario loaded = new ScenarioLoader().load(name, text);
        if (loaded.hasErrors() || loaded.spec().isEmpty()) {
            throw new AssertionError(name + " does not load:\n" + loaded.diagnostics().stream()
                    .filter(Diagnostic::isError).map(Diagnostic::format).collect(Collectors.joining("\n")));
        }
        return loaded.spec().get();
    }

    static ScenarioSpec load(Path file) {
        LoadedScenario loaded = new ScenarioLoader().load(file);
        if (loaded.hasErrors() || loaded.spec().isEmpty()) {
            throw new AssertionError(file + " does not load:\n" + loaded.diagnostics().stream()
                    .filter(Diagnostic::isError).map(Diagnostic::format).collect(Collectors.joining("\n")));
        }
        return loaded.spec().get();
    }

    /** Every .race file of the library, sorted by name. */
    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".race")).sorted().toList();
        }
    }
}
