package org.mmrace.export.c;

import java.util.List;
import java.util.Optional;

import org.mmrace.core.run.Outcome;
import org.mmrace.core.run.OutcomeLocation;

/**
 * A scenario's run on this kernel against the model of the matching strategy: every outcome seen
 * (with its count and whether the model allows it), the allowed outcomes never seen (informative),
 * and the disagreements (outcomes the kernel showed and the model forbids: a model bug or a kernel
 * bug, both worth a report).
 */
public record RealityReport(String scenario, String kernel, String strategy, List<OutcomeLocation> locations,
        List<Seen> seen, List<Outcome> neverSeen, Observed observed, Status status, Optional<String> modelNote) {
    public RealityReport {
        locations = List.copyOf(locations);
        seen = List.copyOf(seen);
        neverSeen = List.copyOf(neverSeen);
    }

    public enum Status {
        /** every outcome seen is one the model allows */
        AGREES,
        /** the kernel showed an outcome the model forbids */
        DISAGREES,
        /** the machine lacks what the reproducer needs (O_DIRECT filesystem, gcc) */
        UNSUPPORTED,
        /** the reproducer or the model could not run (timeout, error, incomplete exploration) */
        FAILED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * {@code torn}: some sector held several symbols ("A+D", finer than the model's sector
     * granularity); such an outcome is allowed when every choice of one symbol per torn sector is.
     */
    public record Seen(Outcome outcome, int count, boolean allowed, boolean torn) {
    }

    public List<Seen> disagreements() {
        return seen.stream().filter(s -> !s.allowed()).toList();
    }

    /** {@code P.buf[0].0=D P.buf[0].7=W C.buf[0]=A} (contiguous sectors of a page as one range). */
    public String render(Outcome o) {
        return o.renderCompact(locations);
    }
}
