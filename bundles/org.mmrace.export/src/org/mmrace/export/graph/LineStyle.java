package org.mmrace.export.graph;

/** How an edge or outline is stroked. */
public enum LineStyle {
    SOLID,
    DASHED,
    DOTTED
}
