package org.mmrace.export.graph;

/** The outline of a node. */
public enum NodeShape {
    RECTANGLE,
    /** Rectangle with rounded corners: the default for MM objects. */
    ROUNDED,
    /** Ellipse around the text box; for actors such as a device or a thread. */
    ELLIPSE
}
