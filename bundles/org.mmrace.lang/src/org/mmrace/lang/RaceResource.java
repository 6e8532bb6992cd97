package org.mmrace.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.mmrace.model.scenario.Scenario;

/**
 * An EMF resource holding one {@link Scenario}, stored as .race text: load parses (and validates),
 * save writes the canonical text ({@link RaceFormatter}), comments included. Problems found while
 * loading are in {@link #getErrors()} / {@link #getWarnings()} as EMF diagnostics and in
 * {@link #getDiagnostics()} with offsets for markers.
 */
public class RaceResource extends ResourceImpl {

  /** Load option: a {@link StrategyCatalog} for validation (default: {@link BuiltinStrategyCatalog}). */
  public static final String OPTION_STRATEGY_CATALOG = "org.mmrace.lang.strategyCatalog";
  /** Load option: Boolean.FALSE skips validation (syntax errors are still reported). */
  public static final String OPTION_VALIDATE = "org.mmrace.lang.validate";

  private List<org.mmrace.lang.Diagnostic> diagnostics = List.of();
  private boolean syntaxErrors;

  public RaceResource(URI uri) {
    super(uri);
  }

  /** The diagnostics of the last load, in the order of the file. */
  public List<org.mmrace.lang.Diagnostic> getDiagnostics() {
    return diagnostics;
  }

  /** The scenario, when the resource holds one. */
  public java.util.Optional<Scenario> getScenario() {
    return getContents().isEmpty() || !(getContents().get(0) instanceof Scenario scenario)
        ? java.util.Optional.empty() : java.util.Optional.of(scenario);
  }

  @Override
  protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
    String name = fileName();
    ParseResult parsed = RaceParser.parse(name, inputStream.readAllBytes());
    List<org.mmrace.lang.Diagnostic> all = new ArrayList<>(parsed.diagnostics());
    Object validate = options == null ? null : options.get(OPTION_VALIDATE);
    if (!Boolean.FALSE.equals(validate)) {
      Object catalog = options == null ? null : options.get(OPTION_STRATEGY_CATALOG);
      RaceValidator validator = new RaceValidator(catalog instanceof StrategyCatalog c ? c : new BuiltinStrategyCatalog());
      all.addAll(validator.validate(name, parsed.scenario()));
      all.sort(java.util.Comparator.comparingInt(org.mmrace.lang.Diagnostic::offset));
    }
    diagnostics = List.copyOf(all);
    syntaxErrors = parsed.hasErrors();
    getContents().add(parsed.scenario());
    for (org.mmrace.lang.Diagnostic diagnostic : diagnostics) {
      (diagnostic.isError() ? getErrors() : getWarnings()).add(new EmfDiagnostic(diagnostic));
    }
  }

  @Override
  protected void doUnload() {
    super.doUnload();
    diagnostics = List.of();
    syntaxErrors = false;
  }

  /**
   * Writes the scenario as canonical .race text. Refuses (IOException) when the resource was loaded
   * from text with syntax errors: the statements in error are not in the model, and saving would
   * lose them.
   */
  @Override
  protected void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
    if (syntaxErrors) {
      throw new IOException(fileName() + ": not saved: the file had syntax errors when loaded, and saving would drop"
          + " the statements in error");
    }
    Scenario scenario = getScenario().orElseThrow(() -> new IOException(fileName() + ": no scenario to save"));
    String text;
    try {
      text = new RaceFormatter().format(scenario);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IOException(fileName() + ": the scenario is incomplete and cannot be written: " + e.getMessage(), e);
    }
    outputStream.write(text.getBytes(StandardCharsets.UTF_8));
  }

  private String fileName() {
    URI uri = getURI();
    if (uri == null) {
      return "<memory>";
    }
    return uri.isFile() ? uri.toFileString() : uri.toString();
  }

  /** A {@link Diagnostic} as EMF's resource diagnostic. */
  public static final class EmfDiagnostic implements org.eclipse.emf.ecore.resource.Resource.Diagnostic {
    private final org.mmrace.lang.Diagnostic diagnostic;

    EmfDiagnostic(org.mmrace.lang.Diagnostic diagnostic) {
      this.diagnostic = diagnostic;
    }

    public org.mmrace.lang.Diagnostic diagnostic() {
      return diagnostic;
    }

    @Override
    public String getMessage() {
      return diagnostic.message();
    }

    @Override
    public String getLocation() {
      return diagnostic.file();
    }

    @Override
    public int getLine() {
      return diagnostic.line();
    }

    @Override
    public int getColumn() {
      return diagnostic.column();
    }

    @Override
    public String toString() {
      return diagnostic.format();
    }
  }
}
