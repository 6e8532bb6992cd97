package org.mmrace.core.run;

/**
 * {@code states}: states generated (including duplicates), {@code distinct}: stored states,
 * {@code transitions}: steps taken from distinct states, {@code finalStates}: distinct final states,
 * {@code stateBytes}: bytes of one packed state.
 */
public record Stats(long states, long distinct, long transitions, long millis, int maxDepth, long finalStates,
        int stateBytes) {
}
