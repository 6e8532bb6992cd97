package org.mmrace.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mmrace.lang.BuiltinStrategyCatalog;
import org.mmrace.lang.Race;
import org.mmrace.lang.StrategyCatalog;

class ValidatorTest {

  private static final String HEADER = """
      scenario s
      process P
      map P.buf anon private rw pages=2 fill=A
      """;

  private static List<String> check(String body) {
    return Fixtures.messages(Fixtures.check(HEADER + body));
  }

  @Test
  void duplicateNamesAreErrors() {
    assertEquals(List.of(
        "4:1: error: duplicate process 'P' (the first is at line 2)",
        "5:1: error: duplicate region 'P.buf' (the first is at line 3)",
        "8:3: error: duplicate process 'P': it is declared (the first is at line 2)",
        "9:1: error: duplicate thread 'P.t' (the first is at line 6)"),
        check("process P\nmap P.buf anon shared ro\nthread P.t\n  store buf[0] data=B\n  fork P\nthread P.t\n"));
  }

  @Test
  void undefinedPinPipeIoAndEventAreReported() {
    assertEquals(List.of(
        "6:3: error: undefined pin 'pin2': no 'pin ... as pin2' takes it (did you mean 'pin1'?)",
        "7:3: error: undefined pipe 'q': no 'vmsplice ... pipe=q' fills it",
        "8:3: error: undefined I/O 'io2': no 'aio_read ... as io2' or 'aio_write ... as io2' starts it",
        "9:3: warning: no thread signals event 'go': this wait blocks forever"),
        check("thread P.t\n  pin buf[0] rw as pin1\n  dma_write pin2 0 data=X\n  pipe_read q -> r1\n  aio_wait io2\n"
            + "  wait go\n  unpin pin1\n"));
  }

  @Test
  void declaredPinPipeIoAndEventAreFine() {
    assertEquals(List.of(), check("thread P.t\n  pin buf[0] rw as pin1\n  dma_write pin1 0-3 data=X\n  unpin pin1\n"
        + "  vmsplice buf[1] pipe=q\n  aio_write buf[0] file=F as io1\n  aio_wait io1\n  signal go\n"
        + "thread P.u\n  wait go\n  pipe_read q -> r1\n"
        + "require F[0].0-3 == X and P.u.r1 == A\n"));
  }

  @Test
  void operationOnARegionUnmappedBeforeIsAWarning() {
    assertEquals(List.of("6:9: warning: region 'buf' was unmapped by the munmap at line 5 of this thread"),
        check("thread P.t\n  munmap buf\n  store buf[0] data=B\n"));
  }

  @Test
  void operationsAfterExitNeverRun() {
    assertEquals(List.of("6:3: warning: never runs: the 'exit' at line 5 ends the process first"),
        check("thread P.t\n  exit\n  store buf[0] data=B\n"));
  }

  @Test
  void forkedChildInheritsRegionsAndMayBeUsedInConditions() {
    assertEquals(List.of(), check("thread P.t\n  fork C\nthread C.t\n  store buf[1].2-5 data=Z\n"
        + "observe C.buf[1].2 == Z\n"));
  }

  @Test
  void mapOfAForkedProcessIsAnError() {
    assertEquals(List.of("4:1: error: process 'C' is created by the fork at line 6 and inherits its mappings; 'map'"
        + " declares memory of a process declared with 'process'"),
        check("map C.x anon private rw\nthread P.t\n  fork C\n"));
  }

  @Test
  void kernelThreadsNameTheirProcessAndCannotFork() {
    assertEquals(List.of(
        "5:9: error: a kernel thread has no process: name it (P.buf[0])",
        "6:3: error: a kernel thread cannot fork: it has no process"),
        check("kthread ksmd\n  store buf[0] data=B\n  fork C\n  ksm_merge P.buf[0] P.buf[1]\n"));
  }

  @Test
  void aThreadWorksInItsOwnProcess() {
    assertEquals(List.of("7:9: error: thread P.t cannot access the memory of process 'Q': a thread works in its own"
        + " process"), check("process Q\nmap Q.buf anon private rw\nthread P.t\n  store Q.buf[0] data=B\n"));
  }

  @Test
  void conditionsReferToDefinedThingsOnly() {
    assertEquals(List.of(
        "6:9: error: undefined process 'X'",
        "6:26: error: undefined thread 'P.u' (did you mean 'P.t'?)",
        "6:41: error: register r2 of P.t is never written: no load, pipe_read or dma_read of that thread puts a value"
            + " in it",
        "6:56: error: undefined file 'buf': no dio_write or aio_write writes it; for memory, write the process:"
            + " P.buf[0]",
        "6:73: error: page 5 out of range: P.buf has 2 pages (0..1)"),
        check("thread P.t\n  load buf[0] -> r1\n"
            + "require X.buf[0] == A or P.u.r1 == A or P.t.r2 == A or buf[0].1 == A or P.buf[5] == A\n"));
  }

  @Test
  void unknownStrategiesAreErrorsWithTheBuiltInList() {
    assertEquals(List.of(
        "6:8: error: unknown strategy 'linux-5.20' (did you mean 'linux-5.8'?); built-in strategies: "
            + String.join(", ", BuiltinStrategyCatalog.IDS),
        "7:1: error: unknown strategy 'linux-9': a strategy is based on a built-in one (did you mean 'linux-5.9'?)",
        "8:1: error: strategy 'linux-5.8' is built in; give your strategy another name"),
        check("thread P.t\n  store buf[0] data=B\nexpect linux-5.20 holds\nstrategy mine = linux-9\n"
            + "strategy linux-5.8 = linux-5.9\nexpect mine violated\n"));
  }

  @Test
  void knobsAreCheckedByTheCatalog() {
    StrategyCatalog catalog = new StrategyCatalog() {
      @Override
      public Set<String> strategyIds() {
        return Set.of("linux-2.6.27");
      }

      @Override
      public Optional<String> checkKnob(String name, String value) {
        return name.equals("fork.pinned") ? Optional.empty() : Optional.of("unknown knob '" + name + "'");
      }
    };
    List<String> messages = Fixtures.messages(Race.check("t.race", HEADER + "thread P.t\n  store buf[0] data=B\n"
        + "strategy mine = linux-2.6.27 with fork.pinned=copy gup_fast.gaurd=brlock fork.pinned=share\n"
        + "expect mine holds\n", catalog));
    assertEquals(List.of("6:52: error: unknown knob 'gup_fast.gaurd'", "6:74: error: knob 'fork.pinned' is set twice"),
        messages);
  }
}
