package org.mmrace.core.internal;

import org.mmrace.core.spec.OpSpec;

/** One operation of a thread with its names resolved to indices of the {@link Model}. */
public final class Op {
    public enum Kind {
        STORE, LOAD, FORK, EXIT, MUNMAP, MPROTECT, MADVISE, DIO, AIO_WAIT, VMSPLICE, PIPE_READ, PIN, DMA_WRITE,
        DMA_READ, UNPIN, KSM_MERGE, SIGNAL, WAIT, COLLAPSE
    }

    public final Kind kind;
    public final OpSpec spec;
    /** the mm the operation works on (the thread's), or the first KSM page's mm */
    public int mm = -1;
    /** virtual page (global index of region page) addressed, -1 if none */
    public int vp = -1;
    public int first;
    public int last;
    /** data symbol index (store, dio read, dma write) */
    public int sym;
    /** register index in the thread's register list, -1 if none */
    public int reg = -1;
    /** io / pin / vmsplice site index */
    public int site = -1;
    /** gup_fast (true) or slow get_user_pages */
    public boolean fast;
    /** FOLL_PIN (true) or FOLL_GET */
    public boolean pinRef;
    /** FOLL_WRITE asked by the caller */
    public boolean write;
    public int childMm = -1;
    public int region = -1;
    public boolean ro;
    public int advice;
    public int pipe = -1;
    public int event = -1;
    /** second KSM page */
    public int mm2 = -1;
    public int vp2 = -1;

    public Op(Kind kind, OpSpec spec) {
        this.kind = kind;
        this.spec = spec;
    }
}
