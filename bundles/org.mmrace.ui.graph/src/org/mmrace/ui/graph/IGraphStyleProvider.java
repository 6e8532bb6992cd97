package org.mmrace.ui.graph;

import org.mmrace.export.graph.EdgeStyle;
import org.mmrace.export.graph.NodeStyle;

/**
 * Optional mix-in for a {@link GraphViewer}'s label provider: how nodes and edges look
 * (highlight, the red "bug" style, dashed edges, shapes). The same styles drive DOT, SVG and PNG
 * export. IColorProvider colours and an IFontProvider's bold font, when also implemented,
 * override the fill, text colour and boldness of the style returned here.
 */
public interface IGraphStyleProvider {

    default NodeStyle getNodeStyle(Object node) {
        return NodeStyle.DEFAULT;
    }

    default EdgeStyle getEdgeStyle(Object edge) {
        return EdgeStyle.DEFAULT;
    }
}
