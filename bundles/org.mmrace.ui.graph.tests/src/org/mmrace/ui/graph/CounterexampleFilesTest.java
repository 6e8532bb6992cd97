package org.mmrace.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mmrace.core.emf.ResultXmi;
import org.mmrace.core.run.RunResult;
import org.mmrace.export.diagram.PatchDiagram;
import org.mmrace.export.mm.CounterexampleExport;
import org.mmrace.model.ResultFiles;
import org.mmrace.ui.graph.internal.wizards.CounterexampleFiles;

/** The export wizard's headless part on a saved .raceresult: the same files as from the runs themselves. */
class CounterexampleFilesTest {

    @Test
    void aSavedResultFileExportsEveryCounterexampleExactlyAsTheRunsItHolds() throws Exception {
        Path tmp = Files.createTempDirectory("mmrace-export");
        // SEMANTICS: 2.6.27 loses the O_DIRECT read (isolation and the require fail); brlock-2008 copies for
        // the child at fork when count != mapcount, so it holds and has no counterexample.
        List<RunResult> runs = List.of(Seed.run("linux-2.6.27"), Seed.run("brlock-2008"));
        Path saved = tmp.resolve("odirect-fork-writer.raceresult");
        ResultFiles.save(ResultXmi.toEmf("odirect-fork-writer.race", "odirect-fork-writer", runs, Map.of()), saved);
        assertTrue(CounterexampleFiles.isResultFile(saved));
        assertFalse(CounterexampleFiles.isResultFile(Seed.FILE));

        EnumSet<CounterexampleExport.Format> all = EnumSet.allOf(CounterexampleExport.Format.class);
        CounterexampleFiles.Outcome fromFile = CounterexampleFiles.write(CounterexampleFiles.load(saved), all,
                tmp.resolve("from-file"));
        List<Path> direct = new CounterexampleExport(all, PatchDiagram.DEFAULT_WIDTH).writeAll(runs.get(0),
                tmp.resolve("direct"));

        assertEquals(List.of("brlock-2008: holds, no counterexample"), fromFile.problems());
        // The file keeps the violations in another order (conditions first), so the numbers in the names
        // differ; the files per violation are the same.
        Map<String, Path> byKey = new java.util.TreeMap<>();
        fromFile.written().forEach(p -> byKey.put(unnumbered(p), p));
        assertEquals(direct.size(), fromFile.written().size());
        assertEquals(direct.stream().map(CounterexampleFilesTest::unnumbered).sorted().toList(),
                List.copyOf(byKey.keySet()));
        assertTrue(direct.size() >= runs.get(0).violations().size() * all.size(), direct.toString());
        for (Path d : direct) {
            String name = unnumbered(d);
            Path f = byKey.get(name);
            if (name.contains("-condition-")) {
                // The result file keeps a failed condition's text, not the engine's message (label and the
                // value seen), so only the interleaving above the "=>" line is the same.
                if (name.endsWith(".txt")) {
                    assertEquals(interleaving(Files.readString(d)), interleaving(Files.readString(f)), name);
                }
                assertTrue(Files.size(f) > 0, name);
            } else if (name.endsWith(".txt") || name.endsWith(".dot") || name.endsWith(".svg")) {
                assertEquals(Files.readString(d), Files.readString(f), name);
            } else if (name.endsWith(".json")) {
                // The result model keeps an I/O's kind as read/write and no FOLL_GET/FOLL_PIN ref
                // (model IoKind), so only those snapshot fields may differ; every step is the same.
                assertEquals(withoutIoKinds(Files.readString(d)), withoutIoKinds(Files.readString(f)), name);
            } else {
                assertTrue(Files.size(f) > 0, name);
            }
        }
    }

    private static List<String> interleaving(String diagram) {
        List<String> lines = diagram.lines().toList();
        int end = 0;
        while (end < lines.size() && !lines.get(end).startsWith("=>")) {
            end++;
        }
        assertTrue(end > 2 && end < lines.size(), diagram);
        return lines.subList(0, end);
    }

    private static List<String> withoutIoKinds(String json) {
        return json.lines().filter(l -> !l.contains("\"kind\"") && !l.contains("\"ref\"")).toList();
    }

    private static String unnumbered(Path file) {
        return file.getFileName().toString().replaceFirst("-\\d+-", "-");
    }
}
