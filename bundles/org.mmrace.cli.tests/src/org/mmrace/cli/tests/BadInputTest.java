package org.mmrace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input ends with exit 2 and file:line:col: error: a precise message, never a stack trace. */
class BadInputTest {

    private static final String HEAD = "scenario s\nprocess P\nmap P.buf anon private rw\n";

    @TempDir
    static Path dir;

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("typo", HEAD + "thread P.t\n  stroe buf[0].0 data=A\n", "5:3", "unknown operation 'stroe' (did you mean 'store'?)"),
                Arguments.of("region", HEAD + "thread P.t\n  store nope[0].0 data=A\n", "5:9", "undefined region 'nope' in process P"),
                Arguments.of("sector", HEAD + "thread P.t\n  store buf[0].9 data=A\n", "5:9", "sector 9 out of range: a page has sectors 0..7"),
                Arguments.of("page", HEAD + "thread P.t\n  store buf[3].0 data=A\n", "5:9", "page 3 out of range: P.buf has 1 page"),
                Arguments.of("undeclared", HEAD + "thread Q.t\n  store buf[0].0 data=A\n", "4:1", "thread of undefined process 'Q'"),
                Arguments.of("string", "scenario s\ntitle \"abc\nprocess P\n", "2:7", "unterminated string"),
                Arguments.of("empty", "", "1:1", "empty file"),
                Arguments.of("strategy", HEAD + "thread P.t\n  store buf[0].0 data=A\nexpect linux-9.99 holds\n", "6:8", "unknown strategy 'linux-9.99'"),
                Arguments.of("knob", HEAD + "thread P.t\n  store buf[0].0 data=A\nstrategy mine = linux-2.6.27 with gup_fast.gaurd=brlock\n", "6:", "unknown knob 'gup_fast.gaurd'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFileExitsTwoWithPositionAndMessage(String name, String text, String position, String message) throws IOException {
        Path f = dir.resolve(name + ".race");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        for (String command : new String[] { "run", "check" }) {
            Cli r = Cli.run(command, f.toString());
            assertEquals(2, r.exit(), r.toString());
            assertTrue(r.err().contains(f + ":" + position), "position " + position + ":\n" + r);
            assertTrue(r.err().contains("error: " + message), "message:\n" + r);
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "a stack trace:\n" + r);
        }
    }

    @Test
    void binaryJunkIsNotText() throws IOException {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        junk[0] = (byte) 0xb5;
        Path f = dir.resolve("junk.race");
        Files.write(f, junk);
        Cli r = Cli.run("run", f.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains(f + ":1:1: error: not UTF-8 text"), r.toString());
    }

    @Test
    void hugeFileIsRefusedQuickly() throws IOException {
        Path f = dir.resolve("huge.race");
        Files.writeString(f, "scenario s\n" + "# padding\n".repeat(1_100_000));
        long t0 = System.nanoTime();
        Cli r = Cli.run("run", f.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains(f + ":1:1: error: file too large"), r.toString());
        assertTrue(ms < 2000, "took " + ms + " ms");
    }

    @Test
    void missingFileIsBadInput() {
        Cli r = Cli.run("run", dir.resolve("nope.race").toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("nope.race:1:1: error: no such file or directory"), r.toString());
    }

    @Test
    void unknownStrategyOnTheCommandLineIsBadInput() {
        Cli r = Cli.run("run", Cli.scenario("odirect-fork-writer.race").toString(), "--strategy", "linux-9.99");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("unknown strategy 'linux-9.99'"), r.toString());
        assertTrue(r.out().isEmpty(), r.toString());
    }

    @Test
    void unknownOptionIsBadInputWithoutStackTrace() {
        Cli r = Cli.run("run", "--frobnicate", Cli.scenario("odirect-fork-writer.race").toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("Unknown option: '--frobnicate'"), r.toString());
    }
}
