package org.mmrace.lang;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.lang.internal.SpecConverter;

/**
 * From a {@code .race} file to what the engine runs: parse, validate (strategies and knobs
 * against the engine's registry), convert. Never throws: every problem is a {@link Diagnostic}
 * with file, line and column, and the scenario is given only when there is no error.
 */
public final class ScenarioLoader {

    private final StrategyCatalog catalog;

    public ScenarioLoader() {
        this(new EngineStrategyCatalog());
    }

    public ScenarioLoader(StrategyCatalog catalog) {
        this.catalog = catalog;
    }

    public LoadedScenario load(Path file) {
        return finish(file.toString(), Race.check(file, catalog));
    }

    public LoadedScenario load(String file, String text) {
        return finish(file, Race.check(file, text, catalog));
    }

    private LoadedScenario finish(String file, ParseResult parsed) {
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
        if (parsed.hasErrors()) {
            return new LoadedScenario(file, parsed, Optional.empty(), diagnostics);
        }
        try {
            return new LoadedScenario(file, parsed, Optional.of(SpecConverter.toSpec(parsed.scenario())), diagnostics);
        } catch (IllegalArgumentException e) {
            diagnostics.add(new Diagnostic(Severity.ERROR, file, Math.max(1, parsed.scenario().getLine()),
                    Math.max(1, parsed.scenario().getColumn()), 0, 0, e.getMessage()));
            return new LoadedScenario(file, parsed, Optional.empty(), diagnostics);
        }
    }
}
