package org.mmrace.export.graph;

/**
 * How a node (or a group box) looks. Immutable; derive variants with the {@code with*} methods.
 *
 * @param fill background colour
 * @param border outline colour
 * @param text text colour
 * @param borderWidth outline width in pixels
 * @param bold whether every text line is bold (the first line, the title, always is)
 * @param shape outline shape
 * @param borderStyle outline stroke
 */
public record NodeStyle(Rgb fill, Rgb border, Rgb text, double borderWidth, boolean bold, NodeShape shape,
        LineStyle borderStyle) {

    /** Plain MM object. */
    public static final NodeStyle DEFAULT = new NodeStyle(Rgb.hex("#eef3fb"), Rgb.hex("#4a6a9b"),
            Rgb.hex("#1b2733"), 1.2, false, NodeShape.ROUNDED, LineStyle.SOLID);
    /** A box around other nodes, e.g. a process around its VMAs and ptes. */
    public static final NodeStyle GROUP = new NodeStyle(Rgb.hex("#f8f8f3"), Rgb.hex("#8c8c7a"),
            Rgb.hex("#33332b"), 1.2, false, NodeShape.RECTANGLE, LineStyle.SOLID);
    /** Draws the eye to an object that a step just changed. */
    public static final NodeStyle HIGHLIGHT = new NodeStyle(Rgb.hex("#fff4c2"), Rgb.hex("#d89a00"),
            Rgb.hex("#3d2c00"), 2.2, false, NodeShape.ROUNDED, LineStyle.SOLID);
    /** The object an oracle blames: red, thick, bold. */
    public static final NodeStyle BUG = new NodeStyle(Rgb.hex("#fde2e1"), Rgb.hex("#d0021b"),
            Rgb.hex("#8b0012"), 2.6, true, NodeShape.ROUNDED, LineStyle.SOLID);
    /** Objects that no longer matter (freed page, zapped pte). */
    public static final NodeStyle DIMMED = new NodeStyle(Rgb.hex("#f4f4f4"), Rgb.hex("#b0b0b0"),
            Rgb.hex("#808080"), 1.0, false, NodeShape.ROUNDED, LineStyle.DASHED);

    public NodeStyle {
        if (!(borderWidth >= 0 && borderWidth <= 20)) {
            throw new IllegalArgumentException("border width out of 0..20: " + borderWidth);
        }
        java.util.Objects.requireNonNull(fill, "fill");
        java.util.Objects.requireNonNull(border, "border");
        java.util.Objects.requireNonNull(text, "text");
        java.util.Objects.requireNonNull(shape, "shape");
        java.util.Objects.requireNonNull(borderStyle, "borderStyle");
    }

    public NodeStyle withFill(Rgb newFill) {
        return new NodeStyle(newFill, border, text, borderWidth, bold, shape, borderStyle);
    }

    public NodeStyle withBorder(Rgb newBorder, double newWidth) {
        return new NodeStyle(fill, newBorder, text, newWidth, bold, shape, borderStyle);
    }

    public NodeStyle withText(Rgb newText) {
        return new NodeStyle(fill, border, newText, borderWidth, bold, shape, borderStyle);
    }

    public NodeStyle withBold(boolean newBold) {
        return new NodeStyle(fill, border, text, borderWidth, newBold, shape, borderStyle);
    }

    public NodeStyle withShape(NodeShape newShape) {
        return new NodeStyle(fill, border, text, borderWidth, bold, newShape, borderStyle);
    }

    public NodeStyle withBorderStyle(LineStyle newStyle) {
        return new NodeStyle(fill, border, text, borderWidth, bold, shape, newStyle);
    }
}
