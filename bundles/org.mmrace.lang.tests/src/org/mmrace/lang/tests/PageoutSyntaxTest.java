package org.mmrace.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmrace.lang.ParseResult;
import org.mmrace.lang.RaceFormatter;
import org.mmrace.model.scenario.Advice;
import org.mmrace.model.scenario.Madvise;

/** `madvise REGION pageout` (issue 11: swap of anonymous private memory). */
class PageoutSyntaxTest {

  private static final String PAGEOUT = """
      scenario swap
      process P
      map P.buf anon private rw pages=2 fill=A
      thread P.t
        madvise buf pageout
        fork C
      thread C.t
        madvise buf pageout
      """;

  @Test
  void pageoutParsesIntoTheModel() {
    ParseResult r = Fixtures.check(PAGEOUT);
    assertEquals(List.of(), Fixtures.messages(r));
    Madvise m = (Madvise) r.scenario().getThreads().get(0).getOperations().get(0);
    assertEquals(Advice.PAGEOUT, m.getAdvice());
  }

  @Test
  void formatterWritesPageoutBack() {
    assertEquals(PAGEOUT, new RaceFormatter().format(Fixtures.parse(PAGEOUT).scenario()));
  }

  @Test
  void pageoutOfASharedMappingIsRefusedWhereItIsWritten() {
    assertEquals(List.of("5:3: error: madvise pageout of the shared mapping P.buf is not supported: only anonymous"
        + " private memory is swapped (shmem swap is not modelled)"),
        Fixtures.messages(Fixtures.check("scenario s\nprocess P\nmap P.buf anon shared rw pages=1\nthread P.t\n"
            + "  madvise buf pageout\n")));
  }

  @Test
  void aChildsPageoutOfItsParentsSharedMappingIsRefusedToo() {
    assertEquals(List.of("7:3: error: madvise pageout of the shared mapping P.buf is not supported: only anonymous"
        + " private memory is swapped (shmem swap is not modelled)"),
        Fixtures.messages(Fixtures.check("scenario s\nprocess P\nmap P.buf anon shared rw pages=1\nthread P.t\n"
            + "  fork C\nthread C.t\n  madvise buf pageout\n")));
  }
}
