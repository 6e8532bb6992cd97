package org.mmrace.export.graph;

/**
 * Text metrics of the font a rendering will use, so the layout sizes nodes to fit their labels.
 * {@link AwtTextMeasurer} measures headlessly for SVG/PNG; the SWT viewer measures with a GC.
 */
public interface TextMeasurer {

    /** Advance width of the text in pixels. */
    double width(String text, boolean bold);

    /** Distance from one baseline to the next. */
    double lineHeight();

    /** Distance from the top of a line to its baseline. */
    double ascent();

    /** The font family that was measured, for writers that name it (SVG). */
    String fontFamily();

    /** The font size in pixels that was measured. */
    double fontSize();
}
