package org.mmrace.ui.graph.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.mmrace.export.graph.Graph;

/**
 * A graph built from the viewer's providers, with the mapping between model elements and the
 * graph's node and edge ids. Elements are matched with equals/hashCode, as JFace viewers do.
 */
public record ViewerGraph(Graph graph, Map<Object, String> idsByElement, Map<String, Object> elementsById) {

    public static final ViewerGraph EMPTY = new ViewerGraph(Graph.builder().build(), Map.of(), Map.of());

    public ViewerGraph {
        idsByElement = Collections.unmodifiableMap(new HashMap<>(idsByElement));
        elementsById = Collections.unmodifiableMap(new LinkedHashMap<>(elementsById));
    }

    public Optional<String> id(Object element) {
        return Optional.ofNullable(idsByElement.get(element));
    }

    public Optional<Object> element(String id) {
        return Optional.ofNullable(elementsById.get(id));
    }
}
