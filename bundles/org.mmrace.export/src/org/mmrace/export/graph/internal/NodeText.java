package org.mmrace.export.graph.internal;

import java.util.ArrayList;
import java.util.List;

import org.mmrace.export.graph.GraphNode;
import org.mmrace.export.graph.NodeShape;
import org.mmrace.export.graph.TextMeasurer;

/**
 * The measured label of a node and the node size derived from it. Layout and every renderer use
 * this one class, so boxes fit their text in SVG, PNG and SWT alike.
 *
 * @param lines measured lines; the first is the title and always bold
 * @param textWidth widest line
 * @param textHeight all lines
 */
public record NodeText(List<Line> lines, double textWidth, double textHeight) {

    /** Horizontal padding between outline and text. */
    public static final double PAD_X = 10;
    /** Vertical padding between outline and text. */
    public static final double PAD_Y = 6;
    /** Padding of a group box around its members, below its title. */
    public static final double GROUP_PAD = 12;
    /** An ellipse's bounding box must be sqrt(2) times the text box to contain it. */
    private static final double ELLIPSE_FACTOR = Math.sqrt(2);

    public record Line(String text, boolean bold, double width) {
    }

    public NodeText {
        lines = List.copyOf(lines);
    }

    public static NodeText of(GraphNode node, TextMeasurer measurer) {
        List<Line> lines = new ArrayList<>();
        double width = 0;
        for (int i = 0; i < node.lines().size(); i++) {
            String text = printable(node.lines().get(i));
            boolean bold = i == 0 || node.style().bold();
            double w = measurer.width(text, bold);
            lines.add(new Line(text, bold, w));
            width = Math.max(width, w);
        }
        return new NodeText(lines, width, lines.size() * measurer.lineHeight());
    }

    /** Label lines are single lines: line breaks and other control characters become spaces. */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        return out.toString();
    }

    /** Size of a leaf node's box. */
    public double boxWidth(NodeShape shape) {
        double w = Math.max(textWidth + 2 * PAD_X, 36);
        return Math.ceil(shape == NodeShape.ELLIPSE ? w * ELLIPSE_FACTOR : w);
    }

    public double boxHeight(NodeShape shape) {
        double h = Math.max(textHeight + 2 * PAD_Y, 24);
        return Math.ceil(shape == NodeShape.ELLIPSE ? h * ELLIPSE_FACTOR : h);
    }

    /** Space a group box keeps above its members for its title. */
    public double groupTitleHeight() {
        return textHeight + PAD_Y + 4;
    }
}
