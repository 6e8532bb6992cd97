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
 * @param symmetry the symmetry reduction over page frame numbers and interchangeable threads (on by default; {@link #withReduction}
 *        {@code (false)}, the command line's {@code --no-reduction}, turns it off with the partial-order
 *        reduction; docs/performance.md)
 */
public record ExploreOptions(long maxStates, Duration timeout, int workers, boolean checkEveryState,
        boolean reduction, boolean compact, boolean symmetry) {
    public ExploreOptions {
        if (maxStates <= 0 || workers <= 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("maxStates, timeout and workers must be positive");
        }
    }

    public ExploreOptions(long maxStates, Duration timeout, int workers, boolean checkEveryState,
            boolean reduction, boolean compact) {
        this(maxStates, timeout, workers, checkEveryState, reduction, compact, reduction);
    }

    public ExploreOptions(long maxStates, Duration timeout, int workers, boolean checkEveryState) {
        this(maxStates, timeout, workers, checkEveryState, true, false, true);
    }

    public ExploreOptions(long maxStates, Duration timeout, int workers) {
        this(maxStates, timeout, workers, false);
    }

    /** 50 million states, 10 minutes, one worker per core, with the reduction, exact states. */
    public static ExploreOptions defaults() {
        return new ExploreOptions(50_000_000L, Duration.ofMinutes(10), Runtime.getRuntime().availableProcessors());
    }

    public ExploreOptions withWorkers(int w) {
        return new ExploreOptions(maxStates, timeout, w, checkEveryState, reduction, compact, symmetry);
    }

    public ExploreOptions withMaxStates(long m) {
        return new ExploreOptions(m, timeout, workers, checkEveryState, reduction, compact, symmetry);
    }

    public ExploreOptions withCheckEveryState(boolean c) {
        return new ExploreOptions(maxStates, timeout, workers, c, reduction, compact, symmetry);
    }

    public ExploreOptions withTimeout(Duration t) {
        return new ExploreOptions(maxStates, t, workers, checkEveryState, reduction, compact, symmetry);
    }

    /** The reductions on or off: the partial-order reduction and, with it, the symmetry reduction. */
    public ExploreOptions withReduction(boolean r) {
        return new ExploreOptions(maxStates, timeout, workers, checkEveryState, r, compact, r);
    }

    public ExploreOptions withCompact(boolean c) {
        return new ExploreOptions(maxStates, timeout, workers, checkEveryState, reduction, c, symmetry);
    }

    /** The symmetry reduction alone on or off (after {@link #withReduction}, which sets both). */
    public ExploreOptions withSymmetry(boolean y) {
        return new ExploreOptions(maxStates, timeout, workers, checkEveryState, reduction, compact, y);
    }
}
