package org.mmrace.export.c;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.ExploreOptions;
import org.mmrace.core.run.FinalOutcomes;
import org.mmrace.core.run.Outcomes;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.strategy.KernelVersion;
import org.mmrace.core.strategy.Strategies;
import org.mmrace.core.strategy.Strategy;

/**
 * One scenario on this machine's kernel: the strategy for {@code uname -r} (the newest built-in era
 * not above it), the model's allowed final outcomes under it, the reproducer's runs, and the
 * comparison. Shared by {@code mmrace reality} and the workbench's Run on This Kernel.
 */
public final class RealityCheck {
    private final CReproducer generator = new CReproducer();
    private final RealityRunner runner = new RealityRunner();
    private final RealityComparison comparison = new RealityComparison();

    /** {@code uname -r}, or the JVM's os.version when uname cannot run. */
    public static String kernelRelease() {
        try {
            Process p = new ProcessBuilder("uname", "-r").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty()) {
                return out;
            }
        } catch (IOException e) {
            // fall back below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return System.getProperty("os.version", "unknown");
    }

    /** The built-in strategy that describes kernel {@code release}, if any is not newer. */
    public static Optional<Strategy> strategyFor(String release) {
        return KernelVersion.ofRelease(release).flatMap(v -> v.newestStrategyNotAbove(Strategies.builtins()));
    }

    /**
     * Runs the check. {@code strategy}: the strategy for this kernel ({@link #strategyFor}).
     * The model is explored with {@code model} limits; the reproducer with {@code options}.
     */
    public RealityReport check(ScenarioSpec spec, String kernel, Strategy strategy, ExploreOptions model,
            RealityRunner.Options options, RealityRunner.Listener listener, CancellationToken token) {
        CProgram program = generator.generate(spec);
        // An operation or option the reproducer skips makes the comparison meaningless: say so instead of
        // comparing a different program with the model (approximations still compare, with their notes).
        String skipped = program.notes().stream().filter(n -> n.kind() == ReproducerNote.Kind.UNSUPPORTED)
                .map(ReproducerNote::describe).collect(Collectors.joining("; "));
        if (!skipped.isEmpty()) {
            FinalOutcomes none = new FinalOutcomes(spec.name(), strategy.id(), program.locations(), java.util.Set.of(),
                    false, java.util.Optional.of("not explored"), java.util.Optional.empty());
            return comparison.compare(kernel, none, Observed.unsupported("not compared, the reproducer cannot"
                    + " reproduce the scenario: " + skipped));
        }
        FinalOutcomes allowed = Outcomes.explore(spec, strategy, model, token);
        if (allowed.error().isPresent()) {
            return comparison.compare(kernel, allowed, Observed.failed("not run: the model failed"));
        }
        Observed observed = runner.run(program, options, listener, token);
        return comparison.compare(kernel, allowed, observed);
    }

}
