package org.mmrace.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmrace.model.ResultFiles;
import org.mmrace.model.result.ConditionResult;
import org.mmrace.model.result.Observation;
import org.mmrace.model.result.Oracle;
import org.mmrace.model.result.ResultFactory;
import org.mmrace.model.result.ResultFile;
import org.mmrace.model.result.RunResult;
import org.mmrace.model.result.Statistics;
import org.mmrace.model.result.Verdict;
import org.mmrace.model.result.Violation;
import org.mmrace.model.result.ViolationClass;
import org.mmrace.model.scenario.ConditionKind;
import org.mmrace.model.state.LockHeld;
import org.mmrace.model.state.Mm;
import org.mmrace.model.state.MmState;
import org.mmrace.model.state.Page;
import org.mmrace.model.state.Pin;
import org.mmrace.model.state.PinKind;
import org.mmrace.model.state.Pte;
import org.mmrace.model.state.StateFactory;
import org.mmrace.model.state.Trace;
import org.mmrace.model.state.TraceStep;
import org.mmrace.model.state.Vma;

class ResultXmiRoundTripTest {

  @TempDir
  Path dir;

  @Test
  void resultFileWithTracesSurvivesSaveAndLoad() throws IOException {
    ResultFile file = ResultFactory.eINSTANCE.createResultFile();
    file.setScenarioFile("scenarios/odirect-fork-writer.race");
    file.setScenarioName("odirect-fork-writer");
    file.getResults().add(result("linux-2.6.27", Verdict.VIOLATED));
    file.getResults().add(result("linux-5.19", Verdict.HOLDS));

    Path saved = dir.resolve("out." + ResultFiles.EXTENSION);
    ResultFiles.save(file, saved);
    ResultFile loaded = ResultFiles.load(saved);

    assertNotSame(file, loaded);
    assertTrue(EcoreUtil.equals(file, loaded), "the reloaded results equal the saved ones");
    RunResult first = loaded.getResults().get(0);
    assertEquals(Verdict.VIOLATED, first.getVerdict());
    assertEquals(ViolationClass.WRONG_COW, first.getViolations().get(0).getViolationClass());
    assertEquals("wrong-COW", first.getViolations().get(0).getViolationClass().getLiteral());
    assertEquals("copy_one_pte: wrprotect parent pte", first.getWitness().getSteps().get(0).getLabel());
    assertEquals(List.of("page#1 count 2->3"), first.getWitness().getSteps().get(0).getChanges());
    assertEquals("AAAAAAAA", first.getWitness().getSteps().get(0).getState().getPages().get(0).getContent());
    assertEquals(List.of("out." + ResultFiles.EXTENSION), listing());
  }

  @Test
  void failedSaveLeavesNoFileBehind() throws IOException {
    ResultFile file = ResultFactory.eINSTANCE.createResultFile();
    Path missingDirectory = dir.resolve("no/such/dir/out.raceresult");
    try {
      ResultFiles.save(file, missingDirectory);
    } catch (IOException expected) {
      // the directory does not exist
    }
    assertEquals(List.of(), listing());
  }

  private List<String> listing() throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static RunResult result(String strategy, Verdict verdict) {
    RunResult result = ResultFactory.eINSTANCE.createRunResult();
    result.setScenarioName("odirect-fork-writer");
    result.setStrategy(strategy);
    result.setVerdict(verdict);
    result.setUnnecessaryCows(1);
    ConditionResult condition = ResultFactory.eINSTANCE.createConditionResult();
    condition.setKind(ConditionKind.REQUIRE);
    condition.setLabel("the O_DIRECT read lands in the reader's memory");
    condition.setText("P.buf[0].0 == D");
    condition.setObservation(Observation.SOMETIMES);
    condition.setPositive(11);
    condition.setNegative(3);
    result.getConditions().add(condition);
    Violation violation = ResultFactory.eINSTANCE.createViolation();
    violation.setOracle(Oracle.ISOLATION);
    violation.setViolationClass(ViolationClass.WRONG_COW);
    violation.setProcess("P");
    violation.setAddress("P.buf[0].0");
    violation.setExpected("D");
    violation.setSeen("A");
    violation.setMessage("the DMA landed in the page only the child maps");
    violation.setTrace(trace());
    result.getViolations().add(violation);
    Statistics statistics = ResultFactory.eINSTANCE.createStatistics();
    statistics.setStates(1234);
    statistics.setTransitions(5678);
    statistics.setMillis(42);
    result.setStatistics(statistics);
    result.setWitness(trace());
    return result;
  }

  private static Trace trace() {
    StateFactory f = StateFactory.eINSTANCE;
    Trace trace = f.createTrace();
    TraceStep step = f.createTraceStep();
    step.setIndex(0);
    step.setThread("P.forker");
    step.setOperation("fork C");
    step.setOperationLine(9);
    step.setOperationColumn(3);
    step.setLabel("copy_one_pte: wrprotect parent pte");
    LockHeld lock = f.createLockHeld();
    lock.setLock("mmap_sem(P)");
    lock.setMode("write");
    lock.setHolder("P.forker");
    step.getLocksHeld().add(lock);
    step.getChanges().add("page#1 count 2->3");
    MmState state = f.createMmState();
    Mm mm = f.createMm();
    mm.setProcess("P");
    Vma vma = f.createVma();
    vma.setRegion("buf");
    vma.setPageCount(1);
    vma.setMaywrite(true);
    Pte pte = f.createPte();
    pte.setPresent(true);
    pte.setPfn(1);
    vma.getPtes().add(pte);
    mm.getVmas().add(vma);
    state.getMms().add(mm);
    Page page = f.createPage();
    page.setPfn(1);
    page.setCount(3);
    page.setMapcount(2);
    page.setAnon(true);
    page.setContent("AAAAAAAA");
    state.getPages().add(page);
    Pin pin = f.createPin();
    pin.setName("dio");
    pin.setPfn(1);
    pin.setKind(PinKind.FOLL_GET);
    state.getPins().add(pin);
    step.setState(state);
    trace.getSteps().add(step);
    return trace;
  }
}
