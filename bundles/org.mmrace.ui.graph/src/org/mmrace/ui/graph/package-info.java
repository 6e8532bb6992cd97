/**
 * The graph viewer: a JFace {@link org.eclipse.jface.viewers.StructuredViewer} that draws model
 * objects as an ELK-laid-out graph on an SWT canvas, in the manner of Zest's GraphViewer.
 *
 * <pre>
 * GraphViewer viewer = new GraphViewer(parent, SWT.NONE);
 * viewer.setContentProvider(new IGraphContentProvider() {
 *     public Object[] getNodes(Object state)  { return ((MmState) state).objects().toArray(); }
 *     public Object[] getEdges(Object state)  { return ((MmState) state).references().toArray(); }
 *     public Object getSource(Object ref)     { return ((Reference) ref).from(); }
 *     public Object getTarget(Object ref)     { return ((Reference) ref).to(); }
 *     public Optional&lt;Object&gt; getGroup(Object o) { return ((MmObject) o).owner(); } // process box
 * });
 * viewer.setLabelProvider(new MmStateLabels()); // LabelProvider + IGraphStyleProvider (+ IToolTipProvider)
 * viewer.addDoubleClickListener(e -&gt; showDetails(e.getSelection()));
 * viewer.setInput(state);          // lays out and fits the graph into the window
 * viewer.update(page, null);       // after a step: relayout, the page stays where it is on screen
 * viewer.export(path, GraphViewer.ExportFormat.SVG);
 * </pre>
 *
 * Interaction: click selects (Ctrl+click adds), double-click opens, Ctrl+wheel zooms around the
 * mouse, drag on the background or middle-drag pans, wheel and scroll bars scroll, keys + - 0 1
 * zoom in, out, to fit and to 100 %, arrow keys pan; hovering shows the tooltip.
 */
package org.mmrace.ui.graph;
