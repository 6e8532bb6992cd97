package org.mmrace.core.run;

import java.time.Duration;

/**
 * Limits and parallelism of a run. {@code workers} only changes speed: verdicts, counts and the
 * chosen traces are the same for every worker count.
 *
 * @param checkEveryState also recount every page's references on every explored state (an engine
 *        self-check; the refcount oracle always runs on every get/put/DMA and on final states)
 * @param reduction the partial-order reduction (on by default; docs/performance.md says what it keeps)
 * @param compact hash compaction: store a 64-bit fingerprint per state instead of the state; the
 *        verdict is then probabilistic (docs/performance.md gives the omission probability)
 */
public record ExploreOptions(long maxStates, Duration timeout, int workers, boolean checkEveryState,
        boolean reduction, boolean compact) {
    public ExploreOptions {
        if (maxStates <= 0 || workers <= 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("maxStates, timeout and workers must be positive");
        }
    }

    public ExploreOptions(long maxStates, Duration timeout, int workers, boolean checkEveryState) {
        this(maxStates, timeout, workers, checkEveryState, true, false);
    }

    public ExploreOptions(long maxStates, Duration timeout, int workers) {
        this(maxStates, timeout, workers, false);
    }

    /** 50 million states, 10 minutes, one worker per core, with the reduction, exact states. */
    public static ExploreOptions defaults() {
        return new ExploreOptions(50_000_000L, Duration.ofMinutes(10), Runtime.getRuntime().availableProcessors());
    }

    public ExploreOptions withWorkers(int w) {
        return new ExploreOptions(maxStates, timeout, w, checkEveryState, reduction, compact);
    }

    public ExploreOptions withMaxStates(long m) {
        return new ExploreOptions(m, timeout, workers, checkEveryState, reduction, compact);
    }

    public ExploreOptions withCheckEveryState(boolean c) {
        return new ExploreOptions(maxStates, timeout, workers, c, reduction, compact);
    }

    public ExploreOptions withTimeout(Duration t) {
        return new ExploreOptions(maxStates, t, workers, checkEveryState, reduction, compact);
    }

    public ExploreOptions withReduction(boolean r) {
        return new ExploreOptions(maxStates, timeout, workers, checkEveryState, r, compact);
    }

    public ExploreOptions withCompact(boolean c) {
        return new ExploreOptions(maxStates, timeout, workers, checkEveryState, reduction, c);
    }
}
