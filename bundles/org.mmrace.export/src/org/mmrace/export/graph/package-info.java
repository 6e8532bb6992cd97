/**
 * Headless graphs of MM states: describe, lay out, draw, export. No SWT.
 *
 * <ul>
 * <li>{@link org.mmrace.export.graph.Graph} (built with {@link org.mmrace.export.graph.Graph#builder()}),
 * {@link org.mmrace.export.graph.GraphNode}, {@link org.mmrace.export.graph.GraphEdge},
 * {@link org.mmrace.export.graph.NodeStyle} and {@link org.mmrace.export.graph.EdgeStyle}: what to
 * draw, immutable. A node naming another as its group is drawn inside that node's box.</li>
 * <li>{@link org.mmrace.export.graph.GraphLayouter}: ELK layered layout, node sizes from a
 * {@link org.mmrace.export.graph.TextMeasurer} ({@link org.mmrace.export.graph.AwtTextMeasurer}
 * headless, an SWT GC in the viewer), giving a {@link org.mmrace.export.graph.GraphLayout}.</li>
 * <li>{@link org.mmrace.export.graph.SceneBuilder}: layout to drawing primitives
 * ({@link org.mmrace.export.graph.Scene}, {@link org.mmrace.export.graph.Figure}); drawn by
 * {@link org.mmrace.export.graph.SvgWriter}, {@link org.mmrace.export.graph.PngWriter} and the SWT
 * viewer, so all renderings look the same.</li>
 * <li>{@link org.mmrace.export.graph.DotWriter}: Graphviz DOT of the graph (Graphviz lays it out).</li>
 * <li>{@link org.mmrace.export.graph.GraphExporter}: all of it in one call for the command line:
 * {@code new GraphExporter().write(graph, GraphExporter.Format.SVG, path)}.</li>
 * </ul>
 */
package org.mmrace.export.graph;
