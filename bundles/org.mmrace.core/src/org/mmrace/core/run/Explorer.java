package org.mmrace.core.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mmrace.core.graph.GraphResult;
import org.mmrace.core.graph.StateGraph;
import org.mmrace.core.internal.Config;
import org.mmrace.core.internal.GraphBuilder;
import org.mmrace.core.internal.Model;
import org.mmrace.core.internal.ModelLimitException;
import org.mmrace.core.internal.Replay;
import org.mmrace.core.internal.ScenarioException;
import org.mmrace.core.internal.Search;
import org.mmrace.core.spec.ConditionKind;
import org.mmrace.core.spec.ConditionSpec;
import org.mmrace.core.spec.Expr;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.spec.SourcePos;
import org.mmrace.core.strategy.Strategies;
import org.mmrace.core.strategy.Strategy;
import org.mmrace.core.strategy.StrategyException;
import org.mmrace.core.trace.StateSnapshot;
import org.mmrace.core.trace.Trace;

/**
 * Explores every interleaving of a scenario's kernel steps under a strategy and judges the result.
 * Never throws for bad input: errors come back as {@link Verdict#ERROR} with a message and position.
 */
public final class Explorer {
    private Explorer() {
    }

    /** Resolves {@code strategyId} among the built-ins and the scenario's own strategy lines, then explores. */
    public static RunResult explore(ScenarioSpec spec, String strategyId, ExploreOptions options,
            ProgressListener listener, CancellationToken token) {
        Strategy s;
        try {
            s = Strategies.resolve(strategyId, spec.strategies());
        } catch (StrategyException e) {
            return RunResult.error(spec.name(), strategyId, new EngineError(e.getMessage(), e.pos()));
        }
        return explore(spec, s, options, listener, token);
    }

    public static RunResult explore(ScenarioSpec spec, Strategy strategy, ExploreOptions options,
            ProgressListener listener, CancellationToken token) {
        boolean checkRefcounts = options.checkEveryState();
        Model model;
        try {
            model = new Model(spec, new Config(strategy));
        } catch (ScenarioException e) {
            return RunResult.error(spec.name(), strategy.id(), new EngineError(e.getMessage(), e.pos()));
        } catch (RuntimeException e) {
            return RunResult.error(spec.name(), strategy.id(), new EngineError("invalid scenario: " + e.getMessage(),
                    spec.pos()));
        }
        Search search = new Search(model, options, listener, token, checkRefcounts);
        try {
            search.run();
        } catch (ModelLimitException e) {
            return RunResult.error(spec.name(), strategy.id(), new EngineError("scenario too large for the engine: "
                    + e.getMessage(), spec.pos()));
        } catch (OutOfMemoryError e) {
            return RunResult.error(spec.name(), strategy.id(), new EngineError("out of memory after "
                    + search.distinct() + " states; lower the state limit", spec.pos()));
        } catch (RuntimeException e) {
            return RunResult.error(spec.name(), strategy.id(), new EngineError("internal error: " + e, spec.pos()));
        }
        try {
            return result(spec, strategy, model, search, new int[0]);
        } catch (RuntimeException e) {
            return RunResult.error(spec.name(), strategy.id(), new EngineError("internal error while building"
                    + " traces: " + e, spec.pos()));
        }
    }

    /**
     * Explores under {@code strategy} from the state that the actors {@code prefix} lead to
     * ({@code start}): what a replayed schedule's departing state can still reach. Traces begin at
     * the initial state (the prefix, then the route the search found); stats count the new search.
     */
    static RunResult continueFrom(ScenarioSpec spec, Strategy strategy, Model model, int[] prefix, long[] start,
            ExploreOptions options, ProgressListener listener, CancellationToken token) {
        Search search = new Search(model, options, listener, token, options.checkEveryState());
        search.startFrom(start);
        try {
            search.run();
            return result(spec, strategy, model, search, prefix);
        } catch (ModelLimitException e) {
            return RunResult.error(spec.name(), strategy.id(), new EngineError("scenario too large for the engine: "
                    + e.getMessage(), spec.pos()));
        } catch (OutOfMemoryError e) {
            return RunResult.error(spec.name(), strategy.id(), new EngineError("out of memory after "
                    + search.distinct() + " states; lower the state limit", spec.pos()));
        }
    }

