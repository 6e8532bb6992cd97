package org.mmrace.core.strategy;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kernel version X.Y[.Z] as {@code uname -r} prints it (suffixes such as {@code -fc-v1045} or
 * {@code -rc3} ignored) and as the built-in strategy ids {@code linux-X.Y[.Z]} name their era.
 */
public record KernelVersion(int major, int minor, int patch) implements Comparable<KernelVersion> {
    private static final Pattern RELEASE = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?.*");
    private static final Pattern STRATEGY = Pattern.compile("linux-(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    /** {@code 6.18.44-fc-v1045} -> 6.18.44. */
    public static Optional<KernelVersion> ofRelease(String unameR) {
        return of(RELEASE.matcher(unameR.trim()));
    }

    /** {@code linux-2.6.38} -> 2.6.38; other ids (the 2008/2009 proposals) have no version. */
    public static Optional<KernelVersion> ofStrategyId(String id) {
        return of(STRATEGY.matcher(id));
    }

    private static Optional<KernelVersion> of(Matcher m) {
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new KernelVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
    }

    @Override
    public int compareTo(KernelVersion o) {
        return Comparator.comparingInt(KernelVersion::major).thenComparingInt(KernelVersion::minor)
                .thenComparingInt(KernelVersion::patch).compare(this, o);
    }

    /**
     * The strategy that describes this kernel: the built-in era with the highest version not above
     * it (6.18.44 -> linux-6.18 if present, else the newest before). Empty when every era is newer.
     */
    public Optional<Strategy> newestStrategyNotAbove(List<Strategy> strategies) {
        Strategy best = null;
        KernelVersion bestV = null;
        for (Strategy s : strategies) {
            Optional<KernelVersion> v = ofStrategyId(s.id());
            if (v.isPresent() && v.get().compareTo(this) <= 0 && (bestV == null || v.get().compareTo(bestV) > 0)) {
                best = s;
                bestV = v.get();
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public String toString() {
        return major + "." + minor + (patch != 0 ? "." + patch : "");
    }
}
