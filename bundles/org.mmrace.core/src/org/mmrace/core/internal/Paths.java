package org.mmrace.core.internal;

/**
 * The kernel paths of docs/semantics.md as steps, dispatched to one file per kernel source file:
 * {@link Memory} (mm/memory.c: store, load, do_wp_page, zap), {@link Fork} (mm/memory.c copy_*),
 * {@link Gup} (mm/gup.c), {@link Ksm} (mm/ksm.c), {@link Mmap} (mm/mmap.c: munmap, exit_mmap),
 * {@link Mprotect} (mm/mprotect.c), {@link Madvise} (mm/madvise.c), {@link Dio} (fs/direct-io.c and
 * the device), {@link Splice} (fs/splice.c, fs/pipe.c), {@link Pins} (a pin_user_pages driver),
 * {@link Swapout} (mm/vmscan.c reclaim), {@link Rmap} (mm/rmap.c try_to_unmap_one), {@link SwapIn}
 * (mm/memory.c do_swap_page), {@link SwapCache} (mm/swap_state.c, the swap count of mm/swapfile.c),

 * {@link HugeMemory} (mm/huge_memory.c), {@link Khugepaged} (mm/khugepaged.c).
 * Each step method runs one atomic step of a thread in a given phase, or returns false when that
 * step is not enabled (a lock it needs is held). Knob-dependent decisions read {@link Config};
 * nothing here knows any scenario.
 */
final class Paths {
    final Machine k;
    final Isolation isolation;
    final Memory memory;
    final Fork fork;
    final Gup gup;
    final Ksm ksm;
    final Mmap mmap;
    final Mprotect mprotect;
    final Madvise madvise;
    final Dio dio;
    final Splice splice;
    final Pins pins;
    final SwapCache swapCache;
    final Rmap rmap;
    final Swapout swapout;
    final SwapIn swapIn;
    final HugeMemory huge;
    final Khugepaged khugepaged;

    Paths(Machine k) {
        this.k = k;
        this.isolation = new Isolation(this);
        this.memory = new Memory(this);
        this.fork = new Fork(this);
        this.gup = new Gup(this);
        this.ksm = new Ksm(this);
        this.mmap = new Mmap(this);
        this.mprotect = new Mprotect(this);
        this.madvise = new Madvise(this);
        this.dio = new Dio(this);
        this.splice = new Splice(this);
        this.pins = new Pins(this);
        this.swapCache = new SwapCache(this);
        this.rmap = new Rmap(this);
        this.swapout = new Swapout(this);
        this.swapIn = new SwapIn(this);
        this.huge = new HugeMemory(this);
        this.khugepaged = new Khugepaged(this);
    }

    boolean run(Step c, int t, Op op, int ph) {
        switch (ph) {
            case Phase.WP_REUSE:
                return memory.wpReuse(c, t, op);
            case Phase.WP_COPY:
                return memory.wpCopy(c, t, op);
            case Phase.WP_MAP:
                return memory.wpMap(c, t, op);
            case Phase.THP_SPLIT:
                return huge.wpSplit(c, t, op.mm, op.vp);
            default:
                break;
        }
        return switch (op.kind) {
            case STORE -> memory.store(c, t, op);
            case LOAD -> memory.load(c, t, op);
            case FORK -> fork.step(c, t, op, ph);
            case EXIT -> mmap.exit(c, t, op, ph);
            case MUNMAP -> mmap.munmap(c, t, op);
            case MPROTECT -> mprotect.mprotect(c, t, op);
            case MADVISE -> madvise.madvise(c, t, op);
            case DIO, VMSPLICE, PIN -> gup.step(c, t, op, ph);
            case AIO_WAIT -> dio.aioWait(c, t, op);
            case PIPE_READ -> splice.pipeRead(c, t, op);
            case DMA_WRITE -> pins.dmaWrite(c, t, op);
            case DMA_READ -> pins.dmaRead(c, t, op);
            case UNPIN -> pins.unpin(c, t, op);
            case KSM_MERGE -> ksm.step(c, t, op, ph);
            case COLLAPSE -> khugepaged.step(c, t, op, ph);
            case SIGNAL -> signal(c, t, op);
            case WAIT -> waitEvent(c, t, op);
        };
    }

    /** One device step of I/O request i (fs/direct-io.c's bio: the DMA, then the completion). */
    boolean deviceStep(Step c, int i) {
        return dio.deviceStep(c, i);
    }

    // the scenario's own synchronisation between threads (not a kernel path)

    private boolean signal(Step c, int t, Op op) {
        k.set(c, k.m.fEvent[op.event], 1);
        if (KernelSteps.tr(c)) {
            KernelSteps.say(c, "signal " + k.m.events.get(op.event));
        }
        k.endOp(c, t);
        return true;
    }

    private boolean waitEvent(Step c, int t, Op op) {
        if (k.get(c, k.m.fEvent[op.event]) == 0) {
            return false;
        }
        if (KernelSteps.tr(c)) {
            KernelSteps.say(c, "wait " + k.m.events.get(op.event) + ": signalled");
        }
        k.endOp(c, t);
        return true;
    }
}
