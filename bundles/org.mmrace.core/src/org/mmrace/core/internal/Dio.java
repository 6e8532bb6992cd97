package org.mmrace.core.internal;

/**
 * fs/direct-io.c and the device: an O_DIRECT read or write holds the page GUP returned (optionally
 * after lock_page, the dio-pagelock RFC), the device DMAs into or out of it, dio_bio_complete drops
 * the reference; aio_wait sleeps until then.
 */
final class Dio extends KernelSteps {
    Dio(Paths paths) {
        super(paths);
    }

    /** The O_DIRECT's get_user_pages returned page p: submit the bio (after lock_page under dio.lock_page). */
    void submit(Step c, int t, Op op, int p) {
        if (cfg.dioLockPage) {
            // the bio is submitted once the page is locked; until then the thread holds the reference
            k.set(c, m.fPa[t], p);
            k.set(c, m.fPhase[t], Phase.DIO_LOCK);
            return;
        }
        k.set(c, m.fIoStatus[op.site], Model.IO_INFLIGHT);
        k.set(c, m.fIoPfn[op.site], p);
        if (m.isAsync(op)) {
            k.endOp(c, t);
        } else {
            k.set(c, m.fPhase[t], Phase.DIO_WAIT);
        }
    }

    /** get_user_pages failed: the I/O completes with -EFAULT, nothing is transferred. */
    void failed(Step c, Op op) {
        k.set(c, m.fIoStatus[op.site], Model.IO_COMPLETED);
    }

    boolean lock(Step c, int t, Op op) {
        int p = k.get(c, m.fPa[t]);
        if (c.pageLocked(p)) {
            return false;
        }
        k.set(c, m.fPa[t], 0);
        k.set(c, m.fIoStatus[op.site], Model.IO_INFLIGHT);
        k.set(c, m.fIoPfn[op.site], p);
        k.set(c, m.fIoLocked[op.site], 1);
        if (tr(c)) {
            say(c, "dio: lock_page " + pg(p) + "; submit the bio");
        }
        if (m.isAsync(op)) {
            k.endOp(c, t);
        } else {
            k.set(c, m.fPhase[t], Phase.DIO_WAIT);
        }
        return true;
    }

    // ================================================================== the device

    /** One device step of I/O request i: the DMA, then the completion. */
    boolean deviceStep(Step c, int i) {
        int st = k.get(c, m.fIoStatus[i]);
        Op op = m.ioSites.get(i);
        int p = k.get(c, m.fIoPfn[i]);
        if (st == Model.IO_INFLIGHT) {
            int r = m.vpRegion[op.vp];
            if (m.isRead(op)) {
                k.writeSectors(c, p, op.first, op.last, op.sym, "the O_DIRECT read's DMA");
                k.setLogical(c, op.mm, op.vp, op.first, op.last, op.sym);
                paths.isolation.markLost(c, op.mm, op.vp, p);
                if (tr(c)) {
                    say(c, "DMA writes " + k.symChar(op.sym) + " into " + pg(p) + " sectors " + op.first + "-"
                            + op.last);
                }
            } else {
                int[] seen = new int[op.last - op.first + 1];
                for (int s = op.first; s <= op.last; s++) {
                    seen[s - op.first] = k.count(c, p) == 0 ? 0 : k.content(c, p, r, s);
                    k.set(c, m.fFile[op.region][0][s], seen[s - op.first]);
                }
                k.freedAccess(c, p, "the O_DIRECT write's DMA");
                paths.isolation.check(c, op.mm, op.vp, op.first, seen, p, "the O_DIRECT write's DMA",
                        paths.isolation.held(op));
                paths.isolation.referenceDropped(c, op);
                if (tr(c)) {
                    say(c, "DMA reads " + chars(seen) + " from " + pg(p) + " into file "
                            + m.files.get(op.region));
                }
            }
            k.set(c, m.fIoStatus[i], Model.IO_DMA_DONE);
            return true;
        }
        if (st == Model.IO_DMA_DONE) {
            int before = k.count(c, p);
            k.putRef(c, p, op.pinRef);
            boolean locked = k.get(c, m.fIoLocked[i]) != 0;
            k.set(c, m.fIoLocked[i], 0);
            k.set(c, m.fIoStatus[i], Model.IO_COMPLETED);
            k.set(c, m.fIoPfn[i], 0);
            int t = m.ioThread[i];
            if (!m.isAsync(op) && k.get(c, m.fPhase[t]) == Phase.DIO_WAIT) {
                k.endOp(c, t);
            }
            if (tr(c)) {
                say(c, "dio_bio_complete: " + (m.isRead(op) ? "set_page_dirty_lock, " : "")
                        + (locked ? "unlock_page, " : "") + (op.pinRef ? "unpin_user_page " : "put_page ") + pg(p)
                        + " count " + before + "->" + k.count(c, p));
            }
            return true;
        }
        return false;
    }

    boolean aioWait(Step c, int t, Op op) {
        if (k.get(c, m.fIoStatus[op.site]) != Model.IO_COMPLETED) {
            return false;
        }
        if (tr(c)) {
            say(c, "aio_wait " + m.ioNames.get(op.site) + ": completed");
        }
        k.endOp(c, t);
        return true;
    }
}
