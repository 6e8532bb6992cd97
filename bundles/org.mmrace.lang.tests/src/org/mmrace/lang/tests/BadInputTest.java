package org.mmrace.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmrace.lang.Diagnostic;
import org.mmrace.lang.ParseResult;
import org.mmrace.lang.RaceParser;

/**
 * The bad inputs of the language and command-line issues: each gives a precise file:line:col
 * message. Positions are 1-based; columns count characters.
 */
class BadInputTest {

  private static final String HEADER = """
      scenario s
      process P
      map P.buf anon private rw pages=1 fill=A
      thread P.t
      """;

  @Test
  void typoedOperationIsReportedWithASuggestion() {
    ParseResult result = Fixtures.check(HEADER + "  stroe buf[0].0 data=D\n");
    assertEquals(List.of("5:3: error: unknown operation 'stroe' (did you mean 'store'?); expected one of: store, load,"
        + " fork, exit, munmap, mprotect, madvise, dio_read, dio_write, aio_read, aio_write, aio_wait, vmsplice,"
        + " pipe_read, pin, dma_write, dma_read, unpin, ksm_merge, signal, wait, collapse"), Fixtures.messages(result));
  }

  @Test
  void undefinedRegionNamesTheRegionsThatExist() {
    ParseResult result = Fixtures.check(HEADER + "  store bug[0].0 data=D\n");
    assertEquals(List.of("5:9: error: undefined region 'bug' in process P (regions: buf) (did you mean 'buf'?)"),
        Fixtures.messages(result));
  }

  @Test
  void sectorNineIsOutOfRange() {
    ParseResult result = Fixtures.check(HEADER + "  store buf[0].9 data=D\n");
    assertEquals(List.of("5:9: error: sector 9 out of range: a page has sectors 0..7"), Fixtures.messages(result));
  }

  @Test
  void pageOutOfRangeSaysHowManyPagesTheRegionHas() {
    ParseResult result = Fixtures.check(HEADER + "  store buf[1].0 data=D\n");
    assertEquals(List.of("5:9: error: page 1 out of range: P.buf has 1 page (page 0)"), Fixtures.messages(result));
  }

  @Test
  void threadOfAProcessNobodyDeclaresOrForks() {
    ParseResult result = Fixtures.check(HEADER + "  store buf[0].0 data=D\nthread C.t\n  store buf[0].0 data=E\n");
    assertEquals(List.of("6:1: error: thread of undefined process 'C': no 'process C' declares it and no 'fork C'"
        + " creates it"), Fixtures.messages(result));
  }

  @Test
  void threadOfAForkedProcessIsFine() {
    ParseResult result = Fixtures.check(HEADER + "  fork C\nthread C.t\n  store buf[0].0 data=E\n");
    Fixtures.assertNoDiagnostics(result);
  }

  @Test
  void unterminatedStringAtTheEndOfTheFile() {
    ParseResult result = Fixtures.check(HEADER + "  store buf[0].0 data=D\nrequire P.buf[0].0 == D \"the read\n");
    assertEquals(List.of("6:25: error: unterminated string: missing closing \" before the end of the file"),
        Fixtures.messages(result));
  }

  @Test
  void unterminatedStringIsReportedWhereItStartsNotWhereTheNextQuoteIs() {
    ParseResult result = Fixtures.parse("scenario s\ntitle \"no end\nprocess P\nmap P.buf anon private rw\n"
        + "thread P.t\n  store buf[0].0 data=D\nrequire P.buf[0].0 == D   \"label\"\n");
    assertEquals(List.of("2:7: error: unterminated string: missing closing \" on this line (the \" at line 7,"
        + " column 27 is followed by more text)"), Fixtures.messages(result));
    assertEquals(1, result.scenario().getProcesses().size(), "the lines after the string are read normally");
    assertEquals(1, result.scenario().getConditions().size());
  }

  @Test
  void emptyFile() {
    assertEquals(List.of("1:1: error: empty file: a scenario starts with 'scenario NAME'"),
        Fixtures.messages(Fixtures.parse("")));
    assertEquals(List.of("1:1: error: empty file: a scenario starts with 'scenario NAME'"),
        Fixtures.messages(Fixtures.parse("\n  \n\n")));
  }

  @Test
  void onlyComments() {
    assertEquals(List.of("1:1: error: no statements: a scenario starts with 'scenario NAME'"),
        Fixtures.messages(Fixtures.parse("# nothing here\n")));
  }

