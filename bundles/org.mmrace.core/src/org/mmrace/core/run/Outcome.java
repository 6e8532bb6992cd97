package org.mmrace.core.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One final outcome projected onto a list of {@link OutcomeLocation}s: {@code values.get(i)} is
 * the value at location i (one symbol per sector, '!' unmapped).
 */
public record Outcome(List<String> values) {
    public Outcome {
        values = List.copyOf(values);
    }

    /** The outcome read from location name -> value; a location the map lacks is an error. */
    public static Outcome of(List<OutcomeLocation> locations, Map<String, String> byName) {
        List<String> v = new ArrayList<>();
        for (OutcomeLocation l : locations) {
            String s = byName.get(l.name());
            if (s == null) {
                throw new IllegalArgumentException("no value for " + l.name());
            }
            v.add(s);
        }
        return new Outcome(v);
    }

    public Map<String, String> byName(List<OutcomeLocation> locations) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < locations.size(); i++) {
            m.put(locations.get(i).name(), values.get(i));
        }
        return m;
    }

    /** {@code P.buf[0].0=D P.buf[0].7=W C.buf[0].0=A}. */
    public String render(List<OutcomeLocation> locations) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < locations.size(); i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(locations.get(i).name()).append('=').append(values.get(i));
        }
        return b.toString();
    }

    /**
     * As {@link #render}, with the contiguous sectors of one page written as the format writes a
     * range: {@code P.buf[0]=F} (every sector F), {@code P.buf[0].0-3=DDAA}.
     */
    public String renderCompact(List<OutcomeLocation> locations) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < locations.size()) {
            if (!(locations.get(i) instanceof OutcomeLocation.Memory first)) {
                parts.add(locations.get(i).name() + "=" + values.get(i));
                i++;
                continue;
            }
            int j = i + 1;
            while (j < locations.size() && locations.get(j) instanceof OutcomeLocation.Memory m
                    && m.process().equals(first.process()) && m.region().equals(first.region())
                    && m.page() == first.page() && m.sector() == first.sector() + (j - i)) {
                j++;
            }
            int last = first.sector() + (j - i) - 1;
            String page = first.process() + "." + first.region() + "[" + first.page() + "]";
            String name = j - i == 1 ? first.name() : first.sector() == 0 && last == 7 ? page
                    : page + "." + first.sector() + "-" + last;
            String joined = String.join("", values.subList(i, j));
            boolean uniform = joined.chars().distinct().count() == 1;
            parts.add(name + "=" + (uniform ? joined.substring(0, 1) : joined));
            i = j;
        }
        return String.join(" ", parts);
    }
}
