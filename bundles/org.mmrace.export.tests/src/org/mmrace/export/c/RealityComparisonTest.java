package org.mmrace.export.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.FinalOutcomes;
import org.mmrace.core.run.Outcome;
import org.mmrace.core.run.Outcomes;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.strategy.Strategies;
import org.mmrace.lang.ScenarioLoader;

/** Observed outcomes against the model's: the comparison can fail, and only the model decides. */
class RealityComparisonTest {
    private static final ScenarioSpec FORK_WRITER = new ScenarioLoader().load("t.race", """
            scenario odirect-fork-writer
            process P
            map P.buf anon private rw pages=1 fill=A
            thread P.dio
              dio_read buf[0].0 data=D
            thread P.writer
              store buf[0].7 data=W
            thread P.forker
              fork C
            require P.buf[0].0 == D
            """).spec().orElseThrow();

    /** The lost O_DIRECT read of 2.6.27: the parent keeps A, the DMA went to the child's page. */
    private static final Map<String, String> LOST_READ = Map.of("P.buf[0].0", "A", "P.buf[0].7", "W",
            "C.buf[0].0", "D", "C.buf[0].7", "A");
    private static final Map<String, String> KEPT_READ = Map.of("P.buf[0].0", "D", "P.buf[0].7", "W",
            "C.buf[0].0", "A", "C.buf[0].7", "W");

    private static FinalOutcomes model(String strategy) throws Exception {
        return Outcomes.explore(FORK_WRITER, Strategies.builtin(strategy), ExploreOptions.defaults().withWorkers(2),
                CancellationToken.none());
    }

    private static Observed observed(FinalOutcomes m, int kept, int lost) {
        Outcome k = Outcome.of(m.locations(), KEPT_READ);
        Outcome l = Outcome.of(m.locations(), LOST_READ);
        Map<Outcome, Integer> seen = lost == 0 ? Map.of(k, kept) : Map.of(k, kept, l, lost);
        return new Observed(kept + lost, seen, List.of(), Optional.empty(), Optional.empty(), 0, Optional.empty(),
                false);
    }

    @Test
    void anOutcomeTheModelForbidsIsADisagreement() throws Exception {
        FinalOutcomes m = model("linux-6.3");
        RealityReport r = new RealityComparison().compare("6.18.44", m, observed(m, 5, 2));
        assertEquals(RealityReport.Status.DISAGREES, r.status());
        assertEquals(1, r.disagreements().size());
        assertEquals(2, r.disagreements().get(0).count());
        assertEquals("P.buf[0].0=A P.buf[0].7=W C.buf[0].0=D C.buf[0].7=A", r.render(r.disagreements().get(0).outcome()));
        assertTrue(r.seen().stream().anyMatch(s -> s.allowed() && s.count() == 5));
        assertEquals(3, r.neverSeen().size(), "6.3 allows four outcomes; one was seen");
    }

    @Test
    void theSameOutcomeAgreesWithAModelThatAllowsIt() throws Exception {
        FinalOutcomes m = model("linux-2.6.27");
        RealityReport r = new RealityComparison().compare("2.6.27", m, observed(m, 5, 2));
        assertEquals(RealityReport.Status.AGREES, r.status());
        assertEquals(List.of(), r.disagreements());
    }

    @Test
    void onlyAllowedOutcomesAgree() throws Exception {
        FinalOutcomes m = model("linux-6.3");
        RealityReport r = new RealityComparison().compare("6.18.44", m, observed(m, 7, 0));
        assertEquals(RealityReport.Status.AGREES, r.status());
        assertFalse(r.neverSeen().contains(Outcome.of(m.locations(), KEPT_READ)));
    }

    @Test
    void aTornSectorAgreesOnlyWhenEverySymbolInItIsAllowed() throws Exception {
        FinalOutcomes m = model("linux-6.3");
        // fork copied the page while the DMA was writing sector 0: the child's copy holds A and D
        Outcome childTorn = Outcome.of(m.locations(), Map.of("P.buf[0].0", "D", "P.buf[0].7", "W", "C.buf[0].0", "A+D",
                "C.buf[0].7", "W"));
        // the parent's own sector half-written: its A is a lost read, which 6.3 forbids
        Outcome parentTorn = Outcome.of(m.locations(), Map.of("P.buf[0].0", "A+D", "P.buf[0].7", "W", "C.buf[0].0",
                "D", "C.buf[0].7", "W"));
        RealityReport r = new RealityComparison().compare("6.18.44", m, new Observed(3, Map.of(childTorn, 2,
                parentTorn, 1), List.of(), Optional.empty(), Optional.empty(), 0, Optional.empty(), false));
        assertEquals(RealityReport.Status.DISAGREES, r.status());
        assertEquals(List.of(new RealityReport.Seen(childTorn, 2, true, true), new RealityReport.Seen(parentTorn, 1,
                false, true)), r.seen());
        assertEquals("P.buf[0].0=D P.buf[0].7=W C.buf[0].0=A+D C.buf[0].7=W", r.render(childTorn));
    }

    @Test
    void aMachineWithoutODirectIsUnsupportedNotAnAgreement() throws Exception {
        RealityReport r = new RealityComparison().compare("6.18.44", model("linux-6.3"),
                Observed.unsupported("O_DIRECT: the filesystem rejects O_DIRECT"));
        assertEquals(RealityReport.Status.UNSUPPORTED, r.status());
    }
}
