package org.mmrace.lang.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import org.mmrace.lang.assist.RaceStructure.Kind;
import org.mmrace.lang.assist.RaceStructure.Statement;

/**
 * Where a name used in a .race text is declared, for go-to-definition: a process ({@code process P}
 * or the {@code fork C} that creates it), a region ({@code map P.buf}; a forked child's regions are
 * its parent's), a thread, an event (its {@code signal}), a label given with {@code as} (a pin or an
 * asynchronous I/O), a pipe (its {@code vmsplice}), a file (the first direct write to it), a register
 * (the operation that loads it) and a strategy the file defines. Works on {@link RaceStructure}, so
 * it answers in a file that does not parse yet.
 */
public final class RaceDefinitions {

    /** A span of the text: the declaring name. */
    public record Span(int offset, int length) {
    }

    private final String text;
    private final RaceStructure structure;

    private RaceDefinitions(String text) {
        this.text = text;
        this.structure = RaceStructure.of(text);
    }

    /** The declarations of the name at {@code offset}; empty when it names nothing the file declares. */
    public static List<Span> at(String text, int offset) {
        return new RaceDefinitions(text).find(offset);
    }

    private List<Span> find(int offset) {
        int[] word = RaceSyntax.wordAt(text, offset);
        String whole = text.substring(word[0], word[1]);
        if (whole.isEmpty()) {
            return List.of();
        }
        Optional<Statement> at = structure.statementAt(offset);
        Optional<Statement> thread = at.flatMap(this::threadOf);
        String keyword = at.map(Statement::keyword).orElse("");
        if (keyword.equals("expect") || keyword.equals("strategy")) {
            // Strategy ids contain dots (linux-2.6.27): the whole word is the name.
            return first(ofKind(Kind.STRATEGY),
                    s -> s.name().equals(whole) ? nameIn(s, whole, s.offset()) : Optional.empty());
        }
        String[] segments = whole.split("\\.", -1);
        int index = segmentAt(word[0], offset, segments);
        String name = segments[index];
        if (name.isEmpty()) {
            return List.of();
        }
        if (segments.length == 1) {
            return unqualified(name, keyword, thread);
        }
        String qualifier = segments[0];
        if (index == 0) {
            List<Span> process = process(qualifier);
            return process.isEmpty() ? thread(qualifier) : process;
        }
        if (index == 1 && segments.length == 2) {
            if (keyword.equals("thread")) {
                return thread(whole);
            }
            if (structure.threadNames().contains(qualifier)) {
                return register(qualifier, name); // a kernel thread's register: ksmd.r1
            }
            return region(qualifier, name);
        }
        if (index == 1) {
            return thread(qualifier + "." + name);
        }
        return index == 2 ? register(qualifier + "." + segments[1], name) : List.of();
    }

    private List<Span> unqualified(String name, String keyword, Optional<Statement> thread) {
        switch (keyword) {
        case "process", "fork" -> {
            return process(name);
        }
        case "signal", "wait" -> {
            return event(name);
        }
        case "unpin", "dma_write", "dma_read", "aio_wait" -> {
            return label(name);
        }
        case "pipe_read", "vmsplice" -> {
            return pipe(name);
        }
        case "kthread" -> {
            return thread(name);
        }
        default -> {
        }
        }
        Optional<String> process = thread.map(t -> processOf(t.name()));
        if (process.isPresent()) {
            List<Span> region = region(process.get(), name);
            if (!region.isEmpty()) {
                return region;
            }
        }
        for (List<Span> candidate : List.of(label(name), pipe(name), file(name), process(name), event(name),
                thread(name))) {
            if (!candidate.isEmpty()) {
                return candidate;
            }
        }
        return List.of();
    }

    private static int segmentAt(int wordStart, int offset, String[] segments) {
        int end = wordStart;
        for (int i = 0; i < segments.length; i++) {
            end += segments[i].length();
            if (offset <= end) {
                return i;
            }
            end++; // the dot
        }
        return segments.length - 1;
    }

    // ------------------------------------------------------------ declarations

    private List<Span> process(String name) {
        List<Span> declared = first(ofKind(Kind.PROCESS), s -> s.name().equals(name) ? nameIn(s, name, s.offset())
                : Optional.empty());
        if (!declared.isEmpty()) {
            return declared;
        }
        return first(operations("fork"), s -> s.name().equals(name) ? nameIn(s, name, s.offset()) : Optional.empty());
    }

