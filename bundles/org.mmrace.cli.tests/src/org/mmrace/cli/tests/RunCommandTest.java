package org.mmrace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void seedRaceUnder2627IsViolatedAsItsFileExpectsAndPrintsHerdObservations() {
        // docs/semantics.md 2.6.27: gup_fast takes the DIO reference, fork write-protects the page, the
        // writer's fault copies (mapcount 2), the DMA lands in the page only the child maps.
        Cli r = Cli.run("run", Cli.scenario("odirect-fork-writer.race").toString(), "--strategy", "linux-2.6.27");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("Test odirect-fork-writer linux-2.6.27 violated (as expected)"), r.toString());
        assertTrue(r.out().contains(
                "Observation odirect-fork-writer linux-2.6.27 \"the O_DIRECT read lands in the reader's memory\" Sometimes "),
                r.toString());
        assertTrue(r.out().contains("Violation odirect-fork-writer linux-2.6.27 isolation/wrong cow"), r.toString());
        assertTrue(r.out().contains("=> isolation/wrong cow: P.buf[0].0 expected D, saw A"), r.toString());
    }

    @Test
    void seedRaceHoldsUnderBrlockWhichCopiesForTheChild() {
        // brlock-2008: gup_fast runs under br_read_lock; fork under br_write_lock sees count != mapcount
        // for the page under DIO and gives the child a copy, leaving the parent's pte writable.
        Cli r = Cli.run("run", Cli.scenario("odirect-fork-writer.race").toString(), "-s", "brlock-2008");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("Test odirect-fork-writer brlock-2008 holds"), r.toString());
        assertFalse(r.out().contains("Violation"), r.toString());
    }

    @Test
    void unmetExpectationExitsOneAndPointsAtTheExpectLine() throws IOException {
        Path f = dir.resolve("wrong.race");
        Files.writeString(f, Files.readString(Cli.scenario("odirect-fork-writer.race"))
                .replaceAll("(?m)^expect .*$", "") + "expect linux-2.6.27 holds\n");
        int line = (int) Files.readString(f).lines().count();
        Cli r = Cli.run("run", f.toString(), "-s", "linux-2.6.27");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("(EXPECTED holds)"), r.toString());
        assertTrue(r.err().contains(f + ":" + line + ":"), r.toString());
        assertTrue(r.err().contains("expectation not met: linux-2.6.27 expected holds, got violated"), r.toString());
    }

    @Test
    void saveWritesTheResultFileTheWorkbenchReopens() throws Exception {
        Path f = dir.resolve("seed.race");
        Files.copy(Cli.scenario("odirect-fork-writer.race"), f);
        Cli r = Cli.run("run", f.toString(), "-s", "linux-2.6.27,brlock-2008", "--save");
        assertEquals(0, r.exit(), r.toString());
        Path saved = dir.resolve("seed.raceresult");
        assertTrue(Files.exists(saved), r.toString());
        var results = org.mmrace.core.emf.ResultXmi.fromEmf(org.mmrace.model.ResultFiles.load(saved));
        assertEquals(2, results.size());
        assertEquals("VIOLATED", results.get(0).verdict().name());
        assertEquals("HOLDS", results.get(1).verdict().name());
        assertFalse(results.get(0).violations().isEmpty());
    }

    @Test
    void compactRunSaysProbabilisticAndPrintsItsOmissionProbability() {
        Cli r = Cli.run("run", Cli.scenario("odirect-fork-writer.race").toString(), "-s", "linux-2.6.27", "--compact");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("Test odirect-fork-writer linux-2.6.27 violated (probabilistic: hash compaction,"
                + " omission probability <= "), r.toString());
        Cli j = Cli.run("run", "--json", Cli.scenario("odirect-fork-writer.race").toString(), "-s", "linux-2.6.27",
                "--compact");
        assertTrue(j.out().contains("\"probabilistic\": true"), j.toString());
        assertTrue(j.out().contains("\"omissionProbability\""), j.toString());
    }

    @Test
    void noReductionGivesTheSameVerdictAndObservationsAndSaysSo() {
        Cli reduced = Cli.run("run", Cli.scenario("odirect-fork-writer.race").toString(), "-s", "linux-2.6.27");
        Cli full = Cli.run("run", Cli.scenario("odirect-fork-writer.race").toString(), "-s", "linux-2.6.27",
                "--no-reduction");
        assertEquals(0, full.exit(), full.toString());
        assertTrue(full.out().contains(", no reduction"), full.toString());
        assertTrue(reduced.out().contains(", reduction: "), reduced.toString());
        assertTrue(reduced.out().contains(", symmetry: page frames and like threads up to renaming"), reduced.toString());
        // the same observations; the counts of the default run are up to the renaming of page frames
        assertEquals(observations(reduced.out()), observations(full.out()));
        assertEquals(lines(reduced.out(), "Test "), lines(full.out(), "Test "));
        Cli noSymmetry = Cli.run("run", Cli.scenario("odirect-fork-writer.race").toString(), "-s", "linux-2.6.27",
                "--no-symmetry");
        assertEquals(0, noSymmetry.exit(), noSymmetry.toString());
        assertTrue(noSymmetry.out().contains(", reduction: ") && !noSymmetry.out().contains("symmetry"),
                noSymmetry.toString());
        // the partial-order reduction alone keeps every final state: the counts are those of the full run
        assertEquals(lines(noSymmetry.out(), "Observation "), lines(full.out(), "Observation "));
        Cli j = Cli.run("run", "--json", Cli.scenario("odirect-fork-writer.race").toString(), "-s", "linux-2.6.27",
                "--no-reduction");
        assertTrue(j.out().contains("\"asked\": false"), j.toString());
        assertTrue(j.out().contains("\"symmetry\": false"), j.toString());
        assertTrue(j.out().contains("\"probabilistic\": false"), j.toString());
        Cli jd = Cli.run("run", "--json", Cli.scenario("odirect-fork-writer.race").toString(), "-s", "linux-2.6.27");
        assertTrue(jd.out().contains("\"symmetry\": true"), jd.toString());
        Cli jn = Cli.run("run", "--json", Cli.scenario("odirect-fork-writer.race").toString(), "-s", "linux-2.6.27",
                "--no-symmetry");
        assertTrue(jn.out().contains("\"asked\": true") && jn.out().contains("\"symmetry\": false"), jn.toString());
    }

    /** The Observation lines without their counts. */
    private static java.util.List<String> observations(String out) {
        return lines(out, "Observation ").stream().map(l -> l.replaceFirst(" \\d+ \\d+$", "")).toList();
    }

    private static java.util.List<String> lines(String out, String prefix) {
        return out.lines().filter(l -> l.startsWith(prefix)).toList();
    }

    @Test
    void stateLimitGivesIncompleteAndExitThree() {
        Cli r = Cli.run("run", Cli.scenario("odirect-fork-writer.race").toString(), "-s", "brlock-2008", "--max-states", "3");
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.out().contains("Test odirect-fork-writer brlock-2008 incomplete"), r.toString());
    }

    @Test
    void directoryRunsEveryRaceFileRecursively() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("a/b"));
        Files.copy(Cli.scenario("odirect-fork-writer.race"), sub.resolve("one.race"));
        Files.copy(Cli.scenario("ksm-odirect.race"), dir.resolve("two.race"));
        Files.writeString(dir.resolve("ignored.txt"), "not a scenario");
        Cli r = Cli.run("run", dir.toString(), "-s", "linux-2.6.27");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("Test odirect-fork-writer linux-2.6.27"), r.toString());
        assertTrue(r.out().contains("Test ksm-odirect linux-2.6.27"), r.toString());
        assertTrue(r.out().contains("2 results; expectations: 2 met, 0 not met"), r.toString());
    }

    @Test
    void fileDefinedStrategyRunsByDefaultAndByName() throws IOException {
        Path f = dir.resolve("mine.race");
        Files.writeString(f, Files.readString(Cli.scenario("odirect-fork-writer.race")).replaceAll("(?m)^expect .*$", "")
                + "strategy mine = linux-2.6.27 with gup_fast.guard=brlock fork.pinned=copy\nexpect mine holds\n");
        Cli r = Cli.run("run", f.toString(), "-s", "mine");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("Test odirect-fork-writer mine holds (as expected)"), r.toString());
    }

    @Test
    void strategiesListsEveryBuiltIn() {
        Cli r = Cli.run("strategies");
        assertEquals(0, r.exit(), r.toString());
        for (String id : new String[] { "linux-2.6.27", "forcecow-2008", "forcecow-2008-fixed", "brlock-2008",
            "gupfast-mmapsem-2008", "dio-pagelock-2008", "pg-gup-2009", "dontcow-2009", "linux-2.6.38", "linux-5.8",
            "linux-5.9", "linux-5.11", "linux-5.18", "linux-5.19", "linux-6.3", "linux-6.15", "linux-6.18" }) {
            assertTrue(r.out().lines().anyMatch(id::equals), id + " missing:\n" + r);
        }
        Cli knobs = Cli.run("strategies", "--knobs");
        assertTrue(knobs.out().contains("gup_fast.guard = irqs-off | brlock"), knobs.toString());
    }

    @Test
    void formatPrintsTheCanonicalFormAndCheckAcceptsTheLibrary() {
        Cli f = Cli.run("format", Cli.scenario("odirect-fork-writer.race").toString());
        assertEquals(0, f.exit(), f.toString());
        assertTrue(f.out().startsWith("scenario odirect-fork-writer\n"), f.toString());
        Cli c = Cli.run("check", Cli.SCENARIOS.toString());
        assertEquals(0, c.exit(), c.toString());
        assertFalse(c.out().contains("error"), c.toString());
    }

    @Test
    void everySubcommandHasHelp() {
        for (String sub : new String[] { "run", "check", "format", "strategies", "export" }) {
            Cli r = Cli.run(sub, "--help");
            assertEquals(0, r.exit(), r.toString());
            assertTrue(r.out().contains("Usage: mmrace " + sub), r.toString());
        }
    }
}
