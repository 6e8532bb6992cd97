package org.mmrace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The scenario library is the regression suite of the engine's fidelity: `mmrace run scenarios`
 * must meet every `expect` line of every file (each justified in the file's `about` and in
 * docs/scenarios.md). This is what CI runs, through `./mvnw verify`.
 */
class ScenarioLibraryTest {

    @Test
    void everyExpectationOfTheLibraryIsMet() {
        Cli r = Cli.run("run", Cli.SCENARIOS.toString());
        String summary = r.out().lines().filter(l -> l.contains("expectations:")).findFirst().orElse("(no summary)");
        StringBuilder unmet = new StringBuilder();
        r.out().lines().filter(l -> l.contains("(EXPECTED ")).forEach(l -> unmet.append(l).append('\n'));
        assertEquals(0, r.exit(), summary + "\n" + unmet + r.err());
        assertTrue(summary.matches("\\d+ results; expectations: \\d+ met, 0 not met"), summary);
        int files = (int) r.out().lines().filter(l -> l.startsWith("Test ") && l.contains(" linux-2.6.27 ")).count();
        assertTrue(files >= 20, "the library should hold at least 20 scenarios, found " + files);
    }
}
