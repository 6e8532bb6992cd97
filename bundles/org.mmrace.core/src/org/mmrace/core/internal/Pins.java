package org.mmrace.core.internal;

/**
 * A driver holding pages from pin_user_pages (io_uring fixed buffers, RDMA): dma_write and dma_read
 * through the pin, unpin_user_page. Before 5.7 the pin is a FOLL_GET reference.
 */
final class Pins extends KernelSteps {
    Pins(Paths paths) {
        super(paths);
    }

    /** pin_user_pages returned page p: the driver holds it until unpin. */
    void hold(Step c, int t, Op op, int p) {
        k.set(c, m.fPinPfn[op.site], p);
        k.endOp(c, t);
    }

    boolean dmaWrite(Step c, int t, Op op) {
        Op pin = m.pinSites.get(op.site);
        int p = k.get(c, m.fPinPfn[op.site]);
        if (p == 0) {
            if (tr(c)) {
                say(c, "dma_write: the pin is not held: nothing written");
            }
            k.endOp(c, t);
            return true;
        }
        k.writeSectors(c, p, op.first, op.last, op.sym, "dma_write through the pin");
        k.setLogical(c, pin.mm, pin.vp, op.first, op.last, op.sym);
        paths.isolation.markLost(c, pin.mm, pin.vp, p);
        if (tr(c)) {
            say(c, "DMA writes " + k.symChar(op.sym) + " through the pin into " + pg(p));
        }
        k.endOp(c, t);
        return true;
    }

    boolean dmaRead(Step c, int t, Op op) {
        Op pin = m.pinSites.get(op.site);
        int p = k.get(c, m.fPinPfn[op.site]);
        int r = m.vpRegion[pin.vp];
        int[] seen = new int[op.last - op.first + 1];
        for (int s = op.first; s <= op.last; s++) {
            seen[s - op.first] = p == 0 ? m.unmappedSym : k.count(c, p) == 0 ? 0 : k.content(c, p, r, s);
            k.set(c, m.fReg[t][op.reg][s - op.first], seen[s - op.first]);
        }
        if (p != 0) {
            k.freedAccess(c, p, "dma_read");
            paths.isolation.check(c, pin.mm, pin.vp, op.first, seen, p, "dma_read through the pin", null);
        }
        if (tr(c)) {
            say(c, "DMA reads " + chars(seen) + (p == 0 ? " (pin not held)" : " through the pin from " + pg(p)));
        }
        k.endOp(c, t);
        return true;
    }

    boolean unpin(Step c, int t, Op op) {
        Op pin = m.pinSites.get(op.site);
        int p = k.get(c, m.fPinPfn[op.site]);
        if (p != 0) {
            int before = k.count(c, p);
            k.putRef(c, p, pin.pinRef);
            k.set(c, m.fPinPfn[op.site], 0);
            if (tr(c)) {
                say(c, (pin.pinRef ? "unpin_user_page " : "put_page ") + pg(p) + " count " + before + "->"
                        + k.count(c, p));
            }
        } else if (tr(c)) {
            say(c, "unpin: the pin is not held");
        }
        k.endOp(c, t);
        return true;
    }
}
