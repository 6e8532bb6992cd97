package org.mmrace.core.internal;

/**
 * Told about every final state the search reaches (c.s holds it), possibly from several workers at
 * once: implementations are thread-safe. The search stays correct without one; a state-space
 * reduction must still call it for at least one state of every distinct final observation.
 */
public interface FinalStateSink {
    void accept(Step c);
}
