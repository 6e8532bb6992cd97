package org.mmrace.lang;

/** How bad a {@link Diagnostic} is. */
public enum Severity {
  /** The file cannot be run as written. */
  ERROR("error"),
  /** The file runs, but probably not as its author meant. */
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** "error" or "warning", as printed in messages. */
  public String label() {
    return label;
  }
}
