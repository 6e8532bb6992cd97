package org.mmrace.export.graph.internal;

import org.mmrace.export.graph.LineStyle;

/** Dash patterns, one definition for SVG, AWT and SWT. */
public final class Dashes {

    private Dashes() {
    }

    /** On/off lengths in pixels for a stroke of the given width; empty for a solid line. */
    public static float[] pattern(LineStyle style, double width) {
        float unit = (float) Math.max(1, width / 1.3);
        return switch (style) {
            case SOLID -> new float[0];
            case DASHED -> new float[] { 6 * unit, 4 * unit };
            case DOTTED -> new float[] { 1.5f * unit, 3 * unit };
        };
    }
}
