package org.mmrace.export.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.Explorer;
import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.ProgressListener;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Violation;
import org.mmrace.core.run.ViolationClass;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.lang.ScenarioLoader;

class PatchDiagramTest {

    private static RunResult run(String file, String strategy) {
        ScenarioSpec spec = new ScenarioLoader().load(Path.of("../../scenarios", file)).spec().orElseThrow();
        return Explorer.explore(spec, strategy, ExploreOptions.defaults().withWorkers(1), ProgressListener.NONE,
                CancellationToken.none());
    }

    private static Violation wrongCow() {
        return run("odirect-fork-writer.race", "linux-2.6.27").violation(Oracle.ISOLATION, ViolationClass.WRONG_COW)
                .orElseThrow(() -> new AssertionError("the seed race must lose the DIO read under 2.6.27"));
    }

    @Test
    void seedCounterexampleReadsAsAKernelPatchDiagram() {
        Violation v = wrongCow();
        String text = new PatchDiagram(75).render(v.trace(), Optional.of(v));
        List<String> lines = text.lines().toList();
        // Header: the scenario's thread names, underlined, lanes in order of first appearance.
        assertTrue(lines.get(0).startsWith("P.dio "), text);
        assertTrue(lines.get(0).contains("P.forker") && lines.get(0).contains("P.writer") && lines.get(0).endsWith("device"), text);
        assertEquals(lines.get(0).replaceAll("\\S", "-").stripTrailing(), lines.get(1), "underline matches the names");
        // The steps that make the bug, in kernel words, in the order that loses the read.
        int gup = text.indexOf("gup_fast: get_page page#1");
        int wrprotect = text.indexOf("copy_one_pte: wrprotect parent pte");
        int copy = text.indexOf("do_wp_page: alloc_page page#2");
        int dma = text.indexOf("DMA writes D into page#1");
        assertTrue(gup >= 0 && gup < wrprotect && wrprotect < copy && copy < dma, text);
        assertTrue(text.contains("// P.buf[0] pte ro page#1 -> rw page#2"), text);
        assertTrue(text.strip().endsWith("longer maps (wrong COW)"), text);
    }

    @ParameterizedTest
    @ValueSource(ints = { 40, 50, 60, 75, 100 })
    void everyLineFitsTheWidthAndHasNoTabs(int width) {
        Violation v = wrongCow();
        for (String line : new PatchDiagram(width).render(v.trace(), Optional.of(v)).lines().toList()) {
            assertTrue(line.length() <= width, width + ": [" + line + "]");
            assertFalse(line.contains("\t"));
            assertEquals(line.stripTrailing(), line, "trailing spaces: [" + line + "]");
        }
    }

    @Test
    void tooManyLanesForTheWidthFallBackToALabelledList() {
        Violation v = wrongCow();
        String text = new PatchDiagram(40).render(v.trace(), Optional.of(v));
        // 4 lanes need 3 x 8 columns of step + 20 of room: at 40 columns the list layout is used.
        assertTrue(text.startsWith("P.dio: dio_read buf[0].0 data=D"), text);
        assertTrue(text.lines().allMatch(l -> l.length() <= 40), text);
    }

    @Test
    void narrowerThanFortyIsRefused() {
        try {
            new PatchDiagram(39);
        } catch (IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError("39 columns accepted");
    }

    @Test
    void wrapBreaksWordsLongerThanTheRoom() {
        assertEquals(List.of("abc", "defgh", "ij k"), PatchDiagram.wrap("abc defghij k", 5));
    }
}