  @Test
  void binaryJunkGivesOneErrorAtTheFirstBadByte() {
    byte[] junk = { 's', 'c', '\n', 'x', 'y', (byte) 0xff, (byte) 0xfe, 0, 1, 2 };
    ParseResult result = RaceParser.parse("junk.race", junk);
    assertEquals(List.of("2:3: error: not UTF-8 text: invalid byte 0xFF (binary content?)"), Fixtures.messages(result));
    assertEquals("junk.race:2:3: error: not UTF-8 text: invalid byte 0xFF (binary content?)",
        result.diagnostics().get(0).format());
  }

  @Test
  void nulCharactersMeanBinaryContent() {
    ParseResult result = RaceParser.parse("junk.race", "scenario s\nab\0cd\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("2:3: error: not a text file: NUL character (binary content?)"), Fixtures.messages(result));
  }

  @Test
  void hugeFileIsRejectedWithOneError() {
    byte[] huge = ("scenario s\n" + "# padding\n".repeat(1_100_000)).getBytes(StandardCharsets.UTF_8);
    ParseResult result = RaceParser.parse("huge.race", huge);
    assertEquals(List.of("1:1: error: file too large: " + huge.length + " bytes (a scenario file may have at most"
        + " 1048576 bytes)"), Fixtures.messages(result));
  }

  @Test
  void recoveryReportsEveryErrorOfAFileNotJustTheFirst() {
    ParseResult result = Fixtures.check(HEADER
        + "  stroe buf[0].0 data=D\n"
        + "  store buf[0].0 data=DD\n"
        + "  load buf[0] -> x1\n"
        + "  dio_read buf[0].0 data=D gup=medium\n"
        + "  store buf[0].0\n"
        + "require P.buf[0].0 = D\n"
        + "expect linux-2.6.27 violatd\n"
        + "@ junk\n");
    assertEquals(List.of(
        "5:3: error: unknown operation 'stroe' (did you mean 'store'?); expected one of: store, load, fork, exit,"
            + " munmap, mprotect, madvise, dio_read, dio_write, aio_read, aio_write, aio_wait, vmsplice, pipe_read,"
            + " pin, dma_write, dma_read, unpin, ksm_merge, signal, wait, collapse",
        "6:23: error: expected one symbol (a letter, a digit or '.'), found 'DD'",
        "7:18: error: expected a register (r0, r1, ...), found 'x1'",
        "8:32: error: expected 'fast' or 'slow', found 'medium'",
        "9:17: error: store needs data=S",
        "10:20: error: expected '==' or '!=' after P.buf[0].0, found '=' (comparisons use '==')",
        "11:21: error: expected 'holds', 'violated', 'deadlock' or 'error', found 'violatd' (did you mean 'violated'?)",
        "12:1: error: expected a statement (scenario, process, map, thread, an operation, require, ...), found '@'"
            + " (character U+0040)"), Fixtures.messages(result));
  }

  @Test
  void operationOutsideAThread() {
    ParseResult result = Fixtures.parse("scenario s\nprocess P\nmap P.buf anon private rw\n  store buf[0] data=A\n");
    assertEquals(List.of("4:3: error: operation 'store' outside a thread: put it under 'thread P.NAME' or"
        + " 'kthread NAME'"), Fixtures.messages(result));
  }

  @Test
  void missingScenarioStatement() {
    ParseResult result = Fixtures.parse("process P\nmap P.buf anon private rw\n");
    assertEquals(List.of("1:1: error: expected 'scenario NAME' as the first statement, found 'process'"),
        Fixtures.messages(result));
  }

  @Test
  void processAfterTheFirstThread() {
    ParseResult result = Fixtures.parse(HEADER + "  store buf[0] data=B\nprocess Q\n");
    assertEquals(List.of("6:1: error: 'process' must come before the first thread, condition, expect or strategy"
        + " (a thread block runs until the next thread, kthread, require, forbid, observe, expect or strategy)"),
        Fixtures.messages(result));
  }

  @Test
  void everyDiagnosticCarriesTheFileName() {
    ParseResult result = RaceParser.parse("dir/x.race", "scenario s\nthread P\n");
    List<Diagnostic> diagnostics = result.diagnostics();
    assertEquals(1, diagnostics.size());
    assertEquals("dir/x.race:2:9: error: expected '.' and the thread's name after the process (thread P.NAME), found"
        + " end of line; a kernel thread is declared with 'kthread NAME'", diagnostics.get(0).format());
    assertTrue(diagnostics.get(0).isError());
  }
}
