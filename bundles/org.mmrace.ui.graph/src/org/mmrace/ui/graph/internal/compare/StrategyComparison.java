package org.mmrace.ui.graph.internal.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.mmrace.core.run.ConditionResult;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Violation;
import org.mmrace.core.trace.Trace;
import org.mmrace.core.trace.TraceStep;

/**
 * What differs between two runs of one scenario under two strategies, in the manner of herd's
 * mcompare: one row per verdict, condition, violation and statistic, each with both sides' values;
 * and the traces one can put side by side (each side's violations and its witness).
 */
public final class StrategyComparison {

    /** A row of the verdict table; {@code differs} drives the "only differences" filter. */
    public record Row(String item, String left, String right, boolean statistic) {
        public boolean differs() {
            return !left.equals(right);
        }
    }

    /** A trace one side can show: a violation's shortest trace or the witness run. */
    public record Choice(String label, Trace trace, Optional<Violation> violation) {
    }

    private final RunResult left;
    private final RunResult right;

    public StrategyComparison(RunResult left, RunResult right) {
        this.left = left;
        this.right = right;
    }

    public RunResult left() {
        return left;
    }

    public RunResult right() {
        return right;
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("verdict", words(left.verdict().name()), words(right.verdict().name()), false));
        Set<String> labels = new LinkedHashSet<>();
        left.conditions().forEach(c -> labels.add(c.label()));
        right.conditions().forEach(c -> labels.add(c.label()));
        for (String label : labels) {
            Optional<ConditionResult> l = left.condition(label);
            String kind = l.or(() -> right.condition(label)).map(c -> words(c.kind().name())).orElse("");
            rows.add(new Row(kind + " \"" + label + "\"", condition(l), condition(right.condition(label)), false));
        }
        Set<String> keys = new LinkedHashSet<>();
        left.violations().forEach(v -> keys.add(v.key()));
        right.violations().forEach(v -> keys.add(v.key()));
        for (String key : keys) {
            rows.add(new Row("violation " + key, violation(left, key), violation(right, key), false));
        }
        rows.add(new Row("distinct states", Long.toString(left.stats().distinct()),
                Long.toString(right.stats().distinct()), true));
        rows.add(new Row("final states", Long.toString(left.stats().finalStates()),
                Long.toString(right.stats().finalStates()), true));
        rows.add(new Row("unnecessary COWs", Long.toString(left.unnecessaryCows()),
                Long.toString(right.unnecessaryCows()), true));
        return List.copyOf(rows);
    }

    private static String condition(Optional<ConditionResult> c) {
        return c.map(r -> words(r.observation().name()) + " (" + r.positive() + " / " + r.negative() + ")")
                .orElse("\u2014");
    }

    private static String violation(RunResult r, String key) {
        return r.violations().stream().filter(v -> v.key().equals(key)).findFirst()
                .map(v -> "yes (" + v.trace().length() + " steps)").orElse("no");
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The traces of one side: its violations first, then the witness. */
    public static List<Choice> choices(RunResult r) {
        List<Choice> out = new ArrayList<>();
        r.violations().forEach(v -> out.add(new Choice(v.key() + " (" + v.trace().length() + " steps)", v.trace(),
                Optional.of(v))));
        r.witness().ifPresent(w -> out.add(new Choice("witness run (" + w.length() + " steps)", w, Optional.empty())));
        return List.copyOf(out);
    }

    /**
     * The first step (0-based) where the two traces' kernel paths diverge: another thread runs, or the
     * same thread's step changes the state differently (the words of a kernel step differ between
     * strategies even when it does the same, e.g. "local_irq_disable, br_read_lock"); the shorter
     * length when one trace is a prefix of the other.
     */
    public static int divergence(List<TraceStep> a, List<TraceStep> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            if (!same(a.get(i), b.get(i))) {
                return i;
            }
        }
        return n;
    }

    private static boolean same(TraceStep a, TraceStep b) {
        return a.device() == b.device() && a.thread().equals(b.thread()) && a.changes().equals(b.changes());
    }

    /**
     * The pair of traces shown first: the one sharing the longest prefix, so that the divergence falls
     * where the strategies' kernel paths part rather than where two unrelated interleavings start;
     * ties go to the earlier choices (violations before the witness).
     */
    public static int[] defaultPair(List<Choice> l, List<Choice> r) {
        int[] best = { 0, 0 };
        int bestShared = -1;
        for (int i = 0; i < l.size(); i++) {
            for (int j = 0; j < r.size(); j++) {
                int shared = divergence(l.get(i).trace().steps(), r.get(j).trace().steps());
                if (shared > bestShared) {
                    bestShared = shared;
                    best = new int[] { i, j };
                }
            }
        }
        return best;
    }
}
