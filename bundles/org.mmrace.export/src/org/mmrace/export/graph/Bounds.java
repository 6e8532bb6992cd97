package org.mmrace.export.graph;

/** An axis-parallel rectangle in graph coordinates. */
public record Bounds(double x, double y, double width, double height) {

    public Bounds {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size " + width + "x" + height);
        }
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public Point center() {
        return new Point(x + width / 2, y + height / 2);
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    /** Whether the interiors overlap (touching edges do not count). */
    public boolean overlaps(Bounds other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    /** Whether the other rectangle lies completely inside this one. */
    public boolean encloses(Bounds other) {
        return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
    }

    public Bounds union(Bounds other) {
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        return new Bounds(left, top, Math.max(right(), other.right()) - left,
                Math.max(bottom(), other.bottom()) - top);
    }

    public Bounds expand(double margin) {
        return new Bounds(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }

    public Bounds translate(double dx, double dy) {
        return new Bounds(x + dx, y + dy, width, height);
    }
}
