package org.mmrace.core.run;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The distinct final states of a run under one strategy, projected onto {@code locations}: what
 * the model allows a real kernel of that era to end in. {@code complete} is false when the
 * exploration stopped at a limit (the set may then lack outcomes) or failed ({@code error}).
 */
public record FinalOutcomes(String scenario, String strategy, List<OutcomeLocation> locations, Set<Outcome> outcomes,
        boolean complete, Optional<String> incompleteReason, Optional<EngineError> error) {
    public FinalOutcomes {
        locations = List.copyOf(locations);
        outcomes = Set.copyOf(outcomes);
    }

    public boolean allows(Outcome o) {
        return outcomes.contains(o);
    }
}
