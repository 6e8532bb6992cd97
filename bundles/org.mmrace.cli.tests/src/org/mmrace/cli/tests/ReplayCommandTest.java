package org.mmrace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code mmrace replay FILE --from A --under B}: the departure and what B finds from there. */
class ReplayCommandTest {

    private static final String SEED = Cli.scenario("odirect-fork-writer.race").toString();

    @Test
    void replayPrintsBothSchedulesTheDepartureAndTheOtherRouteWithinTheWidth() {
        Cli r = Cli.run("replay", SEED, "--from", "linux-2.6.27", "--under", "forcecow-2008");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("under linux-2.6.27:\nP.dio"), r.toString());
        String flat = r.out().replaceAll("\\s+", " "); // the lines are wrapped to the width
        assertTrue(flat.contains("=> forcecow-2008 departs at step 5: P.forker takes another branch in fork C:"
                + " copy_one_pte: count 3 != mapcount 2"), r.toString());
        assertTrue(flat.contains("forcecow-2008 reaches isolation/missed cow by another route:"), r.toString());
        for (String line : r.out().lines().toList()) {
            assertTrue(line.length() <= 75, "wider than 75: [" + line + "]");
            assertFalse(line.contains("\t"), "a tab: [" + line + "]");
        }
    }

    @Test
    void blockedStepNamesTheLockAndJsonCarriesIt() throws Exception {
        Cli r = Cli.run("replay", SEED, "--from", "linux-2.6.27", "--under", "dio-pagelock-2008", "--json");
        assertEquals(0, r.exit(), r.toString());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals("blocked", doc.at("/departure/kind").asText());
        assertEquals(5, doc.at("/departure/step").asInt());
        assertEquals("PG_locked(page#1) by io0", doc.at("/departure/waitsFor/0").asText());
        assertEquals("holds", doc.at("/continuation/verdict").asText());
        assertEquals("isolation/missed cow", doc.at("/replayed/key").asText());
        assertEquals(8, doc.at("/replayed/steps").size());
    }

    @Test
    void badRequestsAreBadInputWithAMessage() {
        Cli none = Cli.run("replay", SEED, "--from", "linux-6.3", "--under", "linux-2.6.27");
        assertEquals(2, none.exit(), none.toString());
        assertTrue(none.err().contains("has no counterexample under linux-6.3 (holds): nothing to replay"), none.toString());
        Cli number = Cli.run("replay", SEED, "--from", "linux-2.6.27", "--under", "linux-6.3", "--violation", "7");
        assertEquals(2, number.exit(), number.toString());
        assertTrue(number.err().contains("--violation must be between 1 and 3 (1 = isolation/missed cow"), number.toString());
        Cli unknown = Cli.run("replay", SEED, "--from", "linux-2.6.27", "--under", "linux-9.9");
        assertEquals(2, unknown.exit(), unknown.toString());
        assertTrue(unknown.err().contains("linux-9.9"), unknown.toString());
        assertFalse(unknown.err().contains("Exception"), unknown.toString());
    }
}