    /** The most states {@link #exploreGraph} keeps by default: what a state-space view can still show. */
    public static final int GRAPH_MAX_STATES = 5_000;

    /**
     * Explores the run completely and returns its state graph (nodes, edges with kernel-step labels,
     * shortest counterexample per violation, {@link StateGraph#traceTo}), or, when it has more than
     * {@code maxStates} distinct states, {@link GraphResult.TooLarge} (the view says why nothing is
     * drawn). Never throws for bad input: {@link GraphResult.Failed}. Single-threaded; cancellable.
     */
    public static GraphResult exploreGraph(ScenarioSpec spec, Strategy strategy, int maxStates,
            CancellationToken token) {
        try {
            Model model = new Model(spec, new Config(strategy));
            return new GraphBuilder(model).build(spec.name(), strategy.id(), maxStates, token);
        } catch (ScenarioException e) {
            return new GraphResult.Failed(new EngineError(e.getMessage(), e.pos()));
        } catch (ModelLimitException e) {
            return new GraphResult.Failed(new EngineError("scenario too large for the engine: " + e.getMessage(),
                    spec.pos()));
        } catch (RuntimeException e) {
            return new GraphResult.Failed(new EngineError("invalid scenario: " + e.getMessage(), spec.pos()));
        }
    }

    /** As {@link #exploreGraph(ScenarioSpec, Strategy, int, CancellationToken)}, resolving the strategy id. */
    public static GraphResult exploreGraph(ScenarioSpec spec, String strategyId, int maxStates,
            CancellationToken token) {
        try {
            return exploreGraph(spec, Strategies.resolve(strategyId, spec.strategies()), maxStates, token);
        } catch (StrategyException e) {
            return new GraphResult.Failed(new EngineError(e.getMessage(), e.pos()));
        }
    }

    private static int[] path(Search search, int[] prefix, long state) {
        return path(search, prefix, state, -1);
    }

    /**
     * The actors of a real run to a stored state (and then {@code actor} of that state, if not -1): the
     * stored route mapped back to real actors where threads were exchanged (Symmetry), after the prefix.
     */
    private static int[] path(Search search, int[] prefix, long state, int actor) {
        int[] route = search.path(state);
        if (actor >= 0) {
            route = java.util.Arrays.copyOf(route, route.length + 1);
            route[route.length - 1] = actor;
        }
        route = search.concreteActors(route);
        int[] p = java.util.Arrays.copyOf(prefix, prefix.length + route.length);
        System.arraycopy(route, 0, p, prefix.length, route.length);
        return p;
    }

