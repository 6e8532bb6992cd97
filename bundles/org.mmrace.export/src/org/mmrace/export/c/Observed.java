package org.mmrace.export.c;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mmrace.core.run.Outcome;

/**
 * What a reproducer showed on this machine: how often each final outcome occurred in
 * {@code runs} runs, its notes (approximated/unsupported operations), and why it stopped early
 * ({@code unsupported}: the machine lacks a feature; {@code failure}: it could not run; a timeout).
 * {@code errors} counts runs in which an operation failed (they are not among the outcomes).
 */
public record Observed(int runs, Map<Outcome, Integer> outcomes, List<String> notes, Optional<String> unsupported,
        Optional<String> failure, int errors, Optional<String> firstError, boolean timedOut) {
    public Observed {
        outcomes = Map.copyOf(outcomes);
        notes = List.copyOf(notes);
    }

    public static Observed unsupported(String why) {
        return new Observed(0, Map.of(), List.of(), Optional.of(why), Optional.empty(), 0, Optional.empty(), false);
    }

    public static Observed failed(String why) {
        return new Observed(0, Map.of(), List.of(), Optional.empty(), Optional.of(why), 0, Optional.empty(), false);
    }
}
