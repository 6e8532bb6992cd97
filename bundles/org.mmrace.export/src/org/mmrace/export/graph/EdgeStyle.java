package org.mmrace.export.graph;

import java.util.Objects;

/**
 * How an edge looks.
 *
 * @param color stroke, arrow head and label colour
 * @param width stroke width in pixels
 * @param line stroke pattern
 * @param arrow whether the target end carries an arrow head
 * @param boldLabel whether the label is bold
 */
public record EdgeStyle(Rgb color, double width, LineStyle line, boolean arrow, boolean boldLabel) {

    /** A reference such as a writable pte or a VMA owning a pte. */
    public static final EdgeStyle DEFAULT = new EdgeStyle(Rgb.hex("#4d5866"), 1.3, LineStyle.SOLID, true, false);
    /** A weaker reference, e.g. a read-only pte after fork's wrprotect. */
    public static final EdgeStyle DASHED = DEFAULT.withLine(LineStyle.DASHED);
    /** A reference that holds the page: a GUP pin or a pipe buffer. */
    public static final EdgeStyle BOLD = new EdgeStyle(Rgb.hex("#1f3a66"), 2.4, LineStyle.SOLID, true, true);
    /** A DMA transfer in flight. */
    public static final EdgeStyle DMA = new EdgeStyle(Rgb.hex("#6a3d9a"), 2.0, LineStyle.DOTTED, true, false);
    /** The reference an oracle blames, e.g. a pin on the page only the child maps. */
    public static final EdgeStyle BUG = new EdgeStyle(Rgb.hex("#d0021b"), 2.6, LineStyle.SOLID, true, true);

    public EdgeStyle {
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(line, "line");
        if (!(width > 0 && width <= 20)) {
            throw new IllegalArgumentException("edge width out of (0,20]: " + width);
        }
    }

    public EdgeStyle withColor(Rgb newColor) {
        return new EdgeStyle(newColor, width, line, arrow, boldLabel);
    }

    public EdgeStyle withWidth(double newWidth) {
        return new EdgeStyle(color, newWidth, line, arrow, boldLabel);
    }

    public EdgeStyle withLine(LineStyle newLine) {
        return new EdgeStyle(color, width, newLine, arrow, boldLabel);
    }

    public EdgeStyle withArrow(boolean newArrow) {
        return new EdgeStyle(color, width, line, newArrow, boldLabel);
    }

    public EdgeStyle withBoldLabel(boolean newBold) {
        return new EdgeStyle(color, width, line, arrow, newBold);
    }
}
