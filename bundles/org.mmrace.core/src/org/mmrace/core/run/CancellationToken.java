package org.mmrace.core.run;

/** Cancels a run from another thread; the explorer notices within 100 ms and returns INCOMPLETE. */
public final class CancellationToken {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public static CancellationToken none() {
        return new CancellationToken();
    }
}
