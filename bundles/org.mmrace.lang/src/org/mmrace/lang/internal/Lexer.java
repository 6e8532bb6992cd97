package org.mmrace.lang.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits .race text into tokens. Never fails: an unexpected character becomes an INVALID token
 * (the parser reports it where it stands), an unterminated string is reported here and ends at
 * the end of its line, so that the lines after it are read normally.
 */
public final class Lexer {

  /** Receives the lexer's own errors. */
  public interface ErrorSink {
    void error(int offset, int length, String message);
  }

  private final String text;
  private final ErrorSink errors;
  private final LineIndex lines;
  private final int n;
  private int pos;

  public Lexer(String text, LineIndex lines, ErrorSink errors) {
    this.text = text;
    this.lines = lines;
    this.errors = errors;
    this.n = text.length();
  }

  public List<Token> tokenize() {
    List<Token> tokens = new ArrayList<>(Math.max(16, n / 4));
    while (pos < n) {
      char c = text.charAt(pos);
      int start = pos;
      switch (c) {
        case ' ', '\t', '\f' -> pos++;
        case '\n' -> tokens.add(new Token(TokenKind.NEWLINE, start, ++pos, "\n"));
        case '\r' -> {
          pos += pos + 1 < n && text.charAt(pos + 1) == '\n' ? 2 : 1;
          tokens.add(new Token(TokenKind.NEWLINE, start, pos, "\n"));
        }
        case '#' -> {
          int end = lineEnd(pos);
          tokens.add(new Token(TokenKind.COMMENT, start, end, text.substring(start + 1, end)));
          pos = end;
        }
        case '"' -> tokens.add(string());
        case '.' -> tokens.add(single(TokenKind.DOT));
        case '[' -> tokens.add(single(TokenKind.LBRACKET));
        case ']' -> tokens.add(single(TokenKind.RBRACKET));
        case '(' -> tokens.add(single(TokenKind.LPAREN));
        case ')' -> tokens.add(single(TokenKind.RPAREN));
        case '=' -> tokens.add(peekIs(1, '=') ? pair(TokenKind.EQ) : single(TokenKind.ASSIGN));
        case '!' -> tokens.add(peekIs(1, '=') ? pair(TokenKind.NE) : single(TokenKind.BANG));
        default -> {
          if (c == '-' && peekIs(1, '>')) {
            tokens.add(pair(TokenKind.ARROW));
          } else if (isWordChar(c)) {
            tokens.add(word());
          } else {
            tokens.add(invalid());
          }
        }
      }
    }
    tokens.add(new Token(TokenKind.EOF, n, n, ""));
    return tokens;
  }

  static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  }

  private boolean peekIs(int ahead, char c) {
    return pos + ahead < n && text.charAt(pos + ahead) == c;
  }

  private Token single(TokenKind kind) {
    int start = pos++;
    return new Token(kind, start, pos, text.substring(start, pos));
  }

  private Token pair(TokenKind kind) {
    int start = pos;
    pos += 2;
    return new Token(kind, start, pos, text.substring(start, pos));
  }

  private Token word() {
    int start = pos;
    while (pos < n && isWordChar(text.charAt(pos)) && !(text.charAt(pos) == '-' && peekIs(1, '>'))) {
      pos++;
    }
    return new Token(TokenKind.WORD, start, pos, text.substring(start, pos));
  }

  /** A run of characters no token starts with, reported as one. */
  private Token invalid() {
    int start = pos;
    while (pos < n) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '#' || c == '"' || c == '.' || c == '['
          || c == ']' || c == '(' || c == ')' || c == '=' || c == '!' || isWordChar(c)) {
        break;
      }
      pos += Character.charCount(text.codePointAt(pos));
    }
    return new Token(TokenKind.INVALID, start, pos, text.substring(start, pos));
  }

  private int lineEnd(int from) {
    int i = from;
    while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  /**
   * A string: "..." or """...""", with \" and \\ escapes (any other backslash is kept as it is).
   * Strings may span lines; but when the closing quote of a string that spans lines is followed by
   * more of a statement, the quote most likely opens a later string, and the real mistake is a
   * missing quote on the first line: report that, and end the string at its first line.
   */
  private Token string() {
    int start = pos;
    boolean triple = text.startsWith("\"\"\"", start);
    String quote = triple ? "\"\"\"" : "\"";
    int i = start + quote.length();
    StringBuilder value = new StringBuilder();
    boolean spansLines = false;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < n && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
        value.append(text.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '"' && (!triple || text.startsWith(quote, i))) {
        int end = i + quote.length();
        if (spansLines && !restOfLineIsBlankOrComment(end)) {
          errors.error(start, quote.length(), "unterminated string: missing closing " + quote + " on this line (the "
              + quote + " at line " + lines.line(i) + ", column " + lines.column(i) + " is followed by more text)");
          return endAtLineEnd(start, quote.length(), triple);
        }
        pos = end;
        return new Token(TokenKind.STRING, start, end, value.toString(), triple);
      }
      if (c == '\n' || c == '\r') {
        spansLines = true;
      }
      value.append(c);
      i++;
    }
    errors.error(start, quote.length(), "unterminated string: missing closing " + quote + " before the end of the file");
    return endAtLineEnd(start, quote.length(), triple);
  }

  private boolean restOfLineIsBlankOrComment(int from) {
    for (int i = from; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '#') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\f') {
        return false;
      }
    }
    return true;
  }

  private Token endAtLineEnd(int start, int quoteLength, boolean triple) {
    int end = lineEnd(start);
    pos = end;
    return new Token(TokenKind.STRING, start, end, text.substring(Math.min(end, start + quoteLength), end), triple);
  }
}
