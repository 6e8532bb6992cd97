/**
 * The explored state space as a graph, for the state-space view: {@link org.mmrace.core.graph.StateGraph}
 * (nodes, edges, shortest counterexamples, traces to any node) or why it was not built
 * ({@link org.mmrace.core.graph.GraphResult}). Built by {@link org.mmrace.core.run.Explorer#exploreGraph}.
 */
package org.mmrace.core.graph;
