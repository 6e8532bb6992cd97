package org.mmrace.ui.internal.trace;

/**
 * Column widths of a swim-lane table: the lanes share what the number column leaves, the last
 * column (locks) gets a fifth of the width within bounds, and nothing grows wider than the view
 * unless the lanes would fall below {@link #MIN_LANE} pixels (only then does the table scroll).
 */
public final class TraceLayout {

    public static final int MIN_LANE = 90;
    private static final int MIN_LAST = 110;
    private static final int MAX_LAST = 240;

    private TraceLayout() {
    }

    /** Widths of the {@code lanes} lane columns and then the last column. */
    public static int[] widths(int clientWidth, int numberColumn, int lanes) {
        int last = Math.max(MIN_LAST, Math.min(MAX_LAST, clientWidth / 5));
        // A few pixels for the vertical scroll bar GTK overlays on the last column.
        int available = clientWidth - numberColumn - last - 4;
        int lane = Math.max(MIN_LANE, available / Math.max(1, lanes));
        int[] w = new int[lanes + 1];
        java.util.Arrays.fill(w, 0, lanes, lane);
        w[lanes] = last;
        return w;
    }
}
