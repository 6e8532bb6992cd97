package org.mmrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmrace.core.spec.KnobSetting;
import org.mmrace.core.spec.SourcePos;
import org.mmrace.core.spec.StrategyDef;
import org.mmrace.core.strategy.Knob;
import org.mmrace.core.strategy.Knobs;
import org.mmrace.core.strategy.Strategies;
import org.mmrace.core.strategy.Strategy;
import org.mmrace.core.strategy.StrategyException;

class StrategiesTest {

    @Test
    void theBuiltinIdsAreTheThirteenOfSemanticsAndTheIssue11Eras() {
        assertEquals(List.of("linux-2.6.27", "forcecow-2008", "forcecow-2008-fixed", "brlock-2008",
                "gupfast-mmapsem-2008", "dio-pagelock-2008", "pg-gup-2009", "dontcow-2009", "linux-2.6.38", "linux-5.8",
                "linux-5.9", "linux-5.11", "linux-5.18", "linux-5.19", "linux-6.3", "linux-6.15", "linux-6.18"),
                Strategies.builtinIds());
    }

    @Test
    void everyBuiltinSetsEveryKnobToAnAllowedValueAndHasDescriptionAndSources() {
        for (Strategy s : Strategies.builtins()) {
            assertFalse(s.description().isBlank(), s.id());
            assertFalse(s.sources().isEmpty(), s.id());
            for (Knob k : Knobs.all()) {
                assertTrue(k.allows(s.get(k.name())), s.id() + " " + k.name());
            }
        }
    }

    @Test
    void laterErasInheritTheirBase() throws StrategyException {
        Strategy k63 = Strategies.builtin("linux-6.3");
        assertEquals("pin", k63.get(Knobs.DIO_REF));
        assertEquals("yes", k63.get(Knobs.ANON_EXCLUSIVE));
        assertEquals("seqcount", k63.get(Knobs.GUP_FAST_GUARD));
        assertEquals("count", k63.get(Knobs.WP_REUSE));
        assertEquals("keep", k63.get(Knobs.GUP_READ_COW)); // a308c71bf1e6 reverted the 5.8 COW break
        assertEquals("break", Strategies.builtin("linux-5.8").get(Knobs.GUP_READ_COW));
    }

    @Test
    void aUserStrategyIsABasePlusKnobs() throws StrategyException {
        Strategy mine = Strategies.derive("mine", Strategies.builtin("linux-2.6.27"), "gup_fast.guard=brlock",
                "fork.pinned=copy");
        assertEquals("brlock", mine.get(Knobs.GUP_FAST_GUARD));
        assertEquals("copy", mine.get(Knobs.FORK_PINNED));
        assertEquals("mapcount", mine.get(Knobs.WP_REUSE));
        assertEquals(2, mine.changes().size());
        assertEquals("linux-2.6.27", mine.base().orElseThrow());
    }

    @Test
    void scenarioStrategiesMayBuildOnEachOther() throws StrategyException {
        List<StrategyDef> defs = List.of(
                new StrategyDef("a", "linux-2.6.27", List.of(new KnobSetting("fork.pinned", "copy", SourcePos.NONE)),
                        SourcePos.NONE),
                new StrategyDef("b", "a", List.of(new KnobSetting("gup_fast.guard", "brlock", SourcePos.NONE)),
                        SourcePos.NONE));
        Strategy b = Strategies.resolve("b", defs);
        assertEquals("copy", b.get(Knobs.FORK_PINNED));
        assertEquals("brlock", b.get(Knobs.GUP_FAST_GUARD));
    }

    @Test
    void unknownStrategyKnobOrValueIsAnErrorNotADefault() throws StrategyException {
        StrategyException e1 = assertThrows(StrategyException.class, () -> Strategies.builtin("linux-4.0"));
        assertTrue(e1.getMessage().contains("unknown strategy 'linux-4.0'"), e1.getMessage());
        Strategy base = Strategies.builtin("linux-2.6.27");
        StrategyException e2 = assertThrows(StrategyException.class,
                () -> Strategies.derive("x", base, List.of(new KnobSetting("gup_fast.gaurd", "brlock",
                        new SourcePos(3, 40)))));
        assertTrue(e2.getMessage().contains("unknown knob 'gup_fast.gaurd'"), e2.getMessage());
        assertEquals(new SourcePos(3, 40), e2.pos());
        StrategyException e3 = assertThrows(StrategyException.class,
                () -> Strategies.derive("x", base, "fork.pinned=maybe"));
        assertTrue(e3.getMessage().contains("has no value 'maybe'"), e3.getMessage());
        StrategyException e4 = assertThrows(StrategyException.class,
                () -> Strategies.derive("x", base, "dio.ref=pin"));
        assertTrue(e4.getMessage().contains("foll_pin=yes"), e4.getMessage());
    }
}
