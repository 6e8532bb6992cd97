package org.mmrace.core.run;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mmrace.core.internal.Config;
import org.mmrace.core.internal.Machine;
import org.mmrace.core.internal.Model;
import org.mmrace.core.internal.ModelLimitException;
import org.mmrace.core.internal.OutcomeProjector;
import org.mmrace.core.internal.ScenarioException;
import org.mmrace.core.internal.Search;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.strategy.Strategies;
import org.mmrace.core.strategy.Strategy;

/**
 * The final outcomes the model allows, projected onto the locations a reproducer observes on a
 * real kernel (the reality check compares the two sets). Never throws for bad input.
 */
public final class Outcomes {
    private Outcomes() {
    }

    /**
     * The observed locations of a scenario (the same for every strategy). Throws
     * IllegalArgumentException with the engine's message when the scenario is invalid.
     */
    public static List<OutcomeLocation> locations(ScenarioSpec spec) {
        try {
            Model model = new Model(spec, new Config(Strategies.builtins().get(0)));
            return new OutcomeProjector(new Machine(model)).locations();
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Explores every interleaving under {@code strategy} and collects the distinct projected final states. */
    public static FinalOutcomes explore(ScenarioSpec spec, Strategy strategy, ExploreOptions options,
            CancellationToken token) {
        Model model;
        try {
            model = new Model(spec, new Config(strategy));
        } catch (ScenarioException e) {
            return failed(spec, strategy, new EngineError(e.getMessage(), e.pos()));
        } catch (RuntimeException e) {
            return failed(spec, strategy, new EngineError("invalid scenario: " + e.getMessage(), spec.pos()));
        }
        Search search = new Search(model, options, ProgressListener.NONE, token, false);
        OutcomeProjector projector = new OutcomeProjector(search.machine());
        search.observeFinals(projector);
        try {
            search.run();
        } catch (ModelLimitException e) {
            return failed(spec, strategy, new EngineError("scenario too large for the engine: " + e.getMessage(),
                    spec.pos()));
        } catch (RuntimeException e) {
            return failed(spec, strategy, new EngineError("internal error: " + e, spec.pos()));
        }
        return new FinalOutcomes(spec.name(), strategy.id(), projector.locations(), projector.outcomes(),
                search.incomplete == null, Optional.ofNullable(search.incomplete), Optional.empty());
    }

    private static FinalOutcomes failed(ScenarioSpec spec, Strategy strategy, EngineError e) {
        return new FinalOutcomes(spec.name(), strategy.id(), List.of(), Set.of(), false, Optional.empty(),
                Optional.of(e));
    }
}
