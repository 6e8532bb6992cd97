package org.mmrace.core.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mmrace.core.internal.Config;
import org.mmrace.core.internal.Model;
import org.mmrace.core.internal.ModelLimitException;
import org.mmrace.core.internal.ScenarioException;
import org.mmrace.core.internal.Stepper;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.strategy.Strategies;
import org.mmrace.core.strategy.Strategy;
import org.mmrace.core.strategy.StrategyException;
import org.mmrace.core.trace.StateSnapshot;
import org.mmrace.core.trace.Trace;
import org.mmrace.core.trace.TraceStep;

/**
 * Replays the schedule of one strategy's counterexample (the sequence of thread and device steps
 * of its trace) under another strategy, step by step, and finds the first step where the other
 * strategy departs: the thread is blocked, takes another branch (its kernel words differ: the
 * fix's check fired), or reaches the same violation. Then explores under the other strategy from
 * the last state both agree on, to show whether it reaches the violation by another route.
 * "What does the fix do to this exact interleaving?"
 */
public final class Replayer {
    private Replayer() {
    }

    /** Runs {@code fromId}, takes its violation number {@code violation} (1-based) and replays it under {@code underId}. */
    public static ReplayResult replay(ScenarioSpec spec, String fromId, String underId, int violation,
            ExploreOptions options, ProgressListener listener, CancellationToken token) throws ReplayException {
        Strategy from = resolve(spec, fromId);
        Strategy under = resolve(spec, underId);
        RunResult a = Explorer.explore(spec, from, options, listener, token);
        if (a.verdict() == Verdict.ERROR) {
            throw new ReplayException(a.error().map(EngineError::message).orElse("error") + " (under " + fromId + ")");
        }
        if (a.violations().isEmpty()) {
            throw new ReplayException(spec.name() + " has no counterexample under " + fromId + " (" + a.verdict()
                    .name().toLowerCase(java.util.Locale.ROOT) + "): nothing to replay");
        }
        if (violation < 1 || violation > a.violations().size()) {
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < a.violations().size(); i++) {
                Violation v = a.violations().get(i);
                keys.add((i + 1) + " = " + v.key() + v.condition().map(c -> " \"" + c + "\"").orElse(""));
            }
            throw new ReplayException("no violation " + violation + " under " + fromId + "; it has "
                    + String.join(", ", keys));
        }
        return replay(spec, fromId, a.violations().get(violation - 1), violation, under, options, listener, token);
    }

    /** Replays {@code replayed} (a violation found under strategy {@code fromId}) under {@code under}. */
    public static ReplayResult replay(ScenarioSpec spec, String fromId, Violation replayed, int violationNumber,
            Strategy under, ExploreOptions options, ProgressListener listener, CancellationToken token)
            throws ReplayException {
        Model model;
        try {
            model = new Model(spec, new Config(under));
        } catch (ScenarioException | ModelLimitException e) {
            throw new ReplayException(e.getMessage());
        }
        Stepper stepper = new Stepper(model);
        int key = replayed.oracle() == Oracle.CONDITION
                ? replayed.condition().map(stepper::conditionKey).orElse(-1)
                : Stepper.key(replayed.oracle(), replayed.violationClass());
        long[] state = stepper.initialState();
        List<Integer> agreed = new ArrayList<>();
        List<Integer> perStep = new ArrayList<>();
        Departure departure = null;
        int departingSteps = 0;
        List<TraceStep> steps = replayed.trace().steps();
        for (int i = 0; i < steps.size() && departure == null; i++) {
            TraceStep s = steps.get(i);
            int actor = stepper.actor(s.thread(), s.device(), s.operation());
            if (actor < 0) {
                throw new ReplayException("step " + (i + 1) + " of the counterexample runs " + s.thread()
                        + ", which " + spec.name() + " does not have under " + under.id());
            }
            Stepper.Outcome o = stepper.step(state, actor);
            if (!o.enabled()) {
                StateSnapshot now = stepper.snapshot(state);
                departure = new Departure(Departure.Kind.BLOCKED, i + 1, s.thread(), s.operation(), s.kernelStep(),
                        phase(now, s.thread()), waitsFor(now, s.thread()));
                continue;
            }
            Absorbed match = match(stepper, state, o, actor, s);
            if (match.steps() < 0) {
                // the same step, then B's check as a step of its own; or B's step itself differs
                boolean checkAfter = o.kernelWords().equals(s.kernelStep()) && match.words() != null;
                departingSteps = checkAfter ? 2 : 1;
                for (int x = 0; x < departingSteps; x++) {
                    agreed.add(actor);
                }
                departure = new Departure(Departure.Kind.BRANCH, i + 1, s.thread(), s.operation(), s.kernelStep(),
                        Optional.of(checkAfter ? match.words() : o.kernelWords()), List.of());
                continue;
            }
            for (int x = 0; x < match.steps(); x++) {
                agreed.add(actor);
            }
            perStep.add(match.steps());
            state = match.state();
            if (match.keys().contains(key)) {
                departure = new Departure(Departure.Kind.SAME_VIOLATION, i + 1, s.thread(), s.operation(),
                        s.kernelStep(), Optional.of(o.kernelWords()), List.of());
            }
        }
        int[] common = agreed.stream().mapToInt(Integer::intValue).toArray();
        Trace underTrace = stepper.replay().replay(common, -1, false).trace();
        int[] prefix = java.util.Arrays.copyOf(common, common.length - departingSteps);
        RunResult continuation = Explorer.continueFrom(spec, under, model, prefix, state, options, listener, token);
        if (departure == null) {
            // every step ran the same way: a final-state violation is found (or not) in the last state itself
            boolean same = continuation.violations().stream().anyMatch(v -> v.key().equals(replayed.key())
                    && v.condition().equals(replayed.condition()) && v.trace().length() == prefix.length);
            TraceStep last = steps.get(steps.size() - 1);
            departure = new Departure(same ? Departure.Kind.SAME_VIOLATION : Departure.Kind.NO_VIOLATION,
                    steps.size(), last.thread(), last.operation(), last.kernelStep(), Optional.of(last.kernelStep()),
                    List.of());
        }
        if ((departure.kind() == Departure.Kind.SAME_VIOLATION || departure.kind() == Departure.Kind.NO_VIOLATION)
                && !perStep.isEmpty()) {
            perStep.remove(perStep.size() - 1); // the violating step is the departing one
        }
        return new ReplayResult(spec.name(), fromId, under.id(), violationNumber, replayed, underTrace, perStep,
                departure, continuation);
    }


    /**
     * How B runs A's step {@code a}: {@code steps} of the same actor (1, or more when B has
     * bookkeeping steps of its own, such as gup_fast's recheck, before the thread is where A's step
     * left it), or -1 when B takes another branch; {@code words} are B's second step's words.
     */
    private record Absorbed(int steps, long[] state, Set<Integer> keys, String words) {
    }

    /** At most this many steps of B are taken as one step of A. */
    private static final int MAX_STEPS = 3;

    private static Absorbed match(Stepper stepper, long[] from, Stepper.Outcome first, int actor, TraceStep a) {
        StateSnapshot start = stepper.snapshot(from);
        List<String> want = effects(a.changes());
        String wantPlace = place(a.after(), a.thread());
        Set<Integer> keys = new java.util.LinkedHashSet<>(first.keys());
        Stepper.Outcome o = first;
        String second = null;
        for (int n = 1; n <= MAX_STEPS; n++) {
            StateSnapshot now = stepper.snapshot(o.after());
            if (want.equals(effects(stepper.changes(start, now))) && wantPlace.equals(place(now, a.thread()))) {
                return new Absorbed(n, o.after(), keys, second);
            }
            Stepper.Outcome next = stepper.step(o.after(), actor);
            if (!next.enabled()) {
                break;
            }
            if (second == null) {
                second = next.kernelWords();
            }
            keys.addAll(next.keys());
            o = next;
        }
        return new Absorbed(-1, from, Set.of(), second);
    }

    private static String place(StateSnapshot s, String thread) {
        return s.threads().stream().filter(t -> t.name().equals(thread)).findFirst()
                .map(t -> t.operation() + " " + t.phase()).orElse("");
    }

    private static final java.util.regex.Pattern BOOKKEEPING = java.util.regex.Pattern.compile(
            ".* (count|mapcount|write_protect_seq) \\d+->\\d+|.* (PG_gup|PG_dontcow|PG_locked|PageAnonExclusive|has_pinned)"
                    + " (set|cleared)");

    /**
     * What a step did that a branch decides: ptes, pages allocated or freed, contents, I/O, pins,
     * registers. Counters and flags that fixes add as bookkeeping (page counts, a FOLL_PIN's 1024,
     * PG_gup, PageAnonExclusive, write_protect_seq, has_pinned, dio.lock_page's page lock) are left
     * out, as are extra lock words in a label (br_read_lock, raw_read_seqcount): B takes the same
     * branch as A when the step has the same effects and leaves the thread at the same place of its
     * kernel path (after B's own bookkeeping steps, such as gup_fast's recheck). A check that
     * changes what the step does (copy instead of share, fall back to the slow path) is another branch.
     */
    private static List<String> effects(List<String> changes) {
        // an I/O's "page#1 locked" is dio.lock_page's bookkeeping too
        return changes.stream().filter(c -> !BOOKKEEPING.matcher(c).matches())
                .map(c -> c.replaceAll(" (locked|unlocked)$", "")).toList();
    }

    private static Strategy resolve(ScenarioSpec spec, String id) throws ReplayException {
        try {
            return Strategies.resolve(id, spec.strategies());
        } catch (StrategyException e) {
            throw new ReplayException(e.getMessage());
        }
    }

    /** The kernel step the blocked thread waits to run. */
    private static Optional<String> phase(StateSnapshot s, String thread) {
        return s.threads().stream().filter(t -> t.name().equals(thread)).map(StateSnapshot.Thread::phase).findFirst();
    }

    /**
     * What a blocked thread waits on: the locks others hold on its mm (mmap_sem, the PT lock, the
     * irqs-off section an IPI flush waits for), the global brlock, and page locks. A thread blocked
     * with none of these waits for an event, a pipe or an I/O: its next kernel step says which.
     */
    private static List<String> waitsFor(StateSnapshot s, String thread) {
        String process = thread.contains(".") ? thread.substring(0, thread.indexOf('.')) : "";
        List<String> l = new ArrayList<>();
        for (StateSnapshot.Lock lk : s.locks()) {
            if (lk.holder().equals(thread)) {
                continue;
            }
            boolean ofMm = lk.lock().contains("(" + process + ")");
            boolean global = !lk.lock().contains("(") || lk.lock().startsWith("PG_locked");
            if (ofMm || global) {
                l.add(lk.lock() + (lk.mode().isEmpty() ? "" : " " + lk.mode()) + " by " + lk.holder());
            }
        }
        return l;
    }
}
