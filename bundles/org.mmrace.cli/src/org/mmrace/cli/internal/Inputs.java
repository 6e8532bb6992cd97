package org.mmrace.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.lang.LoadedScenario;
import org.mmrace.lang.ScenarioLoader;

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

    /** An input after loading: empty when the file does not exist. */
    record Loaded(Path path, Optional<LoadedScenario> scenario) {
        /** What the engine runs, when the file exists and has no error. */
        Optional<ScenarioSpec> spec() {
            return scenario.flatMap(LoadedScenario::spec);
        }
    }

    /** Collects and loads the inputs, printing every diagnostic (and every missing file) on stderr. */
    static List<Loaded> load(Console console, List<Path> args) {
        ScenarioLoader loader = new ScenarioLoader();
        List<Loaded> loaded = new ArrayList<>();
        for (Input input : collect(args)) {
            if (input.missing()) {
                console.err().println(missing(input.path()));
                loaded.add(new Loaded(input.path(), Optional.empty()));
                continue;
            }
            LoadedScenario scenario = loader.load(input.path());
            scenario.diagnostics().forEach(d -> console.err().println(d.format()));
            loaded.add(new Loaded(input.path(), Optional.of(scenario)));
        }
        return loaded;
    }

    /** {@code file:1:1: error: no such file}, the shape of every input problem. */
    static String missing(Path path) {
        return path + ":1:1: error: no such file or directory";
    }
}
