package org.mmrace.lang.internal;

/** Kinds of tokens of the .race format. */
public enum TokenKind {
  /** A run of {@code [A-Za-z0-9_-]} (a name, keyword, number, symbol or sector range). */
  WORD("a word"),
  STRING("a string"),
  DOT("'.'"),
  LBRACKET("'['"),
  RBRACKET("']'"),
  LPAREN("'('"),
  RPAREN("')'"),
  ASSIGN("'='"),
  EQ("'=='"),
  NE("'!='"),
  ARROW("'->'"),
  BANG("'!'"),
  COMMENT("a comment"),
  NEWLINE("end of line"),
  /** A character that no token starts with; the lexer has reported it. */
  INVALID("an invalid character"),
  EOF("end of file");

  private final String description;

  TokenKind(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
