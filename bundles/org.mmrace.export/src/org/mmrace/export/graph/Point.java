package org.mmrace.export.graph;

/** A point in graph coordinates (pixels at zoom 1, origin top left). */
public record Point(double x, double y) {
}
