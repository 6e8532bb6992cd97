package org.mmrace.core.run;

import java.time.Duration;

/**
 * Limits and parallelism of a run. {@code workers} only changes speed: verdicts, counts and the
 * chosen traces are the same for every worker count.
 */
public record ExploreOptions(long maxStates, Duration timeout, int workers, boolean checkEveryState) {
    /**
     * {@code checkEveryState}: also recount every page's references on every explored state (an
     * engine self-check; the refcount oracle always runs on every get/put/DMA and on final states).
     */
    public ExploreOptions {
        if (maxStates <= 0 || workers <= 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("maxStates, timeout and workers must be positive");
        }
    }

    public ExploreOptions(long maxStates, Duration timeout, int workers) {
        this(maxStates, timeout, workers, false);
    }

    /** 50 million states, 10 minutes, one worker per core. */
    public static ExploreOptions defaults() {
        return new ExploreOptions(50_000_000L, Duration.ofMinutes(10), Runtime.getRuntime().availableProcessors());
    }

    public ExploreOptions withWorkers(int w) {
        return new ExploreOptions(maxStates, timeout, w, checkEveryState);
    }

    public ExploreOptions withMaxStates(long m) {
        return new ExploreOptions(m, timeout, workers, checkEveryState);
    }

    public ExploreOptions withCheckEveryState(boolean c) {
        return new ExploreOptions(maxStates, timeout, workers, c);
    }

    public ExploreOptions withTimeout(Duration t) {
        return new ExploreOptions(maxStates, t, workers, checkEveryState);
    }
}
