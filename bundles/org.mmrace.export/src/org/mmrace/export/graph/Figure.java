package org.mmrace.export.graph;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One drawing primitive of a {@link Scene}. SVG, PNG (AWT) and the SWT viewer each translate
 * these few primitives, so all of them draw the same picture from one implementation.
 */
public sealed interface Figure {

    /** Bounding box, for culling what lies outside the visible area. */
    Bounds bounds();

    /** A node or group outline, filled. */
    record Box(Bounds bounds, NodeShape shape, Rgb fill, Rgb stroke, double strokeWidth, LineStyle line)
            implements Figure {
        /** Corner radius of {@link NodeShape#ROUNDED}. */
        public static final double ARC = 8;

        public Box {
            Objects.requireNonNull(bounds);
            Objects.requireNonNull(shape);
            Objects.requireNonNull(fill);
            Objects.requireNonNull(stroke);
            Objects.requireNonNull(line);
        }
    }

    /** An open polyline (an edge) or a closed polygon (an arrow head). */
    record Path(List<Point> points, boolean closed, Optional<Rgb> fill, Rgb stroke, double width, LineStyle line)
            implements Figure {
        public Path {
            points = List.copyOf(points);
            Objects.requireNonNull(fill);
            Objects.requireNonNull(stroke);
            Objects.requireNonNull(line);
        }

        @Override
        public Bounds bounds() {
            return new EdgeRoute(points.size() < 2 ? List.of(points.get(0), points.get(0)) : points,
                    Optional.empty()).bounds().expand(width);
        }
    }

    /**
     * One line of text, left-aligned at x.
     *
     * @param top top of the line box (SWT draws from here)
     * @param baseline baseline (SVG and AWT draw from here)
     * @param width measured width, for culling and for centring done by the scene builder
     */
    record Text(double x, double top, double baseline, double width, double height, String text, Rgb color,
            boolean bold) implements Figure {
        public Text {
            Objects.requireNonNull(text);
            Objects.requireNonNull(color);
        }

        @Override
        public Bounds bounds() {
            return new Bounds(x, top, Math.max(0, width), Math.max(0, height));
        }
    }
}
