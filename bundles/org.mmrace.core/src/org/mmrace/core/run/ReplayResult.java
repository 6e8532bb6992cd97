package org.mmrace.core.run;

import java.util.List;

import org.mmrace.core.trace.Trace;

/**
 * A counterexample of strategy {@code from} replayed under strategy {@code under}:
 * {@code replayed} is A's violation (number {@code violationNumber}, 1-based, in A's order) with its
 * trace; {@code underTrace} is what B did of that schedule (the steps both agree on, then B's
 * departing step when B could run it); {@code departure} the first step where B goes otherwise;
 * {@code continuation} B's exploration from the last state both agree on (its traces begin at the
 * initial state), which says whether B reaches the violation by another route.
 * {@code underStepsPerStep} says, for each step of A before the departure, how many of
 * {@code underTrace}'s steps B took for it (more than 1 when B has bookkeeping steps of its own, such
 * as gup_fast's recheck); the rest of {@code underTrace} is B's departing step (and its check).
 */
public record ReplayResult(String scenario, String from, String under, int violationNumber, Violation replayed,
        Trace underTrace, List<Integer> underStepsPerStep, Departure departure, RunResult continuation) {

    public ReplayResult {
        underStepsPerStep = List.copyOf(underStepsPerStep);
    }

    /** Whether B, from where it departs, still reaches a violation of the same key as A's. */
    public boolean reachesViolationAnotherWay() {
        return departure.kind() != Departure.Kind.SAME_VIOLATION && continuation.violations().stream()
                .anyMatch(v -> v.key().equals(replayed.key()) && v.condition().equals(replayed.condition()));
    }
}
