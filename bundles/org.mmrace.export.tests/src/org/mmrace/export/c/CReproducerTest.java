package org.mmrace.export.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmrace.core.run.Outcomes;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.lang.ScenarioLoader;

/** The generated reproducers: warning-free C for the whole library, notes, and the tmpfs refusal. */
class CReproducerTest {
    static final Path SCENARIOS = Path.of("../../scenarios").toAbsolutePath().normalize();

    static ScenarioSpec load(Path file) {
        return new ScenarioLoader().load(file).spec().orElseThrow(() -> new AssertionError(file + " does not load"));
    }

    static List<Path> library() throws IOException {
        try (Stream<Path> s = Files.list(SCENARIOS)) {
            return s.filter(p -> p.toString().endsWith(".race")).sorted().toList();
        }
    }

    /** gcc's exit status and output. */
    static String gcc(Path dir, Path src, Path bin) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("gcc", "-O2", "-pthread", "-Wall", "-Wextra", "-Werror", "-o", bin.toString(),
                src.toString()).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "gcc hangs");
        return p.exitValue() + out;
    }

    @Test
    void everyLibraryScenarioCompilesWithoutWarnings(@TempDir Path dir) throws Exception {
        assumeTrue(RealityRunner.findGcc().isPresent(), RealityRunner.noGcc());
        List<String> failures = new ArrayList<>();
        List<Path> files = library();
        assertTrue(files.size() >= 20, "the library has " + files.size() + " scenarios");
        for (Path f : files) {
            CProgram program = new CReproducer().generate(load(f));
            Path src = dir.resolve(program.fileName());
            Files.writeString(src, program.source());
            String result = gcc(dir, src, dir.resolve("a.out"));
            if (!result.equals("0")) {
                failures.add(f.getFileName() + ": " + result);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theProgramPrintsTheEnginesLocationsInTheEnginesOrder() throws Exception {
        ScenarioSpec spec = load(SCENARIOS.resolve("odirect-fork-writer.race"));
        CProgram program = new CReproducer().generate(spec);
        assertEquals(Outcomes.locations(spec), program.locations());
        assertTrue(program.source().contains("{LOC_MEM, 1, 0, 0, 7, 1, \"C.buf[0].7\"},"), "C.buf[0].7 is a location of"
                + " process 1 (C), region slot 0, page 0, sector 7");
        assertEquals("odirect-fork-writer.c", program.fileName());
    }

    /** cow.c's THP set-ups: every thp= mode of the library is reproduced, none is noted unsupported. */
    @Test
    void thpRegionsAreSetUpAsCowCDoesAndCollapseIsMadvCollapse() throws Exception {
        for (String[] c : new String[][] { {"cow-basic-after-fork-thp.race", "THP_PMD"},
                {"cow-basic-after-fork-pte-thp.race", "THP_PTE"}, {"cow-basic-after-fork-single-pte-thp.race",
                        "THP_SINGLE_PTE"}, {"cow-basic-after-fork-partial-shared-thp.race", "THP_PARTIAL_SHARED"} }) {
            CProgram program = new CReproducer().generate(load(SCENARIOS.resolve(c[0])));
            assertTrue(program.source().contains("\"P.buf\", " + c[1] + "},"), c[0] + " maps P.buf as " + c[1]);
            assertEquals(List.of(), program.notes().stream().filter(n -> n.kind() == ReproducerNote.Kind.UNSUPPORTED)
                    .map(ReproducerNote::describe).toList(), c[0]);
        }
        CProgram collapse = new CReproducer().generate(load(SCENARIOS.resolve("cow-collapse-before-fork.race")));
        assertTrue(collapse.source().contains("(void)madvise(base[0], region_len(0), MADV_COLLAPSE);"),
                "collapse buf is MADV_COLLAPSE over the whole THP");
        assertEquals(List.of(), collapse.notes().stream().map(ReproducerNote::describe).toList());
    }

    @Test
    void operationsUserSpaceCannotPlaceExactlyAreNotedNotDropped() {
        CProgram ksm = new CReproducer().generate(load(SCENARIOS.resolve("ksm-merge-then-write.race")));
        assertEquals(List.of("approximated: line " + lineOf(ksm, "ksm_merge") + ": ksm_merge P.buf[0] Q.buf[0]"),
                ksm.notes().stream().map(n -> n.describe().substring(0, n.describe().indexOf(": ksmd"))).toList());
        CProgram roPin = new CReproducer().generate(load(SCENARIOS.resolve("cow-ro-pin-exclusive.race")));
        assertTrue(roPin.notes().stream().anyMatch(n -> n.kind() == ReproducerNote.Kind.APPROXIMATED
                && n.operation().equals("pin buf[0] ro longterm as ropin") && n.why().contains("FOLL_WRITE")),
                roPin.notes().toString());
        // every note reaches the program's output
        for (ReproducerNote n : roPin.notes()) {
            assertTrue(roPin.source().contains("\\\"line\\\":" + n.line() + ","), n.describe());
        }
    }

    /** Stands for a format addition the generator does not know yet (issue 11's map option thp=). */
    record NewerMap(String region, java.util.Optional<String> thp, boolean collapse, String huge) {
    }

    @Test
    void optionsOfANewerFormatAreNotedNotIgnored() {
        assertEquals(List.of("thp=pmd", "huge=always"), CReproducer.unknownSet(
                new NewerMap("buf", java.util.Optional.of("pmd"), false, "always"), java.util.Set.of("region")));
        assertEquals(List.of(), CReproducer.unknownSet(
                new NewerMap("buf", java.util.Optional.empty(), false, "none"), java.util.Set.of("region")));
    }

    private static int lineOf(CProgram p, String op) {
        return p.notes().stream().filter(n -> n.operation().startsWith(op)).findFirst().orElseThrow().line();
    }

    @Test
    void onTmpfsTheProgramSaysUnsupportedAndExitsWith77(@TempDir Path dir) throws Exception {
        assumeTrue(RealityRunner.findGcc().isPresent(), RealityRunner.noGcc());
        Path shm = Path.of("/dev/shm");
        assumeTrue(Files.isDirectory(shm) && Files.getFileStore(shm).type().equals("tmpfs"),
                "no tmpfs at /dev/shm to show the refusal on");
        CProgram program = new CReproducer().generate(load(SCENARIOS.resolve("odirect-fork-writer.race")));
        Path src = dir.resolve(program.fileName());
        Files.writeString(src, program.source());
        assertEquals("0", gcc(dir, src, dir.resolve("a.out")));
        Process p = new ProcessBuilder(dir.resolve("a.out").toString(), "-n", "1", "-d", shm.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(RealityRunner.EXIT_UNSUPPORTED, p.exitValue(), out);
        assertTrue(out.startsWith("{\"unsupported\":\"O_DIRECT\""), out);
        try (Stream<Path> left = Files.list(shm)) {
            assertTrue(left.noneMatch(x -> x.getFileName().toString().startsWith("mmrace-repro-")), "temp dir left behind");
        }
    }
}
