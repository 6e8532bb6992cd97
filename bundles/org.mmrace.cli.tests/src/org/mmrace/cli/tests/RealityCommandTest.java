package org.mmrace.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmrace.lang.ScenarioLoader;
import org.mmrace.export.c.CReproducer;
import org.mmrace.export.c.RealityCheck;
import org.mmrace.export.c.ReproducerNote;
import org.mmrace.export.c.RealityRunner;

/**
 * {@code mmrace reality} on this machine: the whole library agrees with the strategy for this
 * kernel (a small, bounded number of runs), and {@code export --format c} writes the reproducers.
 */
class RealityCommandTest {

    /**
     * Where the reproducers put their O_DIRECT files: the JVM's temporary directory unless it is
     * tmpfs (which rejects O_DIRECT), else the test bundle's target/ on the project's filesystem.
     */
    static Path oDirectDir() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        if (!Files.getFileStore(tmp).type().equals("tmpfs")) {
            return tmp;
        }
        Path target = Path.of("target").toAbsolutePath();
        Files.createDirectories(target);
        return target;
    }

    private static List<String> libraryNames() throws IOException {
        try (Stream<Path> s = Files.list(Cli.SCENARIOS)) {
            return s.filter(p -> p.toString().endsWith(".race")).map(p -> p.getFileName().toString()
                    .replace(".race", "")).sorted().toList();
        }
    }

    @Test
    void theWholeLibraryAgreesWithTheStrategyForThisKernel() throws IOException {
        assumeTrue(RealityRunner.findGcc().isPresent(), RealityRunner.noGcc());
        Path dir = Files.createTempDirectory(oDirectDir(), "reality-test");
        assumeTrue(!Files.getFileStore(dir).type().equals("tmpfs"), "no directory on a filesystem with O_DIRECT");
        String kernel = RealityCheck.kernelRelease();
        String strategy = RealityCheck.strategyFor(kernel).orElseThrow().id();
        Cli r = Cli.run("reality", Cli.SCENARIOS.toString(), "--runs", "20", "--timeout", "5", "--dir", dir.toString());
        assertTrue(r.out().lines().noneMatch(l -> l.startsWith("Disagreement")), r.out());
        int agreeing = 0;
        for (String name : libraryNames()) {
            // a scenario whose reproducer must skip an operation (a newer format feature) is not compared
            boolean skips = new CReproducer().generate(new ScenarioLoader().load(Cli.scenario(name + ".race")).spec()
                    .orElseThrow()).notes().stream().anyMatch(n -> n.kind() == ReproducerNote.Kind.UNSUPPORTED);
            String verdict = skips ? "unsupported" : "agrees";
            agreeing += skips ? 0 : 1;
            assertTrue(r.out().contains("Reality " + name + " on Linux " + kernel + " as " + strategy + ": " + verdict
                    + " ("), name + " is not '" + verdict + "':\n" + r.out());
        }
        assertTrue(agreeing >= 20, "only " + agreeing + " scenarios compared");
        // 0: every scenario agrees; 5 (unsupported) when some could not be compared; never 4 (disagreement)
        assertEquals(agreeing == libraryNames().size() ? 0 : 5, r.exit(), r.toString());
        assertTrue(r.out().contains(libraryNames().size() + " scenarios on Linux " + kernel + " as " + strategy + ": "
                + agreeing + " agree, 0 disagree"), r.out());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "the reproducers leave nothing behind");
        }
        Files.delete(dir);
    }

    @Test
    void jsonListsEveryOutcomeSeenWithItsCountAndVerdict() throws IOException {
        assumeTrue(RealityRunner.findGcc().isPresent(), RealityRunner.noGcc());
        Cli r = Cli.run("reality", Cli.scenario("cow-basic-after-fork.race").toString(), "--runs", "10", "--timeout",
                "5", "--dir", oDirectDir().toString(), "--json");
        assertEquals(0, r.exit(), r.toString());
        JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
        JsonObject s = doc.getAsJsonArray("scenarios").get(0).getAsJsonObject();
        assertEquals("agrees", s.get("status").getAsString());
        assertEquals(10, s.get("runs").getAsInt());
        JsonObject seen = s.getAsJsonArray("seen").get(0).getAsJsonObject();
        assertEquals(10, seen.get("count").getAsInt());
        assertTrue(seen.get("allowed").getAsBoolean());
        assertEquals("AAAAAAAA", seen.getAsJsonObject("outcome").get("C.main.r2").getAsString());
        assertEquals("F", seen.getAsJsonObject("outcome").get("P.buf[0].0").getAsString());
    }

    @Test
    void anUnknownStrategyIsBadInput() {
        Cli r = Cli.run("reality", Cli.scenario("cow-basic-after-fork.race").toString(), "--strategy", "linux-9.9");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("unknown strategy 'linux-9.9'"), r.err());
    }

    @Test
    void exportFormatCWritesOneReproducerPerScenario(@TempDir Path out) throws IOException {
        Cli r = Cli.run("export", Cli.SCENARIOS.toString(), "--format", "c", "--out", out.toString());
        assertEquals(0, r.exit(), r.toString());
        for (String name : libraryNames()) {
            String c = Files.readString(out.resolve(name + ".c"));
            assertTrue(c.contains("int main(int argc, char **argv)"), name);
        }
        Cli single = Cli.run("export", Cli.scenario("forkscrew.race").toString(), "--format", "c");
        assertEquals(0, single.exit(), single.toString());
        assertTrue(single.out().startsWith("/*\n * forkscrew: "), single.out().substring(0, 80));
        Cli noDir = Cli.run("export", Cli.SCENARIOS.toString(), "--format", "c");
        assertEquals(2, noDir.exit(), noDir.toString());
        assertTrue(noDir.err().contains("needs --out DIR"), noDir.err());
    }
}
