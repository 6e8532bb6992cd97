package org.mmrace.core.internal;

import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.ViolationClass;

/**
 * The isolation oracle of docs/semantics.md section 4 for accesses made through a pte or a
 * reference: what a process sees must be what its logical memory holds, and a write made for a
 * process through a reference to a page it no longer maps is a lost write.
 */
final class Isolation extends KernelSteps {
    Isolation(Paths paths) {
        super(paths);
    }

    /**
     * The isolation oracle for an access made for process mm at vp: {@code seen} must equal the
     * process's logical memory. {@code refPfn} is the page a reference (pin, pipe, DIO) used, 0 for an
     * access through the process's own pte. {@code held} (null for the exact rule) are the
     * held-symbols fields of a DIO write's or a vmsplice's reference: such a read may see, per sector,
     * any value mm's logical memory held since the reference was taken (SEMANTICS section 4: it races
     * with the owner's own stores by design; only a value the owner never held in that window, another
     * process's data, is a violation).
     */
    void check(Step c, int mm, int vp, int first, int[] seen, int refPfn, String what, int[] held) {
        for (int i = 0; i < seen.length; i++) {
            int s = first + i;
            int exp = k.logical(c, mm, vp, s);
            if (exp == seen[i] || held != null && heldSince(c, held, s, seen[i])) {
                continue;
            }
            ViolationClass cls;
            if (refPfn == 0) {
                cls = k.get(c, m.fLost[mm][vp]) != 0 ? ViolationClass.WRONG_COW : ViolationClass.MISSED_COW;
            } else {
                int r = m.vpRegion[vp];
                boolean mapsOther = k.mmState(c, mm) != Model.MM_GONE && k.vmaPresent(c, mm, r)
                        && k.pfn(c, mm, vp) != 0 && k.pfn(c, mm, vp) != refPfn;
                cls = mapsOther ? ViolationClass.WRONG_COW : ViolationClass.MISSED_COW;
            }
            if (c.obs.violation(Oracle.ISOLATION, cls)) {
                String addr = m.vpName(mm, vp) + "." + s;
                c.obs.details(m.mmNames.get(mm), addr, String.valueOf(k.symChar(exp)), String.valueOf(k.symChar(seen[i])),
                        what + " of " + addr + " sees " + k.symChar(seen[i]) + " but " + m.mmNames.get(mm) + " holds "
                                + k.symChar(exp) + (held != null ? " and never held " + k.symChar(seen[i])
                                        + " since the reference was taken" : "") + (cls == ViolationClass.WRONG_COW
                                        ? ": a reference of " + m.mmNames.get(mm)
                                                + " went to a page it no longer maps (wrong COW)"
                                        : ": another party's write reached it (missed COW)"));
            }
            return;
        }
    }

    /** Whether the owner's logical memory held sym in sector s at some moment since the reference was taken. */
    private boolean heldSince(Step c, int[] held, int s, int sym) {
        int slot = m.slotOfSector[s];
        return slot >= 0 && held[slot] >= 0 && (k.get(c, held[slot]) >> sym & 1) != 0;
    }

    /** The held-symbols fields of a reference site whose read is windowed (DIO write, vmsplice), else null. */
    int[] held(Op op) {
        if (!m.tracksHeld) {
            return null;
        }
        return switch (op.kind) {
            case DIO -> m.isRead(op) ? null : m.fIoHeld[op.site];
            case VMSPLICE -> m.fSpliceHeld[op.site];
            default -> null;
        };
    }

    /** GUP took the reference of op: the window starts with what the owner holds now. */
    void referenceTaken(Step c, Op op) {
        int[] held = held(op);
        if (held == null) {
            return;
        }
        for (int slot = 0; slot < held.length; slot++) {
            if (held[slot] >= 0) {
                k.set(c, held[slot], 1 << k.logical(c, op.mm, op.vp, m.trackedSectors[slot]));
            }
        }
    }

    /** The reference of op was read through or dropped: no window any more. */
    void referenceDropped(Step c, Op op) {
        int[] held = held(op);
        if (held == null) {
            return;
        }
        for (int f : held) {
            k.set(c, f, 0);
        }
    }

    /** A write made for mm through a reference to page p: if mm maps another page there, its data is lost. */
    void markLost(Step c, int mm, int vp, int p) {
        int r = m.vpRegion[vp];
        if (k.mmState(c, mm) != Model.MM_GONE && k.vmaPresent(c, mm, r) && k.pfn(c, mm, vp) != 0
                && k.pfn(c, mm, vp) != p) {
            k.set(c, m.fLost[mm][vp], 1);
        }
    }
}
