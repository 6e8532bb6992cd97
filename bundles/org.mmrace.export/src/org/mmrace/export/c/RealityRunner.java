package org.mmrace.export.c;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.Outcome;

/**
 * Compiles a reproducer with the system gcc and runs it on this machine, bounded: the runs stop
 * at {@code timeout}, every process of the program is killed (the whole tree) at the deadline or
 * on cancellation, and the program's own temporary files (unlinked as soon as they are open) live
 * in {@code dataDir}. The compiled program lives in a temporary directory removed afterwards.
 */
public final class RealityRunner {
    /** Exit status of a reproducer that finds the machine lacking (O_DIRECT rejected): 77, as automake's skip. */
    public static final int EXIT_UNSUPPORTED = 77;

    /**
     * {@code dataDir}: where the program creates its O_DIRECT files (a real filesystem, not tmpfs);
     * {@code seed} makes the random delays repeatable.
     */
    public record Options(int runs, Duration timeout, Path dataDir, long seed) {
        public Options {
            if (runs < 1 || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("runs and timeout must be positive");
            }
        }
    }

    /** Told after every run of the program (from the calling thread). */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (done, wanted) -> { };

        void progress(int done, int wanted);
    }

    /** The gcc on PATH, if any. */
    public static Optional<Path> findGcc() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path gcc = Path.of(dir.isEmpty() ? "." : dir, "gcc");
            if (Files.isExecutable(gcc)) {
                return Optional.of(gcc);
            }
        }
        return Optional.empty();
    }

    /** The message when gcc is missing: it names the package. */
    public static String noGcc() {
        return "gcc not found on PATH: the reality check compiles its reproducers with the system C compiler;"
                + " install the package gcc (Debian/Ubuntu: apt-get install gcc; Fedora: dnf install gcc)";
    }

    public Observed run(CProgram program, Options options, Listener listener, CancellationToken token) {
        Optional<Path> gcc = findGcc();
        if (gcc.isEmpty()) {
            return Observed.unsupported(noGcc());
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("mmrace-reality-");
            Path src = dir.resolve(program.fileName());
            Path bin = dir.resolve("reproducer");
            Files.writeString(src, program.source());
            Optional<String> err = compile(gcc.get(), src, bin, dir);
            if (err.isPresent()) {
                return Observed.failed(err.get());
            }
            return execute(bin, dir, program, options, listener, token);
        } catch (IOException e) {
            return Observed.failed("cannot run the reproducer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Observed.failed("interrupted");
        } finally {
            delete(dir);
        }
    }

    private static Optional<String> compile(Path gcc, Path src, Path bin, Path dir)
            throws IOException, InterruptedException {
        Path log = dir.resolve("gcc.log");
        Process p = new ProcessBuilder(gcc.toString(), "-O2", "-pthread", "-Wall", "-Wextra", "-o", bin.toString(),
                src.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            kill(p);
            return Optional.of("gcc did not finish within 120 s");
        }
        if (p.exitValue() != 0) {
            List<String> lines = Files.readAllLines(log);
            return Optional.of("gcc failed: " + String.join("\n", lines.subList(0, Math.min(lines.size(), 20))));
        }
        return Optional.empty();
    }

    private static Observed execute(Path bin, Path dir, CProgram program, Options o, Listener listener,
            CancellationToken token) throws IOException, InterruptedException {
        long seconds = Math.max(1, o.timeout().toSeconds());
        long perRun = Math.max(1, Math.min(10, seconds));
        Process p = new ProcessBuilder(bin.toString(), "-n", Integer.toString(o.runs()), "-t", Long.toString(seconds),
                "-d", o.dataDir().toString(), "-s", Long.toString(o.seed()), "-i", Long.toString(perRun), "-g")
                .redirectError(dir.resolve("stderr.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + perRun + 5);
        Thread watchdog = new Thread(() -> {
            while (p.isAlive()) {
                if (token.isCancelled() || System.nanoTime() > deadline) {
                    kill(p);
                    return;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    kill(p);
                    return;
                }
            }
        }, "mmrace-reality-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Map<Outcome, Integer> outcomes = new HashMap<>();
        List<String> notes = new ArrayList<>();
        Optional<String> unsupported = Optional.empty();
        Optional<String> firstError = Optional.empty();
        Map<String, Integer> conditionFailures = new java.util.LinkedHashMap<>();
        List<String> isolation = new ArrayList<>();
        int runs = 0;
        int errors = 0;
        int skipped = 0;
        boolean timedOut = false;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = readLine(in, token, deadline)) != null;) {
                JsonObject j;
                try {
                    JsonElement e = JsonParser.parseString(line);
                    if (!e.isJsonObject()) {
                        continue;
                    }
                    j = e.getAsJsonObject();
                } catch (JsonParseException e) {
                    notes.add("unreadable line from the reproducer: " + line);
                    continue;
                }
                if (j.has("note")) {
                    notes.add(j.get("note").getAsString() + ": " + (j.get("line").getAsInt() > 0 ? "line "
                            + j.get("line").getAsInt() + ": " : "") + j.get("op").getAsString() + ": "
                            + j.get("why").getAsString());
                } else if (j.has("unsupported")) {
                    unsupported = Optional.of(j.get("unsupported").getAsString() + ": " + j.get("why").getAsString());
                } else if (j.has("timeout")) {
                    timedOut = true;
                } else if (j.has("skipped")) {
                    skipped++;
                    if (skipped == 1) {
                        notes.add("skipped: " + j.get("skipped").getAsString() + ": " + j.get("why").getAsString());
                    }
                } else if (j.has("outcome")) {
                    runs++;
                    judged(j, conditionFailures, isolation);
                    if (j.has("error")) {
                        errors++;
                        if (firstError.isEmpty()) {
                            firstError = Optional.of(j.get("error").getAsString());
                        }
                    } else {
                        Map<String, String> byName = new HashMap<>();
                        j.getAsJsonObject("outcome").entrySet().forEach(x -> byName.put(x.getKey(),
                                x.getValue().getAsString()));
                        outcomes.merge(Outcome.of(program.locations(), byName), 1, Integer::sum);
                    }
                    listener.progress(runs, o.runs());
                }
            }
        }
        if (!p.waitFor(5, TimeUnit.SECONDS)) {
            kill(p);
            p.waitFor();
        }
        kill(p);
        watchdog.interrupt();
        if (skipped > 0) {
            notes.add("approximated: " + skipped + " runs skipped (not compared): a thp= region got no THP");
        }
        conditionFailures.forEach((c, n) -> notes.add("the reproducer's check: " + c + " failed in " + n + " runs"));
        if (!isolation.isEmpty()) {
            notes.add("the reproducer's isolation check reported " + isolation.size() + " mismatches (first: "
                    + isolation.get(0) + ")");
        }
        Optional<String> failure = Optional.empty();
        if (token.isCancelled()) {
            failure = Optional.of("cancelled after " + runs + " runs");
        } else if (System.nanoTime() > deadline) {
            timedOut = true;
            failure = Optional.of("killed at the deadline after " + runs + " runs");
        } else if (p.exitValue() == EXIT_UNSUPPORTED) {
            unsupported = unsupported.or(() -> Optional.of("the reproducer reports the machine unsupported"));
        } else if (timedOut) {
            failure = Optional.of("a run did not finish within " + perRun + " s (a thread blocked): stopped after "
                    + runs + " runs");
        } else if (p.exitValue() != 0) {
            List<String> err = Files.readAllLines(dir.resolve("stderr.log"));
            failure = Optional.of("the reproducer exited with status " + p.exitValue()
                    + (err.isEmpty() ? "" : ": " + String.join(" ", err.subList(0, Math.min(3, err.size())))));
        }
        return new Observed(runs, outcomes, notes, unsupported, failure, errors, firstError, timedOut);
    }

    /** Counts the run's failed require/forbid conditions and its isolation messages (informative notes). */
    private static void judged(JsonObject run, Map<String, Integer> conditionFailures, List<String> isolation) {
        if (run.has("conditions")) {
            for (JsonElement e : run.getAsJsonArray("conditions")) {
                JsonObject c = e.getAsJsonObject();
                String kind = c.get("kind").getAsString();
                boolean holds = c.get("holds").getAsBoolean();
                if ((kind.equals("require") && !holds) || (kind.equals("forbid") && holds)) {
                    conditionFailures.merge(kind + " \"" + c.get("label").getAsString() + "\"", 1, Integer::sum);
                }
            }
        }
        if (run.has("isolation")) {
            run.getAsJsonArray("isolation").forEach(e -> isolation.add(e.getAsString()));
        }
    }

    /** The next line, or null at the end, also when the watchdog killed the program under the reader. */
    private static String readLine(BufferedReader in, CancellationToken token, long deadline) throws IOException {
        try {
            return in.readLine();
        } catch (IOException e) {
            if (token.isCancelled() || System.nanoTime() > deadline) {
                return null;
            }
            throw e;
        }
    }

    /**
     * Kills the program and every process it started. SIGTERM first: the program (run with -g, its own
     * process group) then SIGKILLs its whole group at once, which also catches a process being forked;
     * then SIGKILL to whatever is left that we can still see.
     */
    private static void kill(Process p) {
        List<ProcessHandle> tree = p.descendants().toList();
        p.destroy();
        try {
            p.waitFor(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tree.forEach(ProcessHandle::destroyForcibly);
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // best effort: the directory holds only the source and the binary
        }
    }
}
