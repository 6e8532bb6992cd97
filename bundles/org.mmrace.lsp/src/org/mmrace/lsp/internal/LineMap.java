package org.mmrace.lsp.internal;

import java.util.Arrays;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts between character offsets of a text and LSP positions (0-based line, UTF-16 code
 * units into the line; a Java char is one UTF-16 unit, so the column is a char index). Lines end
 * at \n, \r\n or \r, as the LSP specification says.
 */
public final class LineMap {

    private final String text;
    private final int[] starts;

    public LineMap(String text) {
        this.text = text;
        int[] s = new int[16];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (c == '\n' || (c == '\r' && !crlf)) {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(s, n);
    }

    public Position position(int offset) {
        int o = Math.max(0, Math.min(offset, text.length()));
        int line = Arrays.binarySearch(starts, o);
        if (line < 0) {
            line = -line - 2;
        }
        return new Position(line, o - starts[line]);
    }

    public Range range(int offset, int length) {
        return new Range(position(offset), position(offset + length));
    }

    /** The offset of a position; a column past the end of its line is clamped to the line's end. */
    public int offset(Position position) {
        int line = Math.max(0, Math.min(position.getLine(), starts.length - 1));
        int lineEnd = line + 1 < starts.length ? starts[line + 1] : text.length();
        while (lineEnd > starts[line] && (text.charAt(lineEnd - 1) == '\n' || text.charAt(lineEnd - 1) == '\r')) {
            lineEnd--;
        }
        return Math.min(starts[line] + Math.max(0, position.getCharacter()), lineEnd);
    }

    /** The position just after the last character. */
    public Position end() {
        return position(text.length());
    }
}
