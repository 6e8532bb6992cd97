package org.mmrace.lang;

import java.util.Objects;

/**
 * A problem found in a .race file, at a position: 1-based line and column (in characters, a tab
 * counts as one), and the 0-based character offset and length of the text it is about, which an
 * editor uses for its markers.
 *
 * @param severity error or warning
 * @param file the file name as given to the parser (used only in {@link #format()})
 * @param line 1-based line
 * @param column 1-based column
 * @param offset 0-based character offset
 * @param length length in characters of the text in question, at least 0
 * @param message what is wrong and, where it helps, what was expected
 */
public record Diagnostic(Severity severity, String file, int line, int column, int offset, int length,
    String message) {

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** The column just after the text in question, on the diagnostic's line. */
  public int endColumn() {
    return column + length;
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line:column: error: message}, as compilers print it. */
  public String format() {
    return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
  }

  @Override
  public String toString() {
    return format();
  }
}
