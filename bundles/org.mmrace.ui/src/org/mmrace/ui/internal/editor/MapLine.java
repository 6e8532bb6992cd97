package org.mmrace.ui.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@code map P.NAME KIND SHARING PROT [pages=N] [fill=S] ...} line as fields for the Design
 * page: the positional words and the {@code name=value} options. Setting a field rewrites only
 * its token; an option set to "" is removed (the format's default applies).
 */
public record MapLine(List<String> tokens) {

    public static final int REGION = 1;
    public static final int KIND = 2;
    public static final int SHARING = 3;
    public static final int PROT = 4;

    public MapLine {
        tokens = List.copyOf(tokens);
    }

    public static MapLine parse(String code) {
        List<String> t = new ArrayList<>(Arrays.asList(code.strip().split("\\s+")));
        // Missing positional words are filled with the defaults so every field has a token.
        String[] defaults = { "map", "P.buf", "anon", "private", "rw" };
        for (int i = 0; i < defaults.length; i++) {
            if (t.size() <= i || t.get(i).contains("=")) {
                t.add(Math.min(i, t.size()), defaults[i]);
            }
        }
        return new MapLine(t);
    }

    public String word(int index) {
        return tokens.get(index);
    }

    public MapLine withWord(int index, String value) {
        List<String> t = new ArrayList<>(tokens);
        t.set(index, value.strip());
        return new MapLine(t);
    }

    /** The value of {@code name=}, or "". */
    public String option(String name) {
        return tokens.stream().filter(t -> t.startsWith(name + "=")).map(t -> t.substring(name.length() + 1))
                .findFirst().orElse("");
    }

    public MapLine withOption(String name, String value) {
        List<String> t = new ArrayList<>(tokens);
        String v = value.strip();
        int at = -1;
        for (int i = PROT + 1; i < t.size(); i++) {
            if (t.get(i).startsWith(name + "=")) {
                at = i;
            }
        }
        if (at >= 0 && v.isEmpty()) {
            t.remove(at);
        } else if (at >= 0) {
            t.set(at, name + "=" + v);
        } else if (!v.isEmpty()) {
            t.add(name + "=" + v);
        }
        return new MapLine(t);
    }

    public String text() {
        return String.join(" ", tokens);
    }
}
