package org.mmrace.lang;

import java.util.List;
import java.util.Objects;

import org.mmrace.model.scenario.Scenario;

/**
 * What the parser made of a file: the scenario (partial where statements had errors: a statement
 * with an error is left out) and the diagnostics, in the order of the file.
 */
public record ParseResult(Scenario scenario, List<Diagnostic> diagnostics) {

  public ParseResult {
    Objects.requireNonNull(scenario, "scenario");
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }
}
