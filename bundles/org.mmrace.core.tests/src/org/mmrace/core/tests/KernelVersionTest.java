package org.mmrace.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mmrace.core.strategy.KernelVersion;
import org.mmrace.core.strategy.Strategy;

/** uname -r to the strategy that describes that kernel: the newest era not above it, by version. */
class KernelVersionTest {

    private static Strategy era(String id) {
        return new Strategy(id, "", List.of(), Map.of(), Optional.empty(), Map.of());
    }

    private static final List<Strategy> ERAS = List.of(era("linux-2.6.27"), era("brlock-2008"), era("linux-5.9"),
            era("linux-6.3"), era("linux-2.6.38"), era("linux-6.18"), era("linux-6.16"), era("linux-5.19"));

    private static Optional<String> pick(String release) {
        return KernelVersion.ofRelease(release).flatMap(v -> v.newestStrategyNotAbove(ERAS)).map(Strategy::id);
    }

    @Test
    void readsReleasesWithLocalSuffixes() {
        assertEquals(Optional.of(new KernelVersion(6, 18, 44)), KernelVersion.ofRelease("6.18.44-fc-v1045"));
        assertEquals(Optional.of(new KernelVersion(6, 1, 0)), KernelVersion.ofRelease("6.1-rc3"));
        assertEquals(Optional.empty(), KernelVersion.ofRelease("unknown"));
        assertEquals(Optional.of(new KernelVersion(2, 6, 38)), KernelVersion.ofStrategyId("linux-2.6.38"));
        assertEquals(Optional.empty(), KernelVersion.ofStrategyId("pg-gup-2009"));
    }

    @Test
    void picksTheNewestEraNotAboveTheKernel() {
        assertEquals(Optional.of("linux-6.18"), pick("6.18.44-fc-v1045"));
        assertEquals(Optional.of("linux-6.18"), pick("7.0.0"));
        assertEquals(Optional.of("linux-6.16"), pick("6.17.2"));
        assertEquals(Optional.of("linux-6.3"), pick("6.15"));
        assertEquals(Optional.of("linux-5.19"), pick("5.19.0"));
        assertEquals(Optional.of("linux-5.9"), pick("5.10.200"));
        assertEquals(Optional.of("linux-2.6.38"), pick("3.10.0-1160.el7"));
        assertEquals(Optional.of("linux-2.6.27"), pick("2.6.32"));
        assertEquals(Optional.empty(), pick("2.6.20"));
    }
}
