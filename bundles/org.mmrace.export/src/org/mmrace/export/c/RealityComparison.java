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
    /** Joins the symbols of a torn sector in the reproducer's output ("A+D"). */
    public static final String TORN = "+";

    public RealityReport compare(String kernel, FinalOutcomes model, Observed observed) {
        if (model.error().isPresent()) {
            return new RealityReport(model.scenario(), kernel, model.strategy(), model.locations(), List.of(), List.of(),
                    observed, RealityReport.Status.FAILED, Optional.of("the model failed: "
                            + model.error().get().message()));
        }
        List<RealityReport.Seen> seen = new ArrayList<>();
        for (Map.Entry<Outcome, Integer> e : observed.outcomes().entrySet()) {
            Outcome o = e.getKey();
            boolean torn = o.values().stream().anyMatch(v -> v.contains(TORN));
            seen.add(new RealityReport.Seen(o, e.getValue(), model.allows(o) || torn && everyChoiceAllowed(model, o),
                    torn));
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

    /**
     * A torn sector is a DMA (or a store) that was still writing the sector when another access
     * copied or read it: the model writes a sector in one step, so it can only offer each symbol
     * alone. The torn outcome is consistent with the model when every way of picking one of the
     * symbols of each torn sector gives an outcome the model allows.
     */
    private static boolean everyChoiceAllowed(FinalOutcomes model, Outcome o) {
        List<List<String>> choices = new ArrayList<>();
        for (String v : o.values()) {
            choices.add(v.contains(TORN) ? List.of(v.split(java.util.regex.Pattern.quote(TORN))) : List.of(v));
        }
        return allCombinations(choices, 0, new ArrayList<>(), model);
    }

    private static boolean allCombinations(List<List<String>> choices, int i, List<String> picked, FinalOutcomes m) {
        if (i == choices.size()) {
            return m.allows(new Outcome(picked));
        }
        for (String c : choices.get(i)) {
            picked.add(c);
            boolean ok = allCombinations(choices, i + 1, picked, m);
            picked.remove(picked.size() - 1);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
