package org.mmrace.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmrace.lang.ParseResult;
import org.mmrace.lang.RaceFormatter;
import org.mmrace.model.scenario.Mapping;
import org.mmrace.model.scenario.Mprotect;
import org.mmrace.model.scenario.Munmap;
import org.mmrace.model.scenario.ThpMode;

/** The THP syntax of issue 11: thp= on map, madvise hugepage/nohugepage, collapse, page ranges. */
class ThpSyntaxTest {

  private static final String THP = """
      scenario thp
      process P
      map P.buf anon private rw pages=4 fill=A thp=pmd
      map P.b2 anon private rw pages=8 thp=single-pte
      thread P.t
        mprotect buf[1] ro
        mprotect buf[1-3] rw
        munmap b2[2-7]
        madvise buf hugepage
        madvise b2 nohugepage
        collapse buf
      """;

  @Test
  void thpOptionsParseIntoTheModel() {
    ParseResult r = Fixtures.check(THP);
    assertEquals(List.of(), Fixtures.messages(r));
    Mapping m = r.scenario().getMappings().get(0);
    assertEquals(ThpMode.PMD, m.getThp());
    assertEquals(ThpMode.SINGLE_PTE, r.scenario().getMappings().get(1).getThp());
    Mprotect one = (Mprotect) r.scenario().getThreads().get(0).getOperations().get(0);
    assertEquals(List.of(1, 1), List.of(one.getRegion().getFirstPage(), one.getRegion().getLastPage()));
    Munmap range = (Munmap) r.scenario().getThreads().get(0).getOperations().get(2);
    assertEquals(List.of(2, 7), List.of(range.getRegion().getFirstPage(), range.getRegion().getLastPage()));
  }

  @Test
  void formatterWritesThpAndPageRangesBack() {
    String formatted = new RaceFormatter().format(Fixtures.parse(THP).scenario());
    assertEquals(THP, formatted);
  }

  @Test
  void thpNeedsFourOrEightPages() {
    assertEquals(List.of("3:1: error: thp=pmd needs pages=4 or pages=8 (one model THP of 4 or 8 subpages standing"
        + " in for 512), found pages=3"),
        Fixtures.messages(Fixtures.check("scenario s\nprocess P\nmap P.buf anon private rw pages=3 thp=pmd\n")));
  }

  @Test
  void thpOnASharedMappingIsRefused() {
    assertEquals(List.of("3:1: error: thp=pte on a shared mapping is not supported: the engine models anonymous"
        + " private THP only (shmem THP is not modelled)"),
        Fixtures.messages(Fixtures.check("scenario s\nprocess P\nmap P.buf anon shared rw pages=4 thp=pte\n")));
  }

  @Test
  void partialMremapIsRefusedWithTheReason() {
    assertEquals(List.of("3:1: error: thp=partial-mremap is not supported: the engine has no mremap, so a folio"
        + " mapped from two virtual ranges cannot be expressed (use thp=pte or thp=partial-shared)"),
        Fixtures.messages(Fixtures.check("scenario s\nprocess P\nmap P.buf anon private rw pages=4 thp=partial-mremap\n")));
  }

  @Test
  void unknownThpModeAndBadRangesAreErrors() {
    assertEquals(List.of("3:39: error: expected a THP backing (pmd, pte, single-pte, partial-shared, partial-mremap),"
        + " found 'pdm'"),
        Fixtures.messages(Fixtures.check("scenario s\nprocess P\nmap P.buf anon private rw pages=4 thp=pdm\n")));
    assertEquals(List.of("5:10: error: page 4 out of range: P.buf has 4 pages (0..3)"),
        Fixtures.messages(Fixtures.check("scenario s\nprocess P\nmap P.buf anon private rw pages=4 thp=pmd\n"
            + "thread P.t\n  munmap buf[2-4]\n")));
    assertEquals(List.of("5:16: error: page range 3-1 runs backwards"),
        Fixtures.messages(Fixtures.check("scenario s\nprocess P\nmap P.buf anon private rw pages=4 thp=pmd\n"
            + "thread P.t\n  mprotect buf[3-1] ro\n")));
  }
}
