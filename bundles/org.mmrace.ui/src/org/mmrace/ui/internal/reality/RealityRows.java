package org.mmrace.ui.internal.reality;

import java.util.ArrayList;
import java.util.List;

import org.mmrace.core.run.Outcome;
import org.mmrace.export.c.RealityReport;

/**
 * The rows of the Reality view: every outcome seen on this kernel (how often, and whether the
 * model allows it), then every outcome the model allows but the runs never showed.
 */
record RealityRows(List<Row> rows) {
    record Row(String outcome, int seen, boolean allowed, boolean torn) {
        boolean disagreement() {
            return seen > 0 && !allowed;
        }
    }

    static RealityRows of(RealityReport r) {
        List<Row> rows = new ArrayList<>();
        for (RealityReport.Seen s : r.seen()) {
            rows.add(new Row(r.render(s.outcome()), s.count(), s.allowed(), s.torn()));
        }
        for (Outcome o : r.neverSeen()) {
            rows.add(new Row(r.render(o), 0, true, false));
        }
        return new RealityRows(List.copyOf(rows));
    }
}
