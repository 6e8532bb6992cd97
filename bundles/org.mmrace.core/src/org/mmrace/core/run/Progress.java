package org.mmrace.core.run;

/**
 * A progress report, sent about every 250 ms while a run goes on: states generated, distinct states
 * stored, the queue (stored states not yet expanded), the BFS depth, distinct states per second, the
 * time so far, and the transitions the partial-order reduction pruned.
 */
public record Progress(long states, long distinct, long queue, int depth, long statesPerSecond, long millis,
        long pruned) {
    public Progress(long states, long distinct, long queue, int depth, long statesPerSecond, long millis) {
        this(states, distinct, queue, depth, statesPerSecond, millis, 0);
    }
}
