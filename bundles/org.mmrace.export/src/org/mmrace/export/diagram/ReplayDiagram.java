package org.mmrace.export.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mmrace.core.run.Departure;
import org.mmrace.core.run.ReplayResult;
import org.mmrace.core.run.Verdict;
import org.mmrace.core.run.Violation;

/**
 * A replay across strategies as text for a review mail: A's counterexample as a patch diagram, B's
 * run of the same schedule up to the step where it departs (marked), and what B's explorer finds
 * from there. Every part within {@code width} columns, as {@link PatchDiagram}.
 */
public final class ReplayDiagram {
    private final int width;
    private final PatchDiagram diagram;

    public ReplayDiagram(int width) {
        this.diagram = new PatchDiagram(width);
        this.width = width;
    }

    public String render(ReplayResult r) {
        StringBuilder out = new StringBuilder();
        Violation v = r.replayed();
        para(out, r.scenario() + ": counterexample " + r.violationNumber() + " of " + r.from() + " (" + v.key()
                + v.condition().map(c -> " \"" + c + "\"").orElse("") + ") replayed under " + r.under());
        out.append('\n');
        para(out, "under " + r.from() + ":");
        out.append(diagram.render(r.replayed().trace(), Optional.of(v))).append('\n');
        para(out, "under " + r.under() + ", the same schedule:");
        if (r.underTrace().steps().isEmpty()) {
            para(out, "  (no step in common)");
        } else {
            out.append(diagram.render(r.underTrace(), Optional.empty()));
        }
        out.append('\n');
        Departure d = r.departure();
        para(out, "=> " + r.under() + " departs at " + d.summary());
        out.append('\n');
        RunResultWords c = new RunResultWords(r);
        para(out, c.headline());
        c.route().ifPresent(route -> out.append(diagram.render(route.trace(), Optional.of(route))));
        return out.toString();
    }

    /** What the continuation found, in words. */
    private record RunResultWords(ReplayResult r) {
        String headline() {
            int from = r.departure().kind() == Departure.Kind.SAME_VIOLATION ? r.departure().step()
                    : r.departure().step() - 1;
            String start = "exploring under " + r.under() + " from the state after step " + from + ": ";
            Verdict verdict = r.continuation().verdict();
            if (r.departure().kind() == Departure.Kind.SAME_VIOLATION) {
                return start + "the schedule itself violates " + r.replayed().key() + " under " + r.under();
            }
            if (r.reachesViolationAnotherWay()) {
                return start + verdict.name().toLowerCase(java.util.Locale.ROOT) + ": " + r.under() + " reaches "
                        + r.replayed().key() + " by another route:";
            }
            return start + verdict.name().toLowerCase(java.util.Locale.ROOT) + r.continuation().error()
                    .map(e -> " (" + e.message() + ")").orElse("") + ": " + r.replayed().key()
                    + " is not reached from there" + others();
        }

        private String others() {
            List<String> keys = new ArrayList<>();
            r.continuation().violations().forEach(v -> keys.add(v.key()));
            return keys.isEmpty() ? "" : " (other violations: " + String.join(", ", keys) + ")";
        }

        Optional<Violation> route() {
            if (!r.reachesViolationAnotherWay()) {
                return Optional.empty();
            }
            return r.continuation().violations().stream().filter(v -> v.key().equals(r.replayed().key())
                    && v.condition().equals(r.replayed().condition())).findFirst();
        }
    }

    private void para(StringBuilder out, String text) {
        for (String line : PatchDiagram.wrap(text, width)) {
            out.append(line).append('\n');
        }
    }
}
