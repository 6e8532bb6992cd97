package org.mmrace.cli.internal;

import java.util.concurrent.Callable;

import org.mmrace.core.strategy.Knob;
import org.mmrace.core.strategy.Knobs;
import org.mmrace.core.strategy.Strategies;
import org.mmrace.core.strategy.Strategy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mmrace strategies}: what each strategy changes, where it comes from, and the knobs. */
@Command(name = "strategies", mixinStandardHelpOptions = true,
        description = { "List the built-in strategies: id, description, sources and what each changes.",
            "With --knobs, also every knob with its values, and each strategy's full setting.",
            "A scenario defines its own with: strategy NAME = BASE with knob=value ..." })
final class StrategiesCommand implements Callable<Integer> {

    private final Console console;

    @Option(names = "--knobs", description = "also list the knobs and every strategy's value for each")
    boolean knobs;

    StrategiesCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        var out = console.out();
        for (Strategy s : Strategies.builtins()) {
            out.println(s.id());
            out.println("  " + s.description().replace("\n", "\n  "));
            for (String source : s.sources()) {
                out.println("  source: " + source);
            }
            if (!s.changes().isEmpty()) {
                StringBuilder b = new StringBuilder("  changes");
                s.base().ifPresent(base -> b.append(" against ").append(base));
                b.append(':');
                s.changes().forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
                out.println(b);
            }
            if (knobs) {
                s.settings().forEach((k, v) -> out.println("    " + k + "=" + v));
            }
            out.println();
        }
        if (knobs) {
            out.println("Knobs (the first value is linux-2.6.27's):");
            for (Knob k : Knobs.all()) {
                out.println(k.name() + " = " + String.join(" | ", k.values()));
                out.println("  " + k.doc());
                for (int i = 0; i < k.values().size() && i < k.valueDocs().size(); i++) {
                    out.println("    " + k.values().get(i) + ": " + k.valueDocs().get(i));
                }
            }
        }
        return ExitCode.OK.code();
    }
}
