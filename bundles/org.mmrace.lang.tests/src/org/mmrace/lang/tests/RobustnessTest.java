package org.mmrace.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.mmrace.lang.BuiltinStrategyCatalog;
import org.mmrace.lang.Diagnostic;
import org.mmrace.lang.ParseResult;
import org.mmrace.lang.RaceFormatter;
import org.mmrace.lang.RaceParser;
import org.mmrace.lang.RaceValidator;

/**
 * No input makes the language tools throw or hang: a seeded fuzz run of generated and mutated
 * inputs, and the pathological big inputs. (Timing bounds here are hang detectors, generous on
 * purpose; the figures themselves are printed.)
 */
class RobustnessTest {

  private static final int INPUTS = 100_000;
  private static final long SEED = 0x6d6d72616365L; // "mmrace"

  private static final String[] WORDS = { "scenario", "title", "source", "about", "process", "map", "thread",
      "kthread", "require", "forbid", "observe", "expect", "strategy", "with", "store", "load", "fork", "exit",
      "munmap", "mprotect", "madvise", "dio_read", "dio_write", "aio_read", "aio_write", "aio_wait", "vmsplice",
      "pipe_read", "pin", "dma_write", "dma_read", "unpin", "ksm_merge", "signal", "wait", "and", "or", "not", "P",
      "C", "Q", "buf", "t", "r1", "io1", "pin1", "data", "file", "gup", "fast", "slow", "get", "longterm", "as",
      "anon", "private", "shared", "rw", "ro", "pages", "fill", "holds", "violated", "linux-2.6.27", "0", "7", "9",
      "0-3", "A", "D", ".", "[", "]", "(", ")", "=", "==", "!=", "->", "!", "\"", "\"\"\"", "#", "\n", " ", "\t", "\\",
      "\r", "é", "\u0000", "\uFEFF" };

