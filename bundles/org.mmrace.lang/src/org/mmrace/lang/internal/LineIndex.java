package org.mmrace.lang.internal;

import java.util.Arrays;

/** Maps character offsets to 1-based lines and columns. \n, \r\n and a lone \r end a line. */
public final class LineIndex {

  private final int[] lineStarts;
  private final int lineCount;

  public LineIndex(CharSequence text) {
    int[] starts = new int[16];
    int count = 1;
    starts[0] = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = starts;
    this.lineCount = count;
  }

  /** 1-based line of an offset. */
  public int line(int offset) {
    int index = Arrays.binarySearch(lineStarts, 0, lineCount, offset);
    return index >= 0 ? index + 1 : -index - 1;
  }

  /** 1-based column of an offset. */
  public int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }

  /** Offset of the first character of a 1-based line. */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }

  public int lineCount() {
    return lineCount;
  }
}
