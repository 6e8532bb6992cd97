package org.mmrace.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.Explorer;
import org.mmrace.core.run.Progress;
import org.mmrace.core.run.ProgressListener;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.spec.StrategyDef;
import org.mmrace.core.strategy.Strategies;
import org.mmrace.core.strategy.Strategy;
import org.mmrace.core.strategy.StrategyException;

/** Chooses the strategies a scenario runs under and runs it, with progress on a terminal. */
final class ScenarioRunner {

    /** A strategy to run, resolved against the built-ins and the file's own definitions. */
    record Choice(String id, Strategy strategy) {
    }

    private final Console console;
    private final ExploreOptions options;

    ScenarioRunner(Console console, ExploreOptions options) {
        this.console = console;
        this.options = options;
    }

    /**
     * The strategies asked for ({@code all} or none: every built-in one plus the file's own), or
     * empty after reporting {@code file:line:col: error: ...} when one is unknown or ill-defined.
     */
    Optional<List<Choice>> strategies(String file, ScenarioSpec spec, List<String> requested) {
        Set<String> ids = new LinkedHashSet<>();
        if (requested.isEmpty() || requested.contains("all")) {
            ids.addAll(Strategies.builtinIds());
            spec.strategies().forEach(d -> ids.add(d.name()));
        }
        for (String r : requested) {
            if (!r.equals("all")) {
                ids.add(r.trim());
            }
        }
        List<Choice> choices = new ArrayList<>();
        boolean ok = true;
        for (String id : ids) {
            try {
                choices.add(new Choice(id, Strategies.resolve(id, spec.strategies())));
            } catch (StrategyException e) {
                ok = false;
                Optional<StrategyDef> def = spec.strategies().stream().filter(d -> d.name().equals(id)).findFirst();
                if (e.pos().line() > 0) {
                    console.err().println(file + ":" + e.pos().line() + ":" + e.pos().column() + ": error: " + e.getMessage());
                } else if (def.isPresent()) {
                    console.err().println(file + ":" + def.get().pos().line() + ":" + def.get().pos().column() + ": error: " + e.getMessage());
                } else {
                    // The engine's message already lists the built-in ids.
                    console.error(e.getMessage() + (spec.strategies().isEmpty() ? "" : ", or one the file defines"));
                }
            }
        }
        return ok ? Optional.of(choices) : Optional.empty();
    }

    RunResult run(ScenarioSpec spec, Choice choice) {
        ProgressListener listener = console.progressWanted() ? new TerminalProgress(spec.name(), choice.id()) : ProgressListener.NONE;
        RunResult r = Explorer.explore(spec, choice.strategy(), options, listener, CancellationToken.none());
        if (listener instanceof TerminalProgress t) {
            t.clear();
        }
        return r;
    }

    /** A single status line on stderr, shown only once a run has taken more than a second. */
    private final class TerminalProgress implements ProgressListener {
        private final String label;
        private boolean shown;

        TerminalProgress(String scenario, String strategy) {
            this.label = scenario + " " + strategy;
        }

        @Override
        public void progress(Progress p) {
            if (p.millis() < 1000) {
                return;
            }
            shown = true;
            // as TLC reports: distinct states, their rate, the queue of states still to expand, the depth
            console.err().printf("\r\033[K%s: %,d distinct states, %,d/s, queue %,d, depth %d, pruned %,d", label,
                    p.distinct(), p.statesPerSecond(), p.queue(), p.depth(), p.pruned());
            console.err().flush();
        }

        void clear() {
            if (shown) {
                console.err().print("\r\033[K");
                console.err().flush();
            }
        }
    }
}