  @Test
  void hundredThousandGeneratedAndMutatedInputsNeverThrowNorHang() throws IOException {
    List<String> seeds = new ArrayList<>();
    for (Path file : Fixtures.exampleScenarios()) {
      seeds.add(Files.readString(file, StandardCharsets.UTF_8));
    }
    seeds.add(FormatterTest.MESSY);
    RaceValidator validator = new RaceValidator(new BuiltinStrategyCatalog());
    RaceFormatter formatter = new RaceFormatter();
    long[] stats = new long[3]; // inputs, clean parses, slowest nanos
    assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
      SplittableRandom random = new SplittableRandom(SEED);
      long start = System.nanoTime();
      for (int i = 0; i < INPUTS; i++) {
        long before = System.nanoTime();
        String input = i % 4 == 3 ? generated(random) : mutated(seeds.get(random.nextInt(seeds.size())), random);
        ParseResult result = i % 16 == 5
            ? RaceParser.parse("f.race", mutatedBytes(input.getBytes(StandardCharsets.UTF_8), random))
            : RaceParser.parse("f.race", input);
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        diagnostics.addAll(validator.validate("f.race", result.scenario()));
        for (Diagnostic d : diagnostics) {
          assertFalse(d.message().startsWith("internal error"), () -> "input " + describe(input) + ": " + d);
          assertTrue(d.line() >= 1 && d.column() >= 1, () -> "input " + describe(input) + ": " + d);
        }
        // Round trip through the formatter for every 4th clean parse (the generated inputs are
        // alike; this keeps the run at a few seconds).
        if (!result.hasErrors() && stats[1]++ % 4 == 0) {
          String formatted = formatter.format(result.scenario());
          ParseResult again = RaceParser.parse("f.race", formatted);
          assertEquals(List.of(), Fixtures.messages(again.errors()), () -> "input " + describe(input));
          assertEquals(formatted, formatter.format(again.scenario()), () -> "idempotent: " + describe(input));
          Fixtures.assertSameMeaning(result.scenario(), again.scenario());
        }
        stats[2] = Math.max(stats[2], System.nanoTime() - before);
        stats[0]++;
      }
      System.out.printf("fuzz: %d inputs (%d parsed cleanly) in %d ms, slowest %.2f ms%n", stats[0], stats[1],
          (System.nanoTime() - start) / 1_000_000, stats[2] / 1e6);
    });
    assertEquals(INPUTS, stats[0]);
    assertTrue(stats[1] > 1000, "enough inputs are valid for the formatter checks to mean something: " + stats[1]);
    assertTrue(stats[2] < 1_000_000_000L, "no single input takes a second");
  }

  private static String describe(String input) {
    String shown = input.length() > 400 ? input.substring(0, 400) + "..." : input;
    return "(seed " + SEED + ") <<" + shown + ">>";
  }

  /** Token and character edits of a valid file. */
  private static String mutated(String seed, SplittableRandom random) {
    StringBuilder text = new StringBuilder(seed);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && !text.isEmpty(); e++) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(7)) {
        case 0 -> text.deleteCharAt(at);
        case 1 -> text.insert(at, WORDS[random.nextInt(WORDS.length)]);
        case 2 -> text.setCharAt(at, (char) (32 + random.nextInt(95)));
        case 3 -> { // drop a line
          int lineStart = text.lastIndexOf("\n", at) + 1;
          int lineEnd = text.indexOf("\n", at);
          text.delete(lineStart, lineEnd < 0 ? text.length() : lineEnd + 1);
        }
        case 4 -> { // duplicate a line
          int lineStart = text.lastIndexOf("\n", at) + 1;
          int lineEnd = text.indexOf("\n", at);
          String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd + 1);
          text.insert(lineStart, line);
        }
        case 5 -> text.setLength(at); // truncate
        default -> text.insert(at, " " + WORDS[random.nextInt(WORDS.length)] + " ");
      }
    }
    return text.toString();
  }

  private static byte[] mutatedBytes(byte[] bytes, SplittableRandom random) {
    byte[] copy = bytes.clone();
    for (int i = 0; i < 3 && copy.length > 0; i++) {
      copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
    }
    return copy;
  }

  /** A random scenario from the grammar's pieces: mostly valid, sometimes not. */
  private static String generated(SplittableRandom random) {
    StringBuilder out = new StringBuilder("scenario g").append(random.nextInt(100)).append('\n');
    out.append("process P\nmap P.buf anon private rw pages=2 fill=A\n");
    int threads = 1 + random.nextInt(3);
    for (int t = 0; t < threads; t++) {
      out.append(random.nextInt(5) == 0 ? "kthread k" + t : "thread P.t" + t).append('\n');
      int ops = random.nextInt(6);
      for (int o = 0; o < ops; o++) {
        out.append("  ").append(operation(random)).append('\n');
      }
    }
    int conditions = random.nextInt(3);
    for (int c = 0; c < conditions; c++) {
      out.append(random.nextBoolean() ? "require " : "observe ").append(expression(random, 0)).append('\n');
    }
    if (random.nextBoolean()) {
      out.append("expect linux-2.6.27 violated\n");
    }
    return out.toString();
  }

  private static String address(SplittableRandom random) {
    return (random.nextInt(4) == 0 ? "P." : "") + "buf[" + random.nextInt(3) + "]"
        + (random.nextBoolean() ? "." + random.nextInt(9) : "");
  }

  private static String operation(SplittableRandom random) {
    return switch (random.nextInt(12)) {
      case 0 -> "store " + address(random) + " data=" + (char) ('A' + random.nextInt(26));
      case 1 -> "load " + address(random) + " -> r" + random.nextInt(3);
      case 2 -> "fork C" + random.nextInt(3);
      case 3 -> "dio_read " + address(random) + " data=D" + (random.nextBoolean() ? " gup=fast" : " pin=pin");
      case 4 -> "dio_write " + address(random) + " file=F";
      case 5 -> "aio_read " + address(random) + " data=D as io" + random.nextInt(2);
      case 6 -> "pin " + address(random) + " rw longterm as pin" + random.nextInt(2);
      case 7 -> "dma_write pin" + random.nextInt(2) + " 0-3 data=X";
      case 8 -> "munmap buf";
      case 9 -> "ksm_merge P.buf[0] P.buf[1]";
      case 10 -> random.nextBoolean() ? "signal e" : "wait e";
      default -> "vmsplice " + address(random) + " pipe=p";
    };
  }

  private static String expression(SplittableRandom random, int depth) {
    if (depth > 3 || random.nextInt(3) == 0) {
      return "P.buf[" + random.nextInt(2) + "]." + random.nextInt(8) + (random.nextBoolean() ? " == " : " != ")
          + (char) ('A' + random.nextInt(4));
    }
    return switch (random.nextInt(3)) {
      case 0 -> expression(random, depth + 1) + " and " + expression(random, depth + 1);
      case 1 -> "(" + expression(random, depth + 1) + " or " + expression(random, depth + 1) + ")";
      default -> "not " + expression(random, depth + 1);
    };
  }

  @Test
  void fiftyThousandNestedParenthesesGiveACleanError() {
    String deep = "scenario s\nprocess P\nmap P.b anon private rw\nrequire " + "(".repeat(50_000) + "P.b[0] == A"
        + ")".repeat(50_000) + "\n";
    ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> RaceParser.parse("deep.race", deep));
    assertEquals(List.of("4:109: error: condition nested too deeply (more than 100 levels of parentheses and 'not')"),
        Fixtures.messages(result));
  }

  @Test
  void fiftyThousandNotsGiveACleanError() {
    String deep = "scenario s\nprocess P\nmap P.b anon private rw\nrequire " + "not ".repeat(50_000) + "P.b[0] == A\n";
    ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> RaceParser.parse("deep.race", deep));
    assertEquals(List.of("4:409: error: condition nested too deeply (more than 100 levels of parentheses and 'not')"),
        Fixtures.messages(result));
  }

  @Test
  void tenMegabyteFileGivesACleanErrorQuickly() {
    byte[] big = new byte[10 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) '(');
    ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> RaceParser.parse("big.race", big));
    assertEquals(List.of("1:1: error: file too large: 10485760 bytes (a scenario file may have at most 1048576"
        + " bytes)"), Fixtures.messages(result));
  }

  @Test
  void largestAcceptedFileIsParsedValidatedAndFormattedQuickly() {
    StringBuilder text = new StringBuilder("scenario big\nprocess P\nmap P.buf anon private rw pages=4 fill=A\n");
    int threads = 0;
    while (text.length() < RaceParser.MAX_BYTES - 200) {
      text.append("thread P.t").append(threads++).append("\n  store buf[1].2 data=B\n  load buf[3] -> r1\n")
          .append("require P.t").append(threads - 1).append(".r1 == A and (P.buf[0].0 == A or not P.buf[2] == B)\n");
    }
    String input = text.toString();
    long start = System.nanoTime();
    ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
      ParseResult parsed = RaceParser.parse("big.race", input);
      List<Diagnostic> all = new ArrayList<>(parsed.diagnostics());
      all.addAll(new RaceValidator().validate("big.race", parsed.scenario()));
      new RaceFormatter().format(parsed.scenario());
      return new ParseResult(parsed.scenario(), all);
    });
    System.out.printf("%d bytes, %d threads: parsed, validated and formatted in %d ms%n", input.length(), threads,
        (System.nanoTime() - start) / 1_000_000);
    Fixtures.assertNoDiagnostics(result);
    assertEquals(threads, result.scenario().getThreads().size());
  }

  @Test
  void aFileOfErrorsStopsAfterTwoHundred() {
    String junk = "scenario s\n" + "@@ junk\n".repeat(1000);
    ParseResult result = RaceParser.parse("junk.race", junk);
    assertEquals(201, result.diagnostics().size());
    assertEquals("201:8: error: too many errors (200); the rest of the file was not read",
        Fixtures.messages(result).get(200));
  }
}
