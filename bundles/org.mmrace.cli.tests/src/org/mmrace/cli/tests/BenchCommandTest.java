package org.mmrace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code mmrace bench}: the options that pick runs and bound them, on a small family size. */
class BenchCommandTest {

    private static java.util.List<String> runLines(Cli r) {
        return r.out().lines().filter(l -> l.startsWith("writers=")).toList();
    }

    @Test
    void compactOnlyRunsTheCompactedReducedRunAlone() {
        Cli r = Cli.run("bench", "--size", "2/2/1", "--compact-only", "--minutes", "1", "--workers", "1");
        assertEquals(0, r.exit(), r.toString());
        var lines = runLines(r);
        assertEquals(1, lines.size(), r.toString());
        // the family's reduced size (docs/performance.md): 9,973 states with both reductions
        assertTrue(lines.get(0).matches("writers=2 pages=2 forks=1 compact +distinct=9973 .* omission<=.*"),
                lines.get(0));
        assertTrue(r.out().contains("reduced only: no runs without the reductions"), r.toString());
    }

    @Test
    void reducedOnlyRunsExactAndCompactedWithTheReductions() {
        Cli r = Cli.run("bench", "--size", "2/2/1", "--reduced-only", "--workers", "1");
        assertEquals(0, r.exit(), r.toString());
        var lines = runLines(r);
        assertEquals(2, lines.size(), r.toString());
        assertTrue(lines.get(0).contains(" reduced ") && lines.get(1).contains(" compact "), r.toString());
    }

    @Test
    void fullBoundCountsTheFullSpaceFromBelowWhereItIsNotRun() {
        Cli r = Cli.run("bench", "--size", "2/2/1", "--compact-only", "--full-bound", "--minutes", "1", "--workers",
                "1");
        assertEquals(0, r.exit(), r.toString());
        var lines = runLines(r);
        assertEquals(3, lines.size(), r.toString());
        // the bitstate search ends on this size: it counts the 35,757 states of the search without reduction
        assertTrue(lines.get(1).matches("writers=2 pages=2 forks=1 bitstate distinct>=35757 transitions=85183 .*"
                + "\\(searched to the end\\)"), lines.get(1));
        assertTrue(lines.get(2).startsWith("writers=2 pages=2 forks=1 reduced/full<=0.2789 (at least 3.6x fewer"),
                lines.get(2));
    }

    @Test
    void tracesCountWhatAnOptimalDporWouldRunAgainstTheStoredStates() {
        Cli r = Cli.run("bench", "--size", "2/2/1", "--reduced-only", "--traces", "--minutes", "1", "--workers", "1");
        assertEquals(0, r.exit(), r.toString());
        var lines = runLines(r);
        assertEquals(4, lines.size(), r.toString());
        var m = java.util.regex.Pattern.compile("writers=2 pages=2 forks=1 traces interleavings=(\\d+) footprint=(\\d+)"
                + " \\((\\d+)% of co-enabled steps commute\\) commuting=(\\d+) \\((\\d+)% of co-enabled steps commute\\)"
                + " terminal-states=(\\d+) depth=\\d+ time=\\d+ms").matcher(lines.get(2));
        assertTrue(m.matches(), lines.get(2));
        long interleavings = Long.parseLong(m.group(1));
        long footprint = Long.parseLong(m.group(2));
        long commuting = Long.parseLong(m.group(4));
        long terminals = Long.parseLong(m.group(6));
        assertTrue(interleavings > footprint && footprint > commuting && commuting >= terminals, lines.get(2));
        assertTrue(Integer.parseInt(m.group(5)) >= Integer.parseInt(m.group(3)), lines.get(2));
        assertTrue(lines.get(3).startsWith("writers=2 pages=2 forks=1 an optimal DPOR runs " + commuting
                + " executions of up to "), lines.get(3));
        assertTrue(lines.get(3).matches(".* would store about \\d+ \\(stored/ideal=\\d+\\.\\d\\)"), lines.get(3));
    }

    @Test
    void badBenchOptionsExitTwoWithAMessage() {
        Cli zero = Cli.run("bench", "--size", "2/2/1", "--minutes", "0");
        assertEquals(2, zero.exit(), zero.toString());
        assertTrue(zero.err().contains("--minutes must be positive"), zero.toString());
        Cli both = Cli.run("bench", "--size", "2/2/1", "--compact-only", "--no-reduction");
        assertEquals(2, both.exit(), both.toString());
        assertTrue(both.err().contains("--no-reduction excludes"), both.toString());
    }
}
