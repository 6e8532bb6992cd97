package org.mmrace.export.graph;

import java.util.List;
import java.util.Objects;

/**
 * A laid-out graph as drawing primitives, in painting order: group boxes outermost first, then
 * edges, then nodes. Built by {@link SceneBuilder}; drawn by {@link SvgWriter}, {@link PngWriter}
 * and the SWT graph viewer.
 *
 * @param width drawing width
 * @param height drawing height
 * @param fontFamily the font the text was measured in
 * @param fontSize its size in pixels
 */
public record Scene(double width, double height, String fontFamily, double fontSize, Rgb background,
        List<SceneItem> items) {

    public Scene {
        Objects.requireNonNull(fontFamily);
        Objects.requireNonNull(background);
        items = List.copyOf(items);
    }
}
