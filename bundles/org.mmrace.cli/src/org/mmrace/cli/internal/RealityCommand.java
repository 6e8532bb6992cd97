package org.mmrace.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.Outcome;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.strategy.Strategy;
import org.mmrace.export.c.RealityCheck;
import org.mmrace.export.c.RealityReport;
import org.mmrace.export.c.RealityRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mmrace reality}: runs each scenario's C reproducer on this machine and compares the final
 * outcomes the kernel shows with those the model allows under the strategy for {@code uname -r}.
 */
@Command(name = "reality", mixinStandardHelpOptions = true,
        description = { "Run each scenario on this machine's kernel and compare with the model.",
            "Generates the scenario's C reproducer (as 'export --format c'), compiles it with the system gcc,",
            "runs it --runs times within --timeout seconds, and compares the distribution of final outcomes",
            "with the outcomes the model allows under the newest built-in strategy not above uname -r.",
            "An outcome the model forbids is a disagreement: a model bug or a kernel bug (docs/reality.md)." })
final class RealityCommand implements Callable<Integer> {
    private static final Path KSM_RUN = Path.of("/sys/kernel/mm/ksm/run");

    private final Console console;
    private Thread restoreHook;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = ".race files or directories of them")
    List<Path> files = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", description = "runs of each reproducer (default: ${DEFAULT-VALUE})")
    int runs = 1000;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "time for the runs of each scenario (default: ${DEFAULT-VALUE}); the program is killed soon after")
    long timeoutSeconds = 20;

    @Option(names = "--json", description = "print one JSON document instead of text")
    boolean json;

    @Option(names = "--dir", paramLabel = "DIR", description = "where the reproducers create their O_DIRECT files (default: the JVM's temporary directory; must not be tmpfs)")
    Path dataDir = Path.of(System.getProperty("java.io.tmpdir"));

    @Option(names = "--strategy", paramLabel = "ID", description = "compare with this built-in strategy instead of the one for uname -r")
    String strategy;

    @Option(names = "--seed", paramLabel = "N", description = "seed of the random delays (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--allow-sysfs", description = "may start ksmd (write 1 to /sys/kernel/mm/ksm/run) for scenarios that merge, and restore it afterwards")
    boolean allowSysfs;

    RealityCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (runs < 1 || timeoutSeconds < 1) {
            console.error("--runs and --timeout must be positive");
            return ExitCode.BAD_INPUT.code();
        }
        if (!Files.isDirectory(dataDir)) {
            console.error("--dir " + dataDir + ": no such directory");
            return ExitCode.BAD_INPUT.code();
        }
        String kernel = RealityCheck.kernelRelease();
        Optional<Strategy> s = strategy == null ? RealityCheck.strategyFor(kernel)
                : org.mmrace.core.strategy.Strategies.find(strategy);
        if (s.isEmpty()) {
            console.error(strategy == null ? "no built-in strategy describes kernel " + kernel + " (every era is newer)"
                    : "unknown strategy '" + strategy + "'; known: " + String.join(", ",
                            org.mmrace.core.strategy.Strategies.builtinIds()));
            return ExitCode.BAD_INPUT.code();
        }
        List<Inputs.Loaded> loaded = Inputs.load(console, files);
        ExitCode exit = ExitCode.OK;
        if (RealityRunner.findGcc().isEmpty()) {
            console.error(RealityRunner.noGcc());
            return ExitCode.UNSUPPORTED.code();
        }
        List<RealityReport> reports = new ArrayList<>();
        List<String> reportFiles = new ArrayList<>();
        Optional<String> ksmBefore = Optional.empty();
        try {
            for (Inputs.Loaded l : loaded) {
                if (l.spec().isEmpty()) {
                    exit = exit.and(ExitCode.BAD_INPUT);
                    continue;
                }
                ScenarioSpec spec = l.spec().get();
                if (allowSysfs && ksmBefore.isEmpty() && mergesPages(spec)) {
                    ksmBefore = startKsm();
                    ksmBefore.ifPresent(v -> {
                        // restored also when the command is interrupted (Ctrl-C)
                        restoreHook = new Thread(() -> restoreKsm(v), "mmrace-restore-ksm");
                        Runtime.getRuntime().addShutdownHook(restoreHook);
                    });
                }
                RealityReport r;
                try {
                    r = new RealityCheck().check(spec, kernel, s.get(), ExploreOptions.defaults(),
                            new RealityRunner.Options(runs, Duration.ofSeconds(timeoutSeconds), dataDir.toAbsolutePath(),
                                    seed),
                            (done, wanted) -> progress(spec.name(), done, wanted), new CancellationToken());
                } catch (IllegalArgumentException e) {
                    console.err().println(l.path() + ":1:1: error: " + e.getMessage());
                    exit = exit.and(ExitCode.BAD_INPUT);
                    continue;
                }
                clearProgress();
                reports.add(r);
                reportFiles.add(l.path().toString());
                exit = exit.and(switch (r.status()) {
                    case AGREES -> ExitCode.OK;
                    case DISAGREES -> ExitCode.DISAGREEMENT;
                    case UNSUPPORTED -> ExitCode.UNSUPPORTED;
                    case FAILED -> ExitCode.INCOMPLETE;
                });
                if (!json) {
                    print(r);
                }
            }
        } finally {
            ksmBefore.ifPresent(v -> {
                Runtime.getRuntime().removeShutdownHook(restoreHook);
                restoreKsm(v);
            });
        }
        if (json) {
            console.out().print(json(kernel, s.get().id(), reports, reportFiles));
        } else {
            long agree = reports.stream().filter(r -> r.status() == RealityReport.Status.AGREES).count();
            long disagree = reports.stream().filter(r -> r.status() == RealityReport.Status.DISAGREES).count();
            console.out().println("Reality " + reports.size() + " scenarios on Linux " + kernel + " as " + s.get().id()
                    + ": " + agree + " agree, " + disagree + " disagree, " + (reports.size() - agree - disagree)
                    + " unsupported or failed");
        }
        return exit.code();
    }

    private void print(RealityReport r) {
        var out = console.out();
        int kinds = r.seen().size();
        out.println("Reality " + r.scenario() + " on Linux " + r.kernel() + " as " + r.strategy() + ": " + r.status().word()
                + " (" + r.observed().runs() + " runs, " + kinds + " outcome" + (kinds == 1 ? "" : "s") + " seen, "
                + (kinds - r.disagreements().size() + r.neverSeen().size()) + " allowed by the model)");
        for (RealityReport.Seen seen : r.seen()) {
            out.printf("  seen %6d  %-9s %s%n", seen.count(), !seen.allowed() ? "FORBIDDEN" : seen.torn() ? "allowed*"
                    : "allowed", r.render(seen.outcome()));
        }
        if (r.seen().stream().anyMatch(x -> x.allowed() && x.torn())) {
            out.println("  * a torn sector (A+D: several symbols in one sector, finer than the model's sectors);"
                    + " every choice of one symbol is allowed");
        }
        for (Outcome o : r.neverSeen()) {
            out.println("  never seen (allowed): " + r.render(o));
        }
        r.observed().notes().forEach(n -> out.println("  " + n));
        r.observed().unsupported().ifPresent(u -> out.println("  unsupported: " + u));
        r.observed().failure().ifPresent(f -> out.println("  failed: " + f));
        if (r.observed().errors() > 0) {
            out.println("  errors: " + r.observed().errors() + " runs had a failing operation (not counted): "
                    + r.observed().firstError().orElse(""));
        }
        r.modelNote().ifPresent(n -> out.println("  note: " + n));
        for (RealityReport.Seen d : r.disagreements()) {
            out.println("Disagreement " + r.scenario() + " " + r.strategy() + ": the kernel ended in " + r.render(d.outcome())
                    + " (" + d.count() + " of " + r.observed().runs() + " runs), which the model forbids");
        }
    }

    private String json(String kernel, String strategyId, List<RealityReport> reports, List<String> reportFiles) {
        JsonObject root = new JsonObject();
        root.addProperty("kernel", kernel);
        root.addProperty("strategy", strategyId);
        JsonArray all = new JsonArray();
        for (int i = 0; i < reports.size(); i++) {
            RealityReport r = reports.get(i);
            JsonObject o = new JsonObject();
            o.addProperty("file", reportFiles.get(i));
            o.addProperty("scenario", r.scenario());
            o.addProperty("status", r.status().word());
            o.addProperty("runs", r.observed().runs());
            JsonArray seen = new JsonArray();
            for (RealityReport.Seen s : r.seen()) {
                JsonObject x = new JsonObject();
                x.add("outcome", outcome(r, s.outcome()));
                x.addProperty("count", s.count());
                x.addProperty("allowed", s.allowed());
                x.addProperty("torn", s.torn());
                seen.add(x);
            }
            o.add("seen", seen);
            JsonArray never = new JsonArray();
            r.neverSeen().forEach(n -> never.add(outcome(r, n)));
            o.add("neverSeen", never);
            JsonArray notes = new JsonArray();
            r.observed().notes().forEach(notes::add);
            o.add("notes", notes);
            r.observed().unsupported().ifPresent(u -> o.addProperty("unsupported", u));
            r.observed().failure().ifPresent(f -> o.addProperty("failure", f));
            o.addProperty("errors", r.observed().errors());
            all.add(o);
        }
        root.add("scenarios", all);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    private static JsonObject outcome(RealityReport r, Outcome o) {
        JsonObject x = new JsonObject();
        o.byName(r.locations()).forEach(x::addProperty);
        return x;
    }

    private void progress(String scenario, int done, int wanted) {
        if (console.progressWanted() && (done % 50 == 0 || done == wanted)) {
            console.err().print("\r" + scenario + ": " + done + "/" + wanted + " runs   ");
            console.err().flush();
        }
    }

    private void clearProgress() {
        if (console.progressWanted()) {
            console.err().print("\r\033[K");
            console.err().flush();
        }
    }

    private static boolean mergesPages(ScenarioSpec spec) {
        return spec.threads().stream().flatMap(t -> t.ops().stream())
                .anyMatch(op -> op instanceof org.mmrace.core.spec.OpSpec.KsmMerge);
    }

    /** Starts ksmd if it is stopped; returns the value to restore. Only with --allow-sysfs. */
    private Optional<String> startKsm() {
        try {
            String before = Files.readString(KSM_RUN).trim();
            if (!before.equals("1")) {
                Files.writeString(KSM_RUN, "1");
                console.err().println("mmrace: started ksmd (" + KSM_RUN + " was " + before + "; restored at the end)");
                return Optional.of(before);
            }
        } catch (IOException e) {
            console.error("cannot start ksmd through " + KSM_RUN + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    private static void restoreKsm(String value) {
        try {
            Files.writeString(KSM_RUN, value);
        } catch (IOException e) {
            System.err.println("mmrace: cannot restore " + KSM_RUN + " to " + value + ": " + e.getMessage());
        }
    }
}
