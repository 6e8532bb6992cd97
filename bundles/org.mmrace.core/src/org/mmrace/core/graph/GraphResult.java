package org.mmrace.core.graph;

import org.mmrace.core.run.EngineError;

/**
 * The outcome of {@link org.mmrace.core.run.Explorer#exploreGraph}: the graph, or why there is none.
 * The view switches over it:
 * <pre>{@code
 * switch (result) {
 *     case StateGraph g -> draw(g);
 *     case GraphResult.TooLarge t -> say(t.message());
 *     case GraphResult.Cancelled c -> say("cancelled");
 *     case GraphResult.Failed f -> say(f.error().message());
 * }
 * }</pre>
 */
public sealed interface GraphResult permits StateGraph, GraphResult.TooLarge, GraphResult.Cancelled, GraphResult.Failed {

    /** The run has more than {@code maxStates} distinct states; exploration stopped there. */
    record TooLarge(int maxStates, int depthReached, String message) implements GraphResult {
    }

    /** The token was cancelled before the graph was complete. */
    record Cancelled(int statesSeen) implements GraphResult {
    }

    /** Bad input (invalid scenario, unknown strategy, scenario too large for the encoding). */
    record Failed(EngineError error) implements GraphResult {
    }
}
