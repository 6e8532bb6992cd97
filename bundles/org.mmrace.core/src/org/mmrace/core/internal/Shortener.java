package org.mmrace.core.internal;

import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.ViolationClass;

/**
 * Shortens a counterexample found under the partial-order reduction. The reduced search finds, per
 * violation class, the shortest path in the reduced graph; that path holds the steps of a shortest one
 * in an equivalent order, possibly with extra steps that commute with everything after them
 * (docs/performance.md). Dropping steps one by one (earliest first) while the replay still ends in a
 * step that reports the same violation removes such extra steps; every result is a real run, checked
 * step by step.
 */
public final class Shortener {
    private final Model m;
    private final Machine k;

    public Shortener(Machine k) {
        this.k = k;
        this.m = k.m;
    }

    /** {@code path}'s last step reports {@code key}; returns a path no longer than it whose last step does too. */
    public int[] shorten(int[] path, int key) {
        int[] p = path;
        int j = 0;
        while (j < p.length - 1) {
            int[] q = new int[p.length - 1];
            System.arraycopy(p, 0, q, 0, j);
            System.arraycopy(p, j + 1, q, j, q.length - j);
            if (reports(q, key)) {
                p = q;
            } else {
                j++;
            }
        }
        return p;
    }

    /** Whether every step of q is enabled in turn and the last one reports the violation {@code key}. */
    boolean reports(int[] q, int key) {
        long[] s = m.initialState();
        Step c = new Step(m);
        boolean[] hit = new boolean[1];
        boolean[] armed = new boolean[1];
        c.obs = new Obs() {
            @Override
            public boolean violation(Oracle oracle, ViolationClass cls) {
                if (armed[0] && Search.key(oracle, cls) == key) {
                    hit[0] = true;
                }
                return false;
            }
        };
        for (int i = 0; i < q.length; i++) {
            armed[0] = i == q.length - 1;
            k.summarise(s, c);
            System.arraycopy(s, 0, c.s, 0, s.length);
            if (!k.step(c, q[i])) {
                return false;
            }
            s = c.s.clone();
        }
        return hit[0];
    }
}
