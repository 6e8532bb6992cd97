package org.mmrace.core.internal;

/** A compiled condition expression, evaluated on a packed final state. */
public sealed interface Cond {
    record And(Cond l, Cond r) implements Cond { }

    record Or(Cond l, Cond r) implements Cond { }

    record Not(Cond c) implements Cond { }

    /** memory of mm at vp, sectors first..last, compared with symbol index sym ({@code eq} or not) */
    record Mem(int mm, int vp, int first, int last, int sym, boolean eq) implements Cond { }

    record Reg(int thread, int reg, int sym, boolean eq) implements Cond { }

    record File(int file, int page, int first, int last, int sym, boolean eq) implements Cond { }
}
