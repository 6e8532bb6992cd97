package org.mmrace.ui.graph;

import java.util.Optional;

import org.eclipse.jface.viewers.IStructuredContentProvider;

/**
 * Content of a {@link GraphViewer}, in the manner of Zest's IGraphContentProvider: nodes and edges
 * are model objects, the provider says which nodes an edge connects and which group (box) a node
 * sits in. Labels and styles come from the label provider.
 */
public interface IGraphContentProvider extends IStructuredContentProvider {

    /** The node elements of the input, in the order the picture should follow. */
    Object[] getNodes(Object input);

    /** The edge elements of the input; empty when the graph has no edges. */
    Object[] getEdges(Object input);

    /** The node element an edge starts at; must be one of {@link #getNodes(Object)}. */
    Object getSource(Object edge);

    /** The node element an edge ends at; must be one of {@link #getNodes(Object)}. */
    Object getTarget(Object edge);

    /**
     * The node element drawn as a box around this node (a process around its VMAs), if any. A node
     * that is some node's group is drawn as a box, its label as the box title.
     */
    default Optional<Object> getGroup(Object node) {
        return Optional.empty();
    }

    /** StructuredViewer's elements are the nodes. */
    @Override
    default Object[] getElements(Object input) {
        return getNodes(input);
    }
}
