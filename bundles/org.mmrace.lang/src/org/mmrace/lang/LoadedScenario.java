package org.mmrace.lang;

import java.util.List;
import java.util.Optional;

import org.mmrace.core.spec.ScenarioSpec;

/**
 * A loaded {@code .race} file: the parse (the EMF scenario, possibly partial, for editors), the
 * engine's scenario when the file has no error, and every diagnostic, errors and warnings.
 */
public record LoadedScenario(String file, ParseResult parsed, Optional<ScenarioSpec> spec, List<Diagnostic> diagnostics) {

    public LoadedScenario {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