    /** {@code map P.buf}; a forked child's region is declared by its parent's (recursively). */
    private List<Span> region(String process, String region) {
        String owner = process;
        for (int hops = 0; hops < 64 && owner != null; hops++) {
            String qualified = owner + "." + region;
            List<Span> map = first(ofKind(Kind.MAP),
                    s -> s.name().equals(qualified) ? nameIn(s, qualified, s.offset()) : Optional.empty());
            if (!map.isEmpty()) {
                return map;
            }
            owner = parentOf(owner).orElse(null);
        }
        return List.of();
    }

    private List<Span> thread(String name) {
        return first(structure.threads(), s -> s.name().equals(name) ? nameIn(s, name, s.offset()) : Optional.empty());
    }

    /** The first {@code signal E}: the wait blocks until it has run. */
    private List<Span> event(String name) {
        return first(operations("signal"),
                s -> s.name().equals(name) ? nameIn(s, name, s.offset()) : Optional.empty());
    }

    /** {@code pin ... as NAME} or {@code aio_read ... as NAME}. */
    private List<Span> label(String name) {
        List<Statement> labelled = new ArrayList<>();
        for (Statement t : structure.threads()) {
            labelled.addAll(t.children());
        }
        return first(labelled, s -> {
            Matcher m = RaceStructure.AS_NAME.matcher(s.code());
            while (m.find()) {
                if (m.group(1).equals(name)) {
                    return Optional.of(new Span(s.offset() + m.start(1), name.length()));
                }
            }
            return Optional.empty();
        });
    }

    private List<Span> pipe(String name) {
        return option(operations("vmsplice"), "pipe=", name);
    }

    private List<Span> file(String name) {
        List<Statement> writes = new ArrayList<>(operations("dio_write"));
        writes.addAll(operations("aio_write"));
        writes.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        return option(writes, "file=", name);
    }

    private List<Span> option(List<Statement> ops, String option, String name) {
        return first(ops, s -> {
            int i = s.code().indexOf(option + name);
            int end = i + option.length() + name.length();
            boolean whole = i >= 0 && (end >= s.code().length() || !isNamePart(s.code().charAt(end)));
            return whole ? Optional.of(new Span(s.offset() + i + option.length(), name.length())) : Optional.empty();
        });
    }

    /** The operation of {@code thread} that writes register {@code register} ({@code load ... -> r1}). */
    private List<Span> register(String thread, String register) {
        for (Statement t : structure.threads()) {
            if (!t.name().equals(thread)) {
                continue;
            }
            return first(t.children(), s -> {
                Matcher m = RaceStructure.REGISTER.matcher(s.code());
                return m.find() && m.group(1).equals(register)
                        ? Optional.of(new Span(s.offset() + m.start(1), register.length())) : Optional.empty();
            });
        }
        return List.of();
    }

    // ------------------------------------------------------------ helpers

    private Optional<Statement> threadOf(Statement s) {
        if (s.kind() == Kind.THREAD || s.kind() == Kind.KTHREAD) {
            return Optional.of(s);
        }
        return s.kind() == Kind.OPERATION ? structure.statementAtThreadOf(s) : Optional.empty();
    }

    private static String processOf(String threadName) {
        int dot = threadName.indexOf('.');
        return dot < 0 ? threadName : threadName.substring(0, dot);
    }

    /** The process whose thread forks {@code child}. */
    private Optional<String> parentOf(String child) {
        for (Statement t : structure.threads()) {
            for (Statement op : t.children()) {
                if (op.keyword().equals("fork") && op.name().equals(child) && t.name().contains(".")) {
                    return Optional.of(processOf(t.name()));
                }
            }
        }
        return Optional.empty();
    }

    private List<Statement> ofKind(Kind kind) {
        return structure.ofKind(kind);
    }

    private List<Statement> operations(String keyword) {
        return structure.operations(keyword);
    }

    private static List<Span> first(List<Statement> statements,
            java.util.function.Function<Statement, Optional<Span>> match) {
        for (Statement s : statements) {
            Optional<Span> span = match.apply(s);
            if (span.isPresent()) {
                return List.of(span.get());
            }
        }
        return List.of();
    }

    /** {@code name} as a whole word in the statement's text, after its keyword. */
    private Optional<Span> nameIn(Statement s, String name, int from) {
        int start = from + s.keyword().length();
        int end = s.end();
        int i = text.indexOf(name, start);
        while (i >= 0 && i + name.length() <= end) {
            boolean before = i == 0 || !isNamePart(text.charAt(i - 1));
            boolean after = i + name.length() >= text.length() || !isNamePart(text.charAt(i + name.length()));
            if (before && after) {
                return Optional.of(new Span(i, name.length()));
            }
            i = text.indexOf(name, i + 1);
        }
        return Optional.empty();
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
