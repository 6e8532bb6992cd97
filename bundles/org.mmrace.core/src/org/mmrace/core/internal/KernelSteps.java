package org.mmrace.core.internal;

/**
 * What every file of kernel steps shares: the machine (state access, page references), the compiled
 * scenario, the strategy's knobs, the sibling files (through {@link Paths}) and the helpers for trace
 * words. Each subclass is one kernel source file's share of the paths, named in its comment.
 */
abstract class KernelSteps {
    final Machine k;
    final Model m;
    final Config cfg;
    final Paths paths;

    KernelSteps(Paths paths) {
        this.paths = paths;
        this.k = paths.k;
        this.m = k.m;
        this.cfg = k.cfg;
    }

    static boolean tr(Step c) {
        return c.obs.tracing();
    }

    /** Labels the step in kernel words; a no-op in the search (callers build costly words under tr(c)). */
    static void say(Step c, String words) {
        if (c.obs.tracing()) {
            c.obs.label(words);
        }
    }

    static String pg(int p) {
        return "page#" + p;
    }

    String chars(int[] syms) {
        StringBuilder b = new StringBuilder();
        for (int x : syms) {
            b.append(k.symChar(x));
        }
        return b.toString();
    }
}
