package org.mmrace.lang.assist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.mmrace.core.strategy.Knob;
import org.mmrace.core.strategy.Knobs;
import org.mmrace.core.strategy.Strategies;
import org.mmrace.core.strategy.Strategy;
import org.mmrace.lang.assist.RaceStructure.Kind;
import org.mmrace.lang.assist.RaceStructure.Statement;

/**
 * What may be typed at a position of a .race text: keywords at the start of a statement,
 * operations inside a thread, and after them the names the file declares (regions, threads,
 * pins, pipes, events, I/O names) or the values an option takes; strategy ids after
 * {@code expect} and in {@code strategy} lines. Pure computation over the text, so it is tested
 * without a display.
 */
public final class RaceCompletions {

    /** One proposal: the text to insert for the typed prefix, and a description. */
    public record Completion(String text, String description) {
    }

    /** The proposals at {@code offset}, whose start-of-word {@code prefix} they all extend. */
    public record Result(String prefix, List<Completion> completions) {
    }

    private RaceCompletions() {
    }

    public static Result at(String text, int offset) {
        int lineStart = offset;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        int prefixStart = offset;
        while (prefixStart > lineStart && isPrefixPart(text.charAt(prefixStart - 1))) {
            prefixStart--;
        }
        String prefix = text.substring(prefixStart, offset);
        String before = text.substring(lineStart, prefixStart).strip();
        RaceStructure structure = RaceStructure.of(text);
        Optional<Statement> thread = threadAbove(structure, lineStart);
        Map<String, String> candidates = candidates(structure, before, prefix, thread);
        String lower = prefix.toLowerCase(Locale.ROOT);
        List<Completion> out = new ArrayList<>();
        candidates.forEach((word, doc) -> {
            if (word.toLowerCase(Locale.ROOT).startsWith(lower) && !word.equals(prefix)) {
                out.add(new Completion(word, doc));
            }
        });
        return new Result(prefix, out);
    }

