package org.mmrace.core.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.ViolationClass;
import org.mmrace.core.trace.StateSnapshot;

/**
 * Runs one given actor's step at a time on packed states (replay of a schedule found under another
 * strategy): says whether the step is enabled, its kernel words and the violations it reports.
 */
public final class Stepper {
    private static final Pattern IO_OF = Pattern.compile("\\((\\S+) of [^()]+\\)$");

    private final Model m;
    private final Machine k;
    private final Replay replay;

    public Stepper(Model m) {
        this.m = m;
        this.k = new Machine(m);
        this.replay = new Replay(k);
    }

    /** One step: {@code after} is the state it leads to (the same state when not enabled). */
    public record Outcome(boolean enabled, String kernelWords, Set<Integer> keys, long[] after) {
    }

    public long[] initialState() {
        return m.initialState();
    }

    /**
     * The actor of a trace step: the thread of that name, or for {@code device} the I/O that the
     * operation names ({@code dio_read P.buf[0].0 data=D (io1 of P.dio)}); -1 when there is none.
     */
    public int actor(String thread, boolean device, String operation) {
        if (!device) {
            return m.threadNames.indexOf(thread);
        }
        Matcher io = IO_OF.matcher(operation);
        return io.find() && m.ioNames.contains(io.group(1)) ? m.threadCount + m.ioNames.indexOf(io.group(1)) : -1;
    }

    public Outcome step(long[] s, int actor) {
        Step c = new Step(m);
        StepRecorder rec = new StepRecorder();
        c.obs = rec;
        k.summarise(s, c);
        System.arraycopy(s, 0, c.s, 0, s.length);
        if (!k.step(c, actor)) {
            return new Outcome(false, "", Set.of(), s);
        }
        return new Outcome(true, rec.words.toString(), rec.keys.stream()
                .map(k -> Search.key(k.oracle(), k.violationClass())).collect(Collectors.toUnmodifiableSet()),
                c.s.clone());
    }

    public StateSnapshot snapshot(long[] s) {
        return replay.snapshot(s);
    }

    /** The changes from one state to the next, in the words of trace steps. */
    public java.util.List<String> changes(StateSnapshot before, StateSnapshot after) {
        return Diff.changes(before, after);
    }

    public Replay replay() {
        return replay;
    }

    public static int key(Oracle oracle, ViolationClass cls) {
        return Search.key(oracle, cls);
    }

    /** The key of the violated condition with this label (as {@code ConditionSpec.displayName()}), or -1. */
    public int conditionKey(String label) {
        for (int c = 0; c < m.conditions.size(); c++) {
            if (m.conditions.get(c).displayName().equals(label)) {
                return Search.conditionKey(c);
            }
        }
        return -1;
    }

}
