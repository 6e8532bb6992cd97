package org.mmrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.spec.ExpectSpec;
import org.mmrace.core.spec.ScenarioSpec;

/**
 * Every {@code expect} line of the scenario library, through the engine alone (the command line's
 * {@code ./mmrace run scenarios} checks the same through the product). The expectations were derived
 * by hand from the semantics, each with its reason in the file and in docs/scenarios.md; the engine
 * must reach them by exploring, so a wrong kernel path shows up here as a changed verdict.
 */
class LibraryTest {

    static Stream<Path> files() throws IOException {
        return Library.files().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyExpectationOfTheFileIsMet(Path file) {
        ScenarioSpec spec = Library.load(file);
        assertFalse(spec.expectations().isEmpty(), file + " has no expect line");
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> got = new LinkedHashMap<>();
        for (ExpectSpec e : spec.expectations()) {
            RunResult r = Runs.run(spec, e.strategy());
            expected.put(e.strategy(), e.outcome().name());
            got.put(e.strategy(), r.verdict().name());
        }
        assertEquals(expected, got, file.getFileName().toString());
    }

    @org.junit.jupiter.api.Test
    void theLibraryIsWhereTheTestsLookForIt() throws IOException {
        // the working directory of the tests is the test bundle's folder; the library had 23 files
        // when this test was written and only grows
        int n = Library.files().size();
        org.junit.jupiter.api.Assertions.assertTrue(n >= 23, Library.DIR + " holds " + n + " .race files");
    }
}
