package org.mmrace.lang;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Entry point for callers that want a checked scenario from a file or text: parse, then validate,
 * with all diagnostics in the order of the file.
 */
public final class Race {

  private Race() {
  }

  /** Parses and validates a file. */
  public static ParseResult check(Path file, StrategyCatalog catalog) {
    return validated(RaceParser.parse(file), file.toString(), catalog);
  }

  /** Parses and validates text; {@code file} names it in diagnostics. */
  public static ParseResult check(String file, String text, StrategyCatalog catalog) {
    return validated(RaceParser.parse(file, text), file, catalog);
  }

  private static ParseResult validated(ParseResult parsed, String file, StrategyCatalog catalog) {
    List<Diagnostic> all = new ArrayList<>(parsed.diagnostics());
    all.addAll(new RaceValidator(catalog).validate(file, parsed.scenario()));
    all.sort(Comparator.comparingInt(Diagnostic::offset));
    return new ParseResult(parsed.scenario(), all);
  }
}
