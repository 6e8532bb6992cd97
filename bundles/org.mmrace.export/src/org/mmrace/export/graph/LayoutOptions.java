package org.mmrace.export.graph;

/**
 * Knobs of the layered layout.
 *
 * @param flow the direction references point: pages below (DOWN) or right of (RIGHT) their ptes
 * @param nodeSpacing gap between nodes in one layer
 * @param layerSpacing gap between layers
 * @param margin empty border around the drawing
 */
public record LayoutOptions(Flow flow, double nodeSpacing, double layerSpacing, double margin) {

    public enum Flow {
        DOWN,
        RIGHT
    }

    public LayoutOptions {
        java.util.Objects.requireNonNull(flow, "flow");
        if (nodeSpacing < 0 || layerSpacing < 0 || margin < 0) {
            throw new IllegalArgumentException("spacings must not be negative");
        }
    }

    /** Left-to-right flow: MM graphs (process, VMA, pte, page) are deep and labels are wide. */
    public static LayoutOptions defaults() {
        return new LayoutOptions(Flow.RIGHT, 18, 46, 16);
    }

    public LayoutOptions withMargin(double newMargin) {
        return new LayoutOptions(flow, nodeSpacing, layerSpacing, newMargin);
    }

    public LayoutOptions withFlow(Flow newFlow) {
        return new LayoutOptions(newFlow, nodeSpacing, layerSpacing, margin);
    }
}
