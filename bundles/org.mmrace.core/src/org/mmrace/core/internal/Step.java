package org.mmrace.core.internal;

/**
 * Scratch of one worker: the successor being built and the lock summary of the state it comes
 * from. Locks are not stored in the state: they follow from where each thread is in its kernel
 * path ({@link Machine#summarise}). Kernel paths read the summary through the accessors below, so
 * that the partial-order reduction sees which locks a step looked at ({@link #fp}).
 */
public final class Step {
    public long[] s;
    public Obs obs;
    /** Records what the step reads and writes, for the reduction; null in the plain search. */
    Footprint fp;
    final int[] mmapReaders;
    final boolean[] mmapWriter;
    final boolean[] ptLock;
    final int[] irqsOff;
    int brReaders;
    final boolean[] pageLocked;
    /** Whether some entry of pageLocked is set (summarise clears them only then). */
    boolean anyPageLocked;
    /** Resource id of the first lock (after the layout's fields); see {@link #lockResources}. */
    private final int lockBase;
    private final int nMm;

    public Step(Model m) {
        s = new long[m.words];
        int n = m.mmNames.size();
        nMm = n;
        lockBase = m.layout.fieldCount();
        mmapReaders = new int[n];
        mmapWriter = new boolean[n];
        ptLock = new boolean[n];
        irqsOff = new int[n];
        pageLocked = new boolean[m.maxPages + 1];
    }

    /** Number of lock resources of a model: four per mm, the brlock, one page lock per frame. */
    static int lockResources(Model m) {
        return 4 * m.mmNames.size() + 1 + m.maxPages + 1;
    }

    int mmapReadersRes(int mm) {
        return lockBase + mm;
    }

    int mmapWriterRes(int mm) {
        return lockBase + nMm + mm;
    }

    int ptLockRes(int mm) {
        return lockBase + 2 * nMm + mm;
    }

    int irqsOffRes(int mm) {
        return lockBase + 3 * nMm + mm;
    }

    int brReadersRes() {
        return lockBase + 4 * nMm;
    }

    int pageLockedRes(int p) {
        return lockBase + 4 * nMm + 1 + p;
    }

    int mmapReaders(int mm) {
        if (fp != null) {
            fp.read(mmapReadersRes(mm));
        }
        return mmapReaders[mm];
    }

    boolean mmapWriter(int mm) {
        if (fp != null) {
            fp.read(mmapWriterRes(mm));
        }
        return mmapWriter[mm];
    }

    boolean ptLock(int mm) {
        if (fp != null) {
            fp.read(ptLockRes(mm));
        }
        return ptLock[mm];
    }

    int irqsOff(int mm) {
        if (fp != null) {
            fp.read(irqsOffRes(mm));
        }
        return irqsOff[mm];
    }

    int brReaders() {
        if (fp != null) {
            fp.read(brReadersRes());
        }
        return brReaders;
    }

    boolean pageLocked(int p) {
        if (fp != null) {
            fp.read(pageLockedRes(p));
        }
        return pageLocked[p];
    }

    /** Records as written every lock whose value differs between this summary and {@code after}'s. */
    void lockWrites(Step after, Footprint into) {
        for (int mm = 0; mm < nMm; mm++) {
            if (mmapReaders[mm] != after.mmapReaders[mm]) {
                into.write(mmapReadersRes(mm), Footprint.MANY);
            }
            if (mmapWriter[mm] != after.mmapWriter[mm]) {
                into.write(mmapWriterRes(mm), Footprint.MANY);
            }
            if (ptLock[mm] != after.ptLock[mm]) {
                into.write(ptLockRes(mm), Footprint.MANY);
            }
            if (irqsOff[mm] != after.irqsOff[mm]) {
                into.write(irqsOffRes(mm), Footprint.MANY);
            }
        }
        if (brReaders != after.brReaders) {
            into.write(brReadersRes(), Footprint.MANY);
        }
        for (int p = 0; p < pageLocked.length; p++) {
            if (pageLocked[p] != after.pageLocked[p]) {
                into.write(pageLockedRes(p), Footprint.MANY);
            }
        }
    }
}
