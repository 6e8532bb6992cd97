package org.mmrace.ui.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One operation line split into the fields the Design page's operation table edits: the
 * operation, its target (the address, region, pin, pipe, I/O, event or child it acts on), the
 * {@code data=} symbol and the other options as written. Editing one field rewrites only that
 * token, so the rest of the line keeps its order and spelling.
 */
public record OperationLine(List<String> tokens) {

    /** Operations whose first argument is an address ({@code buf[0].0}). */
    public static final Set<String> ADDRESS_OPERATIONS = Set.of("store", "load", "dio_read", "dio_write",
            "aio_read", "aio_write", "vmsplice", "pin", "ksm_merge");

    /** Operations whose first argument is a whole region ({@code buf}). */
    public static final Set<String> REGION_OPERATIONS = Set.of("mprotect", "madvise", "munmap", "collapse");

    /** Operations without a target. */
    public static final Set<String> NO_TARGET = Set.of("exit");

    private static final String DATA = "data=";

    public OperationLine {
        tokens = List.copyOf(tokens);
    }

    public static OperationLine parse(String code) {
        String c = code.strip();
        return new OperationLine(c.isEmpty() ? List.of("") : Arrays.asList(c.split("\\s+")));
    }

    public String operation() {
        return tokens.get(0);
    }

    public String target() {
        return hasTarget() && tokens.size() > 1 && !tokens.get(1).startsWith(DATA) ? tokens.get(1) : "";
    }

    /** The {@code data=} symbol, or "" when the line has none. */
    public String data() {
        return tokens.stream().filter(t -> t.startsWith(DATA)).map(t -> t.substring(DATA.length())).findFirst()
                .orElse("");
    }

    /** Everything after the target except {@code data=}, as written. */
    public String options() {
        return String.join(" ", optionTokens());
    }

    public String text() {
        return String.join(" ", tokens).strip();
    }

    public OperationLine withOperation(String op) {
        List<String> t = new ArrayList<>(tokens);
        t.set(0, op);
        return new OperationLine(t);
    }

    public OperationLine withTarget(String target) {
        List<String> t = new ArrayList<>(tokens);
        String value = target.strip();
        if (!target().isEmpty()) {
            if (value.isEmpty()) {
                t.remove(1);
            } else {
                t.set(1, value);
            }
        } else if (!value.isEmpty()) {
            t.add(1, value);
        }
        return new OperationLine(t);
    }

    /** Sets {@code data=} where it stands; a new one goes before {@code as} or {@code ->}. */
    public OperationLine withData(String data) {
        List<String> t = new ArrayList<>(tokens);
        String value = data.strip();
        int at = indexOfData(t);
        if (at >= 0) {
            if (value.isEmpty()) {
                t.remove(at);
            } else {
                t.set(at, DATA + value);
            }
        } else if (!value.isEmpty()) {
            t.add(insertionPoint(t), DATA + value);
        }
        return new OperationLine(t);
    }

    /** Replaces the options; {@code data=} stays where it stood (counted from the operation). */
    public OperationLine withOptions(String options) {
        List<String> t = new ArrayList<>();
        t.add(operation());
        if (!target().isEmpty()) {
            t.add(target());
        }
        String o = options.strip();
        if (!o.isEmpty()) {
            t.addAll(Arrays.asList(o.split("\\s+")));
        }
        int at = indexOfData(tokens);
        if (at >= 0) {
            t.add(Math.min(at, t.size()), tokens.get(at));
        }
        return new OperationLine(t);
    }

    private boolean hasTarget() {
        return !NO_TARGET.contains(operation());
    }

    private List<String> optionTokens() {
        List<String> out = new ArrayList<>(tokens.subList(1, tokens.size()));
        if (!target().isEmpty()) {
            out.remove(0);
        }
        out.removeIf(s -> s.startsWith(DATA));
        return out;
    }

    private static int indexOfData(List<String> t) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).startsWith(DATA)) {
                return i;
            }
        }
        return -1;
    }

    private static int insertionPoint(List<String> t) {
        for (int i = 1; i < t.size(); i++) {
            if (t.get(i).equals("as") || t.get(i).startsWith("->")) {
                return i;
            }
        }
        return t.size();
    }
}
