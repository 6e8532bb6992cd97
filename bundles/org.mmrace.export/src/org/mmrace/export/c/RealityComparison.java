package org.mmrace.export.c;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mmrace.core.run.FinalOutcomes;
import org.mmrace.core.run.Outcome;

/**
 * Compares what a kernel showed with what the model allows under the strategy for that kernel. An
 * outcome is allowed exactly when some final state the engine explored projects onto it; nothing
 * else (no table of known answers) decides.
 */
public final class RealityComparison {

    public RealityReport compare(String kernel, FinalOutcomes model, Observed observed) {
        if (model.error().isPresent()) {
            return new RealityReport(model.scenario(), kernel, model.strategy(), model.locations(), List.of(), List.of(),
                    observed, RealityReport.Status.FAILED, Optional.of("the model failed: "
                            + model.error().get().message()));
        }
        List<RealityReport.Seen> seen = new ArrayList<>();
        for (Map.Entry<Outcome, Integer> e : observed.outcomes().entrySet()) {
            seen.add(new RealityReport.Seen(e.getKey(), e.getValue(), model.allows(e.getKey())));
        }
        seen.sort(Comparator.comparing(RealityReport.Seen::count).reversed()
                .thenComparing(s -> s.outcome().values().toString()));
        List<Outcome> never = model.outcomes().stream().filter(o -> !observed.outcomes().containsKey(o))
                .sorted(Comparator.comparing(o -> o.values().toString())).toList();
        RealityReport.Status status;
        if (seen.stream().anyMatch(s -> !s.allowed())) {
            // a forbidden outcome is a disagreement even when the exploration stopped early: report it,
            // the note says the set may be incomplete
            status = RealityReport.Status.DISAGREES;
        } else if (observed.unsupported().isPresent()) {
            status = RealityReport.Status.UNSUPPORTED;
        } else if (observed.failure().isPresent() || observed.timedOut() || observed.runs() == 0 || !model.complete()) {
            status = RealityReport.Status.FAILED;
        } else {
            status = RealityReport.Status.AGREES;
        }
        Optional<String> note = model.complete() ? Optional.empty()
                : Optional.of("the model's exploration is incomplete (" + model.incompleteReason().orElse("stopped")
                        + "): it may allow more outcomes than listed");
        return new RealityReport(model.scenario(), kernel, model.strategy(), model.locations(), seen, never, observed,
                status, note);
    }
}
