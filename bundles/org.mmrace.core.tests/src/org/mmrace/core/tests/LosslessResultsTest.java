package org.mmrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mmrace.core.emf.ResultXmi;
import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.Explorer;
import org.mmrace.core.run.Observation;
import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.ProgressListener;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Verdict;
import org.mmrace.core.run.ViolationClass;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.trace.StateSnapshot;
import org.mmrace.model.ResultFiles;

/**
 * run -> save .raceresult -> reopen gives equal results, field by field ({@link RunResult} is a
 * record of records, so {@code equals} compares every verdict, count, statistic, violation in
 * order, condition, trace step, thread phase, register, pin count and I/O kind). On the whole
 * library under three strategies of different eras (no fix, a 2008 proposal, the 5.19+ design).
 */
class LosslessResultsTest {

    private static final List<String> STRATEGIES = List.of("linux-2.6.27", "forcecow-2008", "linux-6.3");

    @TempDir
    Path dir;

    static Stream<Path> files() throws IOException {
        return Library.files().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void savedAndReopenedResultsEqualTheRun(Path file) throws IOException {
        ScenarioSpec spec = Library.load(file);
        List<RunResult> runs = new ArrayList<>();
        for (String strategy : STRATEGIES) {
            runs.add(Runs.run(spec, strategy));
        }
        List<RunResult> reopened = saveAndLoad(spec.name(), runs);
        for (int i = 0; i < runs.size(); i++) {
            // field by field first, so a loss names the field; then the records as a whole
            assertSameFields(runs.get(i), reopened.get(i));
            assertEquals(runs.get(i), reopened.get(i), file.getFileName() + " under " + STRATEGIES.get(i));
        }
    }

    @Test
    void errorsAndIncompleteRunsKeepTheirMessageAndPlace() throws IOException {
        ScenarioSpec spec = Library.load("odirect-fork-writer.race");
        RunResult unknown = Runs.run(spec, "linux-9.99");
        RunResult cut = Explorer.explore(spec, "linux-2.6.27", new ExploreOptions(50, Duration.ofMinutes(1), 1, false),
                ProgressListener.NONE, CancellationToken.none());
        assertEquals(Verdict.ERROR, unknown.verdict());
        assertTrue(cut.incompleteReason().isPresent() || cut.verdict() == Verdict.VIOLATED, cut.toString());
        List<RunResult> reopened = saveAndLoad(spec.name(), List.of(unknown, cut));
        assertEquals(List.of(unknown, cut), reopened);
    }

    @Test
    void theDetailsVersionOneFilesLostComeBack() throws IOException {
        // what the coarser model lost: the order of condition and oracle violations, a thread's phase
        // and registers, the FOLL_PIN count, the mm's life-cycle state, the dio_read kind of a request
        RunResult run = Runs.run(Library.load("odirect-fork-writer.race"), "linux-2.6.27");
        RunResult back = saveAndLoad("odirect-fork-writer", List.of(run)).get(0);
        assertEquals(run.violations().stream().map(v -> v.key() + v.condition()).toList(),
                back.violations().stream().map(v -> v.key() + v.condition()).toList());
        assertTrue(back.violations().stream().anyMatch(v -> v.oracle() == Oracle.CONDITION
                && v.violationClass() == ViolationClass.REQUIRE_FAILED), back.violations().toString());
        StateSnapshot last = back.violations().get(0).trace().last();
        assertEquals(run.violations().get(0).trace().last().threads(), last.threads());
        assertTrue(last.threads().stream().anyMatch(t -> !t.phase().isEmpty()), last.threads().toString());
        assertTrue(back.violations().get(0).trace().steps().stream().flatMap(s -> s.after().ios().stream())
                .anyMatch(io -> io.kind().equals("dio_read")), "the dio_read request is in the trace");
    }

    @Test
    void aVersionOneFileStillOpens() throws IOException {
        // written by mmrace before results were lossless (no version attribute)
        String xmi = """
                <?xml version="1.0" encoding="UTF-8"?>
                <result:ResultFile xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:result="http://www.mmrace.org/model/result/1.0" xmlns:state="http://www.mmrace.org/model/state/1.0"
                    scenarioFile="odirect-fork-writer.race" scenarioName="odirect-fork-writer">
                  <results scenarioName="odirect-fork-writer" strategy="linux-2.6.27" verdict="violated" unnecessaryCows="1">
                    <conditions label="lands" kind="require" text="P.buf[0].0 == D" line="14" observation="Sometimes"
                        positive="11" negative="3">
                      <trace><initialState/><steps index="1" thread="P.forker" operation="fork C" operationLine="9"
                          operationColumn="3" label="copy_one_pte: wrprotect parent pte">
                        <locksHeld lock="mmap_sem(P)" mode="write" holder="P.forker"/>
                        <state><mms process="P"/><finishedThreads>P.forker</finishedThreads></state></steps></trace>
                    </conditions>
                    <violations oracle="isolation" violationClass="wrong-COW" process="P" address="P.buf[0].0"
                        expected="D" seen="A" message="the DMA landed in the child's page"/>
                    <statistics states="1234" transitions="5678" finalStates="14" millis="42"/>
                  </results>
                </result:ResultFile>
                """;
        Path file = dir.resolve("old.raceresult");
        Files.writeString(file, xmi, StandardCharsets.UTF_8);
        RunResult r = ResultXmi.fromEmf(ResultFiles.load(file)).get(0);
        assertEquals(Verdict.VIOLATED, r.verdict());
        assertEquals(Observation.SOMETIMES, r.conditions().get(0).observation());
        assertEquals(14, r.conditions().get(0).pos().line());
        assertEquals(List.of("condition/require failed", "isolation/wrong cow"),
                r.violations().stream().map(v -> v.key()).toList());
        assertEquals(List.of("mmap_sem(P) write by P.forker"),
                r.violations().get(0).trace().steps().get(0).locksHeld());
        assertEquals(1234, r.stats().states());
    }

    private List<RunResult> saveAndLoad(String name, List<RunResult> runs) throws IOException {
        Path file = dir.resolve(name + "." + ResultFiles.EXTENSION);
        ResultFiles.save(ResultXmi.toEmf(name + ".race", name, runs, Map.of()), file);
        return ResultXmi.fromEmf(ResultFiles.load(file));
    }

    /** The top-level fields one by one, so that a failure says which one was lost. */
    private static void assertSameFields(RunResult a, RunResult b) {
        String who = a.scenario() + " under " + a.strategy();
        assertEquals(a.verdict(), b.verdict(), who + ": verdict");
        assertEquals(a.stats(), b.stats(), who + ": stats");
        assertEquals(a.unnecessaryCows(), b.unnecessaryCows(), who + ": unnecessary COWs");
        assertEquals(a.conditions(), b.conditions(), who + ": conditions");
        assertEquals(a.violations().size(), b.violations().size(), who + ": violations");
        for (int v = 0; v < a.violations().size(); v++) {
            var va = a.violations().get(v);
            var vb = b.violations().get(v);
            assertEquals(va.key(), vb.key(), who + ": violation " + v);
            assertEquals(va.message(), vb.message(), who + ": message of violation " + v);
            assertEquals(va.trace().initial(), vb.trace().initial(), who + ": initial state of violation " + v);
            for (int s = 0; s < va.trace().steps().size(); s++) {
                assertEquals(va.trace().steps().get(s), vb.trace().steps().get(s),
                        who + ": step " + (s + 1) + " of violation " + v);
            }
        }
        assertEquals(a.witness(), b.witness(), who + ": witness");
        assertEquals(a.error(), b.error(), who + ": error");
        assertEquals(a.incompleteReason(), b.incompleteReason(), who + ": incomplete reason");
    }
}
