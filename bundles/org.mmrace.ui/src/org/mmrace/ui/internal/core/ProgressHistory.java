package org.mmrace.ui.internal.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.mmrace.core.run.Progress;

/**
 * The progress reports of the run going on (or last run), per strategy, as the TLA+ Toolbox keeps
 * TLC's: every report is a row (time, distinct states, states/s, queue, depth, pruned) that the
 * Results view shows as a table and plots over time. Thread-safe: run jobs add from their threads;
 * listeners are called on the adding thread.
 */
public final class ProgressHistory {

    /** One report of one strategy's run. */
    public record Sample(String strategy, Progress progress) {
    }

    private final List<Sample> samples = new ArrayList<>();
    private final CopyOnWriteArrayList<Consumer<List<Sample>>> listeners = new CopyOnWriteArrayList<>();

    /** A new run of a scenario begins: the history of the previous one is dropped. */
    public void clear() {
        synchronized (this) {
            samples.clear();
        }
        fire();
    }

    public void add(String strategy, Progress p) {
        synchronized (this) {
            samples.add(new Sample(strategy, p));
        }
        fire();
    }

    public synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    private void fire() {
        List<Sample> now = samples();
        listeners.forEach(l -> l.accept(now));
    }

    public void addListener(Consumer<List<Sample>> l) {
        listeners.add(l);
    }

    public void removeListener(Consumer<List<Sample>> l) {
        listeners.remove(l);
    }
}
