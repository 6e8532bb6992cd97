package org.mmrace.lang.assist;

import java.util.Optional;

import org.mmrace.core.strategy.Knob;
import org.mmrace.core.strategy.Knobs;
import org.mmrace.core.strategy.Strategies;
import org.mmrace.core.strategy.Strategy;

/** The hover help for a word: an operation, a keyword, a strategy or a knob. */
public final class RaceHoverText {

    private RaceHoverText() {
    }

    public static Optional<String> of(String word) {
        Optional<String> doc = RaceSyntax.doc(word);
        if (doc.isPresent()) {
            return doc;
        }
        Optional<Strategy> strategy = Strategies.find(word);
        if (strategy.isPresent()) {
            return Optional.of(strategy(strategy.get()));
        }
        int eq = word.indexOf('=');
        Optional<Knob> knob = Knobs.find(eq < 0 ? word : word.substring(0, eq));
        return knob.map(RaceHoverText::knob);
    }

    public static String strategy(Strategy s) {
        StringBuilder b = new StringBuilder();
        b.append("strategy ").append(s.id());
        s.base().ifPresent(base -> b.append(" (").append(base).append(" with ")
                .append(s.changes().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .reduce((x, y) -> x + " " + y).orElse("no changes"))
                .append(')'));
        b.append("\n\n").append(s.description());
        if (!s.sources().isEmpty()) {
            b.append("\n\nSources:");
            s.sources().forEach(src -> b.append("\n  ").append(src));
        }
        return b.toString();
    }

    private static String knob(Knob k) {
        StringBuilder b = new StringBuilder("knob ").append(k.name()).append("\n\n").append(k.doc()).append('\n');
        for (int i = 0; i < k.values().size(); i++) {
            b.append("\n  ").append(k.values().get(i));
            if (i < k.valueDocs().size()) {
                b.append(": ").append(k.valueDocs().get(i));
            }
        }
        return b.toString();
    }
}
