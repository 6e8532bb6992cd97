package org.mmrace.lang;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.mmrace.lang.internal.LineIndex;
import org.mmrace.lang.internal.ScenarioParser;
import org.mmrace.model.scenario.ScenarioFactory;

/**
 * Parses .race files (format version 1, docs/format.md) into {@link org.mmrace.model.scenario.Scenario}
 * objects. Never throws for any content: every problem is a {@link Diagnostic} with file, line and
 * column. Stateless and thread-safe.
 */
public final class RaceParser {

  /** Largest file accepted, in bytes. A scenario is a few hundred bytes; 1 MiB is far beyond any. */
  public static final int MAX_BYTES = 1 << 20;

  private RaceParser() {
  }

  /** Reads and parses a file; an unreadable file gives one error diagnostic. */
  public static ParseResult parse(Path path) {
    String name = path.toString();
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        return tooLarge(name, size);
      }
      return parse(name, Files.readAllBytes(path));
    } catch (IOException | RuntimeException e) {
      return failure(name, "cannot read the file: " + describe(e));
    }
  }

  /** Parses bytes that should be UTF-8 text. */
  public static ParseResult parse(String file, byte[] content) {
    if (content.length > MAX_BYTES) {
      return tooLarge(file, content.length);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(content)).toString();
    } catch (MalformedInputException e) {
      return notUtf8(file, content);
    } catch (CharacterCodingException e) {
      return failure(file, "not UTF-8 text");
    }
    return parse(file, text);
  }

  /** Parses text. */
  public static ParseResult parse(String file, String text) {
    if (text.length() > MAX_BYTES) {
      return tooLarge(file, text.length());
    }
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int nul = body.indexOf('\0');
    if (nul >= 0) {
      LineIndex lines = new LineIndex(body);
      return new ParseResult(ScenarioFactory.eINSTANCE.createScenario(), List.of(new Diagnostic(Severity.ERROR, file,
          lines.line(nul), lines.column(nul), nul, 1, "not a text file: NUL character (binary content?)")));
    }
    try {
      ScenarioParser parser = new ScenarioParser(file, body);
      parser.parse();
      return new ParseResult(parser.scenario(), parser.diagnostics());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A bug of ours, never the user's: still a diagnostic, never an exception.
      return failure(file, "internal error of the parser (please report it): " + describe(e));
    }
  }

  private static ParseResult notUtf8(String file, byte[] content) {
    // Find the first bad byte to point at it.
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(content.length + 1);
    var result = decoder.decode(in, out, true);
    int badByte = in.position();
    out.flip();
    LineIndex lines = new LineIndex(out);
    int offset = out.length();
    int value = badByte < content.length ? content[badByte] & 0xff : 0;
    String message = result.isError()
        ? String.format("not UTF-8 text: invalid byte 0x%02X (binary content?)", value)
        : "not UTF-8 text: the file ends inside a character";
    return new ParseResult(ScenarioFactory.eINSTANCE.createScenario(),
        List.of(new Diagnostic(Severity.ERROR, file, lines.line(offset), lines.column(offset), offset, 1, message)));
  }

  private static ParseResult tooLarge(String file, long size) {
    return failure(file, "file too large: " + size + " bytes (a scenario file may have at most " + MAX_BYTES
        + " bytes)");
  }

  private static ParseResult failure(String file, String message) {
    return new ParseResult(ScenarioFactory.eINSTANCE.createScenario(),
        List.of(new Diagnostic(Severity.ERROR, file, 1, 1, 0, 0, message)));
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
