package org.mmrace.ui.internal.editor;

import java.util.List;

import org.mmrace.lang.Diagnostic;
import org.mmrace.lang.ScenarioLoader;

/** The editor's checker: the language bundle's parser, validator and conversion to the engine's input. */
final class Checkers {

    private Checkers() {
    }

    static ScenarioChecker current() {
        ScenarioLoader loader = new ScenarioLoader();
        return (fileName, text) -> loader.load(fileName, text).diagnostics().stream().map(Checkers::problem)
                .toList();
    }

    static Problem problem(Diagnostic d) {
        Problem.Severity severity = switch (d.severity()) {
        case ERROR -> Problem.Severity.ERROR;
        case WARNING -> Problem.Severity.WARNING;
        };
        return new Problem(severity, d.line(), d.column(), d.offset(), d.length(), d.message());
    }

    static List<Problem> problems(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Checkers::problem).toList();
    }
}
