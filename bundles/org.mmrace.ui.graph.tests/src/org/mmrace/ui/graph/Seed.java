package org.mmrace.ui.graph;

import java.nio.file.Path;
import java.util.Optional;

import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.Explorer;
import org.mmrace.core.run.ProgressListener;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Violation;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.export.mm.Parting;
import org.mmrace.lang.ScenarioLoader;
import org.mmrace.ui.graph.mm.TraceStepSelection;

/** The seed scenario (odirect-fork-writer) run by the engine, and the moments the tests look at. */
final class Seed {

    static final Path FILE = Path.of("..", "..", "scenarios", "odirect-fork-writer.race");

    private Seed() {
    }

    static ScenarioSpec spec() {
        return new ScenarioLoader().load(FILE).spec().orElseThrow(() -> new AssertionError("seed does not load"));
    }

    static RunResult run(String strategy) {
        return Explorer.explore(spec(), strategy, ExploreOptions.defaults(), ProgressListener.NONE,
                CancellationToken.none());
    }

    /**
     * The first step of any violation trace at which a reference and its owner's pte have parted
     * (the lost O_DIRECT read: the DMA targets the page only the child still maps).
     */
    static Optional<TraceStepSelection> firstParting(RunResult result) {
        for (Violation v : result.violations()) {
            for (int i = 0; i < v.trace().steps().size(); i++) {
                if (Parting.in(v.trace().steps().get(i).after()).stream().anyMatch(p -> p.ownerPte().isPresent())) {
                    return Optional.of(new TraceStepSelection(result, v.trace(), i, Optional.of(v)));
                }
            }
        }
        return Optional.empty();
    }
}
