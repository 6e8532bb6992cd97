package org.mmrace.export.graph;

import java.util.List;
import java.util.Objects;

/**
 * The figures that draw one node, group or edge.
 *
 * @param kind what the item draws
 * @param id the node or edge id
 * @param title plain text describing it (tooltip, SVG title)
 * @param bounds bounding box of all its figures
 */
public record SceneItem(Kind kind, String id, String title, Bounds bounds, List<Figure> figures) {

    public enum Kind {
        GROUP,
        NODE,
        EDGE
    }

    public SceneItem {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(bounds);
        figures = List.copyOf(figures);
    }
}
