package org.mmrace.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.mmrace.core.run.Outcome;
import org.mmrace.core.run.OutcomeLocation;
import org.mmrace.core.spec.ConditionSpec;
import org.mmrace.core.spec.Expr;
import org.mmrace.core.spec.OpSpec;
import org.mmrace.core.spec.ThreadSpec;

/**
 * Projects final states onto the locations a reproducer can observe: every sector of every
 * process's memory the isolation oracle checks (the sectors the scenario writes), the sectors the
 * conditions name, every register, and the file sectors that O_DIRECT writes or conditions name.
 * Collects the distinct projections of the final states the search reports (thread-safe).
 */
public final class OutcomeProjector implements FinalStateSink {
    private final Machine k;
    private final Checks checks;
    private final List<OutcomeLocation> locations;
    /** per location: {kind, a, b, c}: 0 memory (mm, vp, sector), 1 register (thread, reg), 2 file (file, sector) */
    private final int[][] where;
    private final Set<Outcome> seen = ConcurrentHashMap.newKeySet();

    public OutcomeProjector(Machine k) {
        this.k = k;
        this.checks = new Checks(k);
        Model m = k.m;
        Set<OutcomeLocation> locs = new LinkedHashSet<>();
        List<int[]> w = new ArrayList<>();
        for (int mm = 0; mm < m.mmNames.size(); mm++) {
            for (int vp : m.vpsOf(mm)) {
                for (int s = 0; s < 8; s++) {
                    if (m.slotOfSector[s] >= 0 || namedByCondition(m, m.mmNames.get(mm), vp, s)) {
                        add(locs, w, new OutcomeLocation.Memory(m.mmNames.get(mm),
                                m.regions.get(m.vpRegion[vp]).region(), m.vpPage[vp], s), new int[] {0, mm, vp, s});
                    }
                }
            }
        }
        for (int t = 0; t < m.threadCount; t++) {
            for (int r = 0; r < m.registers.get(t).size(); r++) {
                add(locs, w, new OutcomeLocation.Register(m.threadNames.get(t), m.registers.get(t).get(r),
                        m.registerWidth[t][r]), new int[] {1, t, r, 0});
            }
        }
        for (int f = 0; f < m.files.size(); f++) {
            for (int s = 0; s < 8; s++) {
                if (fileSectorUsed(m, m.files.get(f), s)) {
                    add(locs, w, new OutcomeLocation.File(m.files.get(f), s), new int[] {2, f, s, 0});
                }
            }
        }
        this.locations = List.copyOf(locs);
        this.where = w.toArray(new int[0][]);
    }

    private static void add(Set<OutcomeLocation> locs, List<int[]> w, OutcomeLocation l, int[] at) {
        if (locs.add(l)) {
            w.add(at);
        }
    }

    public List<OutcomeLocation> locations() {
        return locations;
    }

    /** The distinct outcomes reported so far. */
    public Set<Outcome> outcomes() {
        return Set.copyOf(seen);
    }

    @Override
    public void accept(Step c) {
        seen.add(project(c));
    }

    /** The values at every location in the state c.s. */
    public Outcome project(Step c) {
        Model m = k.m;
        List<String> v = new ArrayList<>(where.length);
        for (int[] at : where) {
            switch (at[0]) {
                case 0 -> v.add(String.valueOf(k.symChar(checks.memory(c, at[1], at[2], at[3]))));
                case 1 -> {
                    StringBuilder b = new StringBuilder();
                    for (int f : m.fReg[at[1]][at[2]]) {
                        b.append(k.symChar(k.get(c, f)));
                    }
                    v.add(b.toString());
                }
                default -> v.add(String.valueOf(k.symChar(k.get(c, m.fFile[at[1]][0][at[2]]))));
            }
        }
        return new Outcome(v);
    }

    private static boolean namedByCondition(Model m, String process, int vp, int sector) {
        String region = m.regions.get(m.vpRegion[vp]).region();
        for (ConditionSpec c : m.conditions) {
            if (names(c.expr(), process, region, m.vpPage[vp], sector)) {
                return true;
            }
        }
        return false;
    }

    private static boolean names(Expr e, String process, String region, int page, int sector) {
        return switch (e) {
            case Expr.And a -> names(a.left(), process, region, page, sector)
                    || names(a.right(), process, region, page, sector);
            case Expr.Or o -> names(o.left(), process, region, page, sector)
                    || names(o.right(), process, region, page, sector);
            case Expr.Not n -> names(n.operand(), process, region, page, sector);
            case Expr.Memory x -> x.addr().process().orElse("").equals(process) && x.addr().region().equals(region)
                    && x.addr().page() == page && x.addr().firstSector() <= sector
                    && sector <= x.addr().lastSector();
            default -> false;
        };
    }

    private static boolean fileSectorUsed(Model m, String file, int sector) {
        for (ThreadSpec t : m.spec.threads()) {
            for (OpSpec op : t.ops()) {
                if (op instanceof OpSpec.DioWrite d && d.file().equals(file) && d.addr().firstSector() <= sector
                        && sector <= d.addr().lastSector()) {
                    return true;
                }
            }
        }
        for (ConditionSpec c : m.conditions) {
            if (namesFile(c.expr(), file, sector)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesFile(Expr e, String file, int sector) {
        return switch (e) {
            case Expr.And a -> namesFile(a.left(), file, sector) || namesFile(a.right(), file, sector);
            case Expr.Or o -> namesFile(o.left(), file, sector) || namesFile(o.right(), file, sector);
            case Expr.Not n -> namesFile(n.operand(), file, sector);
            case Expr.File x -> x.file().equals(file) && x.firstSector() <= sector && sector <= x.lastSector();
            default -> false;
        };
    }
}