    private static RunResult result(ScenarioSpec spec, Strategy strategy, Model model, Search search, int[] prefix) {
        Replay replay = new Replay(search.machine());
        List<ConditionResult> conds = new ArrayList<>();
        for (int c = 0; c < model.conditions.size(); c++) {
            ConditionSpec cs = model.conditions.get(c);
            long pos = search.positive[c];
            long neg = search.negative[c];
            Observation o = pos == 0 && neg == 0 ? Observation.UNREACHED
                    : neg == 0 ? Observation.ALWAYS : pos == 0 ? Observation.NEVER : Observation.SOMETIMES;
            boolean sat = switch (cs.kind()) {
                case REQUIRE -> neg == 0;
                case FORBID -> pos == 0;
                case OBSERVE -> true;
            };
            conds.add(new ConditionResult(cs.displayName(), cs.kind(), cs.expr().text(), o, pos, neg, sat, cs.pos()));
        }
        List<Violation> violations = new ArrayList<>();
        boolean deadlock = false;
        boolean other = false;
        for (Map.Entry<Integer, Search.Found> e : search.found.entrySet()) {
            int key = e.getKey();
            Search.Found f = e.getValue();
            // the real run to the state, and on through the step that found it (-1: the state's own checks)
            int[] p = path(search, prefix, f.state(), f.actor());
            if (key >= Search.conditionKey(0)) {
                int ci = key - Search.conditionKey(0);
                ConditionSpec cs = model.conditions.get(ci);
                Replay.Result r = replay.replay(p, -1, false);
                String seen = atoms(cs.expr(), r.trace().last());
                violations.add(new Violation(Oracle.CONDITION, cs.kind() == ConditionKind.REQUIRE
                        ? ViolationClass.REQUIRE_FAILED : ViolationClass.FORBID_FAILED, Optional.empty(),
                        Optional.empty(), Optional.of(cs.expr().text()), Optional.of(seen),
                        cs.kind().word() + " \"" + cs.displayName() + "\" fails in a final state: " + seen,
                        Optional.of(cs.displayName()), r.trace()));
                other = true;
                continue;
            }
            Oracle oracle = Oracle.values()[key / 32];
            ViolationClass cls = ViolationClass.values()[key % 32];
            Replay.Result r;
            if (f.actor() >= 0) {
                if (search.reduced()) {
                    p = new org.mmrace.core.internal.Shortener(search.machine()).shorten(p, key);
                }
                r = replay.replay(p, key, false);
            } else {
                r = replay.replay(p, key, true);
            }
            Optional<Replay.Detail> d = r.detail();
            violations.add(new Violation(oracle, cls, d.map(Replay.Detail::process).filter(x -> !x.isEmpty()),
                    d.map(Replay.Detail::address).filter(x -> !x.isEmpty()), d.map(Replay.Detail::expected),
                    d.map(Replay.Detail::seen), d.map(Replay.Detail::message).orElse(oracle + " " + cls.words()),
                    Optional.empty(), r.trace()));
            if (oracle == Oracle.DEADLOCK) {
                deadlock = true;
            } else {
                other = true;
            }
        }
        Optional<Trace> witness = Optional.empty();
        if (violations.isEmpty() && search.firstFinal >= 0) {
            witness = Optional.of(replay.replay(path(search, prefix, search.firstFinal), -1, false).trace());
        }
        Verdict v = other ? Verdict.VIOLATED : deadlock ? Verdict.DEADLOCK
                : search.incomplete != null ? Verdict.INCOMPLETE : Verdict.HOLDS;
        Stats stats = new Stats(search.generated + 1, search.distinct(), search.generated, search.millis,
                search.maxDepth, search.finals, search.bytesPerState(),
                new Stats.Reduction(search.reductionAsked(), search.reduced(), search.pruned, search.passes,
                        Stats.Reduction.note(search.reductionOff == null ? "" : search.reductionOff,
                                search.symmetric())),
                search.compact(), search.omissionProbability());
        return new RunResult(spec.name(), strategy.id(), v, conds, violations, stats, search.unnecessaryCows, witness,
                Optional.empty(), Optional.ofNullable(search.incomplete));
    }

    /** "P.buf[0].0 = A, P.buf[0].7 = W": the atoms of a condition in a final state. */
    private static String atoms(Expr e, StateSnapshot s) {
        List<String> l = new ArrayList<>();
        collect(e, s, l);
        return String.join(", ", l);
    }

    private static void collect(Expr e, StateSnapshot s, List<String> l) {
        switch (e) {
            case Expr.And a -> { collect(a.left(), s, l); collect(a.right(), s, l); }
            case Expr.Or o -> { collect(o.left(), s, l); collect(o.right(), s, l); }
            case Expr.Not n -> collect(n.operand(), s, l);
            case Expr.Memory m -> {
                String proc = m.addr().process().orElse("");
                String val = s.mm(proc).filter(x -> x.state().equals("alive")).flatMap(x -> x.vmas().stream()
                        .filter(v -> v.region().equals(m.addr().region()) && v.present()).findFirst())
                        .map(v -> v.ptes().get(m.addr().page()))
                        .filter(StateSnapshot.Pte::present)
                        .flatMap(p -> s.page(p.pfn()))
                        .map(p -> p.content().substring(m.addr().firstSector(), m.addr().lastSector() + 1))
                        .orElse("!");
                l.add(m.addr() + " = " + val);
            }
            case Expr.Register r -> s.threads().stream().filter(t -> t.name().equals(r.thread())).findFirst()
                    .ifPresent(t -> t.registers().stream().filter(x -> x.startsWith(r.register() + "="))
                            .findFirst().ifPresent(x -> l.add(r.thread() + "." + x.replace("=", " = "))));
            case Expr.File f -> s.files().stream().filter(x -> x.name().equals(f.file())).findFirst()
                    .ifPresent(x -> l.add(f.file() + "[0]." + f.firstSector() + "-" + f.lastSector() + " = "
                            + x.pages().get(0).substring(f.firstSector(), f.lastSector() + 1)));
        }
    }

    static SourcePos none() {
        return SourcePos.NONE;
    }
}
