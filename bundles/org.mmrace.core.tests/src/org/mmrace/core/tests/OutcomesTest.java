package org.mmrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.FinalOutcomes;
import org.mmrace.core.run.OutcomeLocation;
import org.mmrace.core.run.Outcomes;
import org.mmrace.core.spec.Prot;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.spec.Sharing;
import org.mmrace.core.strategy.Strategies;
import org.mmrace.lang.ScenarioLoader;

/**
 * The final outcomes the model allows, projected onto what a reproducer observes: the written
 * sectors of every process, the conditions' sectors, registers and written file sectors.
 */
class OutcomesTest {

    private static final String FORK_WRITER = """
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
            """;

    private static ScenarioSpec spec(String text) {
        return new ScenarioLoader().load("t.race", text).spec().orElseThrow();
    }

    private static Set<String> rendered(FinalOutcomes f) {
        return f.outcomes().stream().map(o -> o.render(f.locations())).collect(Collectors.toSet());
    }

    private static FinalOutcomes explore(String text, String strategy) throws Exception {
        return Outcomes.explore(spec(text), Strategies.builtin(strategy), ExploreOptions.defaults().withWorkers(2),
                CancellationToken.none());
    }

    @Test
    void likeForkersStillGiveEveryOutcomeWithItsOwnChildNames() throws Exception {
        // two forkers run the same fork: the run exchanges them (Symmetry), the outcomes must not: a child of
        // one is not the other's on the real kernel, so each outcome comes with its mirror (C0 and C1 swapped)
        String text = """
                scenario like-forkers
                process P
                map P.buf anon private rw pages=1 fill=A
                thread P.dio
                  dio_read buf[0].0 data=D
                thread P.w
                  store buf[0].7 data=W
                thread P.f0
                  fork C0
                thread P.f1
                  fork C1
                """;
        FinalOutcomes f = explore(text, "linux-2.6.27");
        assertTrue(f.complete());
        Set<java.util.Map<String, String>> all = f.outcomes().stream().map(o -> o.byName(f.locations()))
                .collect(Collectors.toSet());
        boolean asymmetric = false;
        for (java.util.Map<String, String> o : all) {
            java.util.Map<String, String> mirror = new java.util.TreeMap<>();
            o.forEach((k, v) -> mirror.put(k.startsWith("C0.") ? "C1." + k.substring(3)
                    : k.startsWith("C1.") ? "C0." + k.substring(3) : k, v));
            assertTrue(all.contains(mirror), // Map equality: the order of the entries does not matter
                    o + " is allowed but not its mirror " + mirror);
            asymmetric |= !mirror.equals(o);
        }
        assertTrue(asymmetric, "some outcome tells the children apart: " + all);
    }

    @Test
    void locationsAreTheWrittenSectorsOfEveryProcessThenRegistersThenFiles() {
        List<String> names = Outcomes.locations(spec(FORK_WRITER)).stream().map(OutcomeLocation::name).toList();
        assertEquals(List.of("P.buf[0].0", "P.buf[0].7", "C.buf[0].0", "C.buf[0].7"), names);
        List<String> withRegister = Outcomes.locations(spec("""
                scenario r
                process P
                map P.buf anon private rw pages=1 fill=A
                thread P.main
                  load buf[0].2-3 -> r1
                  dio_write buf[0].1 file=F
                require F[0].1 == A
                """)).stream().map(OutcomeLocation::name).toList();
        assertEquals(List.of("P.main.r1", "F[0].1"), withRegister);
    }

    @Test
    void underLinux63TheForkWriterEndsOnlyInTheFourOutcomesThatKeepTheRead() throws Exception {
        FinalOutcomes f = explore(FORK_WRITER, "linux-6.3");
        assertTrue(f.complete());
        assertEquals(Set.of(
                "P.buf[0].0=D P.buf[0].7=W C.buf[0].0=A C.buf[0].7=A",
                "P.buf[0].0=D P.buf[0].7=W C.buf[0].0=A C.buf[0].7=W",
                "P.buf[0].0=D P.buf[0].7=W C.buf[0].0=D C.buf[0].7=A",
                "P.buf[0].0=D P.buf[0].7=W C.buf[0].0=D C.buf[0].7=W"), rendered(f));
    }

    @Test
    void underLinux2627TheLostReadIsAnAllowedOutcome() throws Exception {
        Set<String> r = rendered(explore(FORK_WRITER, "linux-2.6.27"));
        assertTrue(r.contains("P.buf[0].0=A P.buf[0].7=W C.buf[0].0=D C.buf[0].7=A"), r.toString());
    }

    @Test
    void aWholePageIsRenderedAsTheFormatWritesARange() throws Exception {
        FinalOutcomes f = explore("""
                scenario page
                process P
                map P.buf anon private rw pages=1 fill=A
                thread P.main
                  store buf[0] data=F
                  store buf[0].0-1 data=D
                  load buf[0].0-3 -> r1
                """, "linux-6.3");
        assertEquals(Set.of("P.buf[0]=DDFFFFFF P.main.r1=DDFF"), f.outcomes().stream()
                .map(o -> o.renderCompact(f.locations())).collect(Collectors.toSet()));
        assertEquals(Set.of("P.buf[0].0=D P.buf[0].1=D P.buf[0].2=F P.buf[0].3=F P.buf[0].4=F P.buf[0].5=F"
                + " P.buf[0].6=F P.buf[0].7=F P.main.r1=DDFF"), rendered(f));
    }

    @Test
    void anInvalidScenarioGivesAnErrorNotAnException() throws Exception {
        // the builder bypasses the validator: the engine itself must refuse 17 pages
        ScenarioSpec big = ScenarioSpec.builder("big").process("P").map("P.buf", Sharing.PRIVATE, Prot.RW, 17, "A")
                .thread("P.main").store("buf[0].0", 'X').build();
        FinalOutcomes f = Outcomes.explore(big, Strategies.builtin("linux-6.3"), ExploreOptions.defaults(),
                CancellationToken.none());
        assertTrue(f.error().isPresent());
        assertTrue(f.error().get().message().contains("pages=17"), f.error().get().message());
    }
}
