package org.mmrace.export.graph;

import java.util.List;
import java.util.Optional;

/**
 * Where an edge runs: its start point, bend points and end point in graph coordinates, and the box
 * of its label if it has one.
 */
public record EdgeRoute(List<Point> points, Optional<Bounds> label) {

    public EdgeRoute {
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("an edge route needs at least two points");
        }
    }

    public Point start() {
        return points.get(0);
    }

    public Point end() {
        return points.get(points.size() - 1);
    }

    /** The bend points, without start and end. */
    public List<Point> bends() {
        return points.subList(1, points.size() - 1);
    }

    /** Bounding box of the route and its label. */
    public Bounds bounds() {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        Bounds box = new Bounds(minX, minY, maxX - minX, maxY - minY);
        return label.map(box::union).orElse(box);
    }
}