    private static boolean isPrefixPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '[' || c == ']'
                || c == '=';
    }

    /** The thread block that a new line at {@code lineStart} would belong to. */
    private static Optional<Statement> threadAbove(RaceStructure structure, int lineStart) {
        Optional<Statement> open = Optional.empty();
        for (Statement s : structure.statements()) {
            if (s.offset() >= lineStart) {
                break;
            }
            boolean isThread = s.kind() == Kind.THREAD || s.kind() == Kind.KTHREAD;
            open = isThread ? Optional.of(s) : Optional.empty();
        }
        return open;
    }

    private static Map<String, String> candidates(RaceStructure structure, String before, String prefix,
            Optional<Statement> thread) {
        Map<String, String> c = new LinkedHashMap<>();
        if (before.isEmpty()) {
            if (thread.isPresent()) {
                c.putAll(RaceSyntax.OPERATIONS);
            }
            c.putAll(RaceSyntax.KEYWORDS);
            return c;
        }
        String[] words = before.split("\\s+");
        String first = words[0];
        int argIndex = words.length; // index of the word being typed, 1 = first argument
        if (prefix.contains("=")) {
            optionValues(structure, prefix, c);
            return c;
        }
        switch (first) {
        case "expect" -> {
            if (argIndex == 1) {
                strategies(structure, c);
            } else if (argIndex == 2) {
                RaceSyntax.OUTCOMES.forEach(o -> c.put(o, "the expected verdict"));
            }
        }
        case "strategy" -> {
            if (before.contains("with")) {
                Knobs.all().forEach(k -> c.put(k.name() + "=", k.doc()));
            } else if (before.endsWith("=")) {
                strategies(structure, c);
            } else if (argIndex == 2) {
                c.put("=", "a built-in strategy follows");
            } else if (argIndex == 4) {
                c.put("with", "knob settings follow");
            }
        }
        case "thread" -> structure.processes().forEach(p -> c.put(p + ".", "a thread of process " + p));
        case "map" -> {
            if (argIndex == 1) {
                structure.processes().forEach(p -> c.put(p + ".", "a region of process " + p));
            } else {
                mapWords(argIndex, c);
            }
        }
        case "require", "forbid", "observe" -> {
            addresses(structure, Optional.empty(), c);
            structure.registers().forEach(r -> c.put(r, "a register"));
            for (String w : List.of("and", "or", "not")) {
                c.put(w, "combines conditions");
            }
        }
        case "signal", "wait" -> structure.events().forEach(e -> c.put(e, "an event"));
        case "unpin", "dma_write", "dma_read" -> {
            if (argIndex == 1) {
                structure.pins().forEach(p -> c.put(p, "a pin taken with 'pin ... as " + p + "'"));
            } else if (!first.equals("unpin")) {
                c.put("0-7", "the sectors of the page");
                if (first.equals("dma_write")) {
                    c.put("data=", "the symbol the device writes");
                }
            }
        }
        case "aio_wait" -> structure.ios().forEach(io -> c.put(io, "an asynchronous request"));
        case "pipe_read" -> structure.pipes().forEach(p -> c.put(p, "a pipe filled by vmsplice"));
        case "mprotect" -> {
            if (argIndex == 1) {
                regions(structure, thread, c);
            } else {
                c.put("ro", "read-only");
                c.put("rw", "read-write");
            }
        }
        case "madvise" -> {
            if (argIndex == 1) {
                regions(structure, thread, c);
            } else {
                c.put("dontfork", "VM_DONTCOPY: fork skips this VMA");
                c.put("dofork", "clears VM_DONTCOPY");
                c.put("mergeable", "VM_MERGEABLE: ksmd may merge these pages");
            }
        }
        case "munmap" -> regions(structure, thread, c);
        case "store", "load", "dio_read", "dio_write", "aio_read", "aio_write", "vmsplice", "pin", "ksm_merge" -> {
            if (argIndex == 1 || (first.equals("ksm_merge") && argIndex == 2)) {
                addresses(structure, thread, c);
            } else {
                operationOptions(first, c);
            }
        }
        default -> {
        }
        }
        return c;
    }

    private static void mapWords(int argIndex, Map<String, String> c) {
        switch (argIndex) {
        case 2 -> c.put("anon", "anonymous memory");
        case 3 -> {
            c.put("private", "MAP_PRIVATE: copy-on-write after fork");
            c.put("shared", "MAP_SHARED");
        }
        case 4 -> {
            c.put("rw", "readable and writable");
            c.put("ro", "read-only");
        }
        default -> {
            c.put("pages=", "number of pages (default 1)");
            c.put("fill=", "one symbol per sector, or one for all 8 (default .)");
        }
        }
    }

    private static void operationOptions(String op, Map<String, String> c) {
        switch (op) {
        case "store", "dio_read", "aio_read" -> c.put("data=", "the symbol written into each sector");
        case "dio_write", "aio_write" -> c.put("file=", "the file written to");
        case "vmsplice" -> c.put("pipe=", "the pipe that holds the reference");
        case "load" -> c.put("->", "the register that receives the sectors");
        case "pin" -> {
            c.put("ro", "a read-only pin");
            c.put("rw", "a writable pin");
            c.put("fast", "pin_user_pages_fast");
            c.put("longterm", "FOLL_LONGTERM");
            c.put("as", "names the pin");
        }
        default -> {
        }
        }
        if (op.startsWith("dio_") || op.startsWith("aio_")) {
            c.put("gup=", "fast (get_user_pages_fast) or slow (get_user_pages)");
            c.put("pin=", "get (FOLL_GET) or pin (FOLL_PIN)");
        }
        if (op.startsWith("aio_")) {
            c.put("as", "names the request for aio_wait");
        }
    }

    private static void optionValues(RaceStructure structure, String prefix, Map<String, String> c) {
        String name = prefix.substring(0, prefix.indexOf('=') + 1);
        switch (name) {
        case "gup=" -> {
            c.put("gup=fast", "get_user_pages_fast: a lockless walk of the page tables");
            c.put("gup=slow", "get_user_pages: mmap_sem for read and the page-table lock");
        }
        case "pin=" -> {
            c.put("pin=get", "FOLL_GET: a plain page reference");
            c.put("pin=pin", "FOLL_PIN: pin_user_pages, +1024 on the count");
        }
        case "pipe=" -> structure.pipes().forEach(p -> c.put("pipe=" + p, "a pipe"));
        case "file=" -> structure.files().forEach(f -> c.put("file=" + f, "a file"));
        default -> {
            Optional<Knob> knob = Knobs.find(name.substring(0, name.length() - 1));
            knob.ifPresent(k -> {
                for (int i = 0; i < k.values().size(); i++) {
                    String doc = i < k.valueDocs().size() ? k.valueDocs().get(i) : k.doc();
                    c.put(name + k.values().get(i), doc);
                }
            });
        }
        }
    }

    private static void strategies(RaceStructure structure, Map<String, String> c) {
        for (Strategy s : Strategies.builtins()) {
            c.put(s.id(), s.description());
        }
        structure.strategies().forEach(s -> c.put(s, "a strategy defined in this file"));
    }

    private static void regions(RaceStructure structure, Optional<Statement> thread, Map<String, String> c) {
        for (String region : structure.regions()) {
            String local = localName(region, thread);
            c.put(local, "region " + region);
        }
    }

    private static void addresses(RaceStructure structure, Optional<Statement> thread, Map<String, String> c) {
        for (String region : structure.regions()) {
            String name = thread.isPresent() ? localName(region, thread) : region;
            c.put(name + "[0]", "page 0 of " + region + " (all sectors)");
            c.put(name + "[0].0", "sector 0 of page 0 of " + region);
        }
        if (thread.isEmpty()) {
            // forked children inherit the parent's regions
            for (Statement t : structure.threads()) {
                for (Statement op : t.children()) {
                    if (op.keyword().equals("fork")) {
                        String parent = t.name().contains(".") ? t.name().substring(0, t.name().indexOf('.')) : "";
                        for (String region : structure.regions()) {
                            if (region.startsWith(parent + ".")) {
                                String child = op.name() + region.substring(parent.length());
                                c.put(child + "[0]", "page 0 of " + child + " (inherited at fork)");
                                c.put(child + "[0].0", "sector 0 of page 0 of " + child);
                            }
                        }
                    }
                }
            }
        }
    }

    /** {@code P.buf} inside a thread of P reads {@code buf}. */
    private static String localName(String region, Optional<Statement> thread) {
        if (thread.isEmpty() || !thread.get().name().contains(".")) {
            return region;
        }
        String process = thread.get().name().substring(0, thread.get().name().indexOf('.'));
        return region.startsWith(process + ".") ? region.substring(process.length() + 1) : region;
    }
}
