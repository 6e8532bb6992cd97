package org.mmrace.lang.internal;

/**
 * A token: its kind, where it is ({@code offset} .. {@code end}, exclusive) and its value (the
 * text of a word, the unescaped content of a string, the text after '#' of a comment).
 */
public record Token(TokenKind kind, int offset, int end, String value, boolean tripleQuoted) {

  public Token(TokenKind kind, int offset, int end, String value) {
    this(kind, offset, end, value, false);
  }

  public int length() {
    return end - offset;
  }

  public boolean is(TokenKind k) {
    return kind == k;
  }

  public boolean isWord(String word) {
    return kind == TokenKind.WORD && value.equals(word);
  }

  /** How messages show this token: {@code 'stroe'}, "end of line", "a string". */
  public String describe() {
    return switch (kind) {
      case WORD, INVALID -> "'" + abbreviate(value) + "'";
      case STRING, COMMENT, NEWLINE, EOF -> kind.description();
      default -> kind.description();
    };
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
