package org.mmrace.core.internal;

/**
 * Scratch of one worker: the successor being built and the lock summary of the state it comes
 * from. Locks are not stored in the state: they follow from where each thread is in its kernel
 * path ({@link Machine#summarise}).
 */
public final class Step {
    public long[] s;
    public Obs obs;
    final int[] mmapReaders;
    final boolean[] mmapWriter;
    final boolean[] ptLock;
    final int[] irqsOff;
    int brReaders;
    final boolean[] pageLocked;

    public Step(Model m) {
        s = new long[m.words];
        int n = m.mmNames.size();
        mmapReaders = new int[n];
        mmapWriter = new boolean[n];
        ptLock = new boolean[n];
        irqsOff = new int[n];
        pageLocked = new boolean[m.maxPages + 1];
    }
}
