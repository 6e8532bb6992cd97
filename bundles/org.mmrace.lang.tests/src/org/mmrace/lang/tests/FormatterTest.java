package org.mmrace.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mmrace.lang.ParseResult;
import org.mmrace.lang.RaceFormatter;

class FormatterTest {

  /** Every construct of the format, written untidily, with comments everywhere. */
  static final String MESSY = """
      # a header comment
      scenario   all-constructs   # after the name
      title "every \\"construct\\""
      source "SCENARIO-FORMAT.md"
      about \"""
      several lines, with a "quote" and a backslash \\\\ in them
      \"""

      process P
      map   P.buf anon private rw pages=2 fill=AB......
      map P.sh anon shared ro
      process Q
      map Q.buf anon private rw fill=A
      # the threads
      thread P.t
        # before the first operation
        store buf[0].0-7 data=W   # whole page
        load buf[1].3 -> r1
        aio_read buf[1].0-3 data=. gup=slow pin=pin as io1
        aio_wait io1
        dio_write buf[0] file=F gup=fast
        aio_write buf[0] file=G pin=get as io2
        aio_wait io2
        vmsplice buf[0].3-4 pipe=pp
        pin buf[1] rw longterm fast as pin1
        dma_write pin1 0-3 data=X
        dma_read pin1 4 -> r3
        unpin pin1
        mprotect P.buf ro
        madvise sh mergeable
        madvise buf dontfork
        madvise buf dofork
        signal go
        fork C
        munmap sh
      thread C.u
        wait go
        pipe_read pp -> r2
        exit
      kthread ksmd
        ksm_merge P.buf[0] Q.buf[0]
      require not (P.buf[0].0 == D or P.buf[0].1 != .) and ((P.buf[1] == A and P.t.r3 == X) or not not P.buf[0].7 == !)  "a \\"label\\""
      forbid Q.buf[0].0-3 == W
      observe C.u.r2 == A and F[0].2-3 == W and G[0] == A
      strategy brlock-ksm = linux-2.6.27 with gup_fast.guard=brlock fork.pinned=copy
      expect brlock-ksm   holds
      expect linux-2.6.27 violated
      # the end
      """;

  static final String CANONICAL = """
      # a header comment
      scenario all-constructs  # after the name
      title "every \\"construct\\""
      source "SCENARIO-FORMAT.md"
      about \"""
      several lines, with a "quote" and a backslash \\\\ in them
      \"""

      process P
      map P.buf anon private rw pages=2 fill=AB......
      map P.sh anon shared ro pages=1
      process Q
      map Q.buf anon private rw pages=1 fill=A
      # the threads
      thread P.t
        # before the first operation
        store buf[0] data=W  # whole page
        load buf[1].3 -> r1
        aio_read buf[1].0-3 data=. gup=slow pin=pin as io1
        aio_wait io1
        dio_write buf[0] file=F gup=fast
        aio_write buf[0] file=G pin=get as io2
        aio_wait io2
        vmsplice buf[0].3-4 pipe=pp
        pin buf[1] rw fast longterm as pin1
        dma_write pin1 0-3 data=X
        dma_read pin1 4 -> r3
        unpin pin1
        mprotect P.buf ro
        madvise sh mergeable
        madvise buf dontfork
        madvise buf dofork
        signal go
        fork C
        munmap sh
      thread C.u
        wait go
        pipe_read pp -> r2
        exit
      kthread ksmd
        ksm_merge P.buf[0] Q.buf[0]
      require not (P.buf[0].0 == D or P.buf[0].1 != .) and (P.buf[1] == A and P.t.r3 == X or not not P.buf[0].7 == !)   "a \\"label\\""
      forbid Q.buf[0].0-3 == W
      observe C.u.r2 == A and F[0].2-3 == W and G[0] == A
      strategy brlock-ksm = linux-2.6.27 with gup_fast.guard=brlock fork.pinned=copy
      expect brlock-ksm   holds
      expect linux-2.6.27 violated
      # the end
      """;

  private final RaceFormatter formatter = new RaceFormatter();

  @Test
  void everyConstructParsesAndValidatesCleanly() {
    Fixtures.assertNoDiagnostics(Fixtures.check(MESSY));
  }

  @Test
  void formatsToCanonicalTextKeepingEveryComment() {
    assertEquals(Optional.of(CANONICAL), formatter.format("t.race", MESSY).text());
  }

  @Test
  void formattingIsIdempotent() {
    assertEquals(Optional.of(CANONICAL), formatter.format("t.race", CANONICAL).text());
  }

  @Test
  void formattedTextMeansWhatTheOriginalMeant() {
    ParseResult original = Fixtures.parse(MESSY);
    ParseResult formatted = Fixtures.parse(formatter.format(original.scenario()));
    Fixtures.assertNoDiagnostics(formatted);
    Fixtures.assertSameMeaning(original.scenario(), formatted.scenario());
    assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(Fixtures.meaning(original.scenario(), false),
        Fixtures.meaning(formatted.scenario(), false)), "comments and blank lines are kept too");
  }

  @Test
  void fileWithSyntaxErrorsIsNotFormatted() {
    RaceFormatter.Result result = formatter.format("t.race", "scenario s\nprocess P P\n");
    assertEquals(Optional.empty(), result.text());
    assertEquals(List.of("2:11: error: expected the end of the line, found 'P'"), Fixtures.messages(result.diagnostics()));
  }

  @Test
  void parenthesesFollowTheStructureOfTheCondition() {
    String text = "scenario s\nprocess P\nmap P.b anon private rw\nrequire (P.b[0] == A or P.b[0] == B) and not"
        + " (P.b[0] == C and P.b[0] == D) or ((P.b[0] == E))\n";
    assertEquals("require (P.b[0] == A or P.b[0] == B) and not (P.b[0] == C and P.b[0] == D) or P.b[0] == E",
        formatter.format("t.race", text).text().orElseThrow().lines().toList().get(3));
  }
}
