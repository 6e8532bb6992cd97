package org.mmrace.lang.assist;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements of a .race text as the editor needs them while the user types: where each one
 * is, how threads group operations, and the names declared so far (for outline, folding, content
 * assist, the Design page and the language server). It reads the text line by line and never fails, so the outline
 * stays useful in a file that does not parse yet; the parser of org.mmrace.lang judges the file.
 */
public final class RaceStructure {

    /** What a statement is. */
    public enum Kind { SCENARIO, HEADER, PROCESS, MAP, THREAD, KTHREAD, OPERATION, REQUIRE, FORBID, OBSERVE, EXPECT,
        STRATEGY, UNKNOWN }

    /**
     * One statement: {@code offset}/{@code length} cover its text without the trailing comment or
     * line break (a multi-line string is included); {@code line} is 0-based.
     */
    public record Statement(Kind kind, String keyword, String code, int offset, int length, int line, int endLine,
            List<Statement> children) {
        public Statement {
            children = List.copyOf(children);
        }

        /** The text after the keyword, comments removed. */
        public String arguments() {
            return code.length() > keyword.length() ? code.substring(keyword.length()).trim() : "";
        }

        /** The name a thread or process statement declares ({@code P.dio}, {@code ksmd}, {@code P}). */
        public String name() {
            String a = arguments();
            int sp = a.indexOf(' ');
            return sp < 0 ? a : a.substring(0, sp);
        }

        public int end() {
            return offset + length;
        }

        /** One line for an outline: a multi-line {@code about} string is cut at its first line. */
        public String label() {
            int nl = code.indexOf('\n');
            String first = nl < 0 ? code : code.substring(0, nl).strip() + " ...";
            return first.length() > 80 ? first.substring(0, 77) + "..." : first;
        }

        /** The last line of the statement and, for a thread, of its operations. */
        public int endLineOfBlock() {
            return children.isEmpty() ? endLine : children.get(children.size() - 1).endLine();
        }
    }

    static final Pattern AS_NAME = Pattern.compile("\\bas\\s+([A-Za-z_][A-Za-z0-9_-]*)");
    private static final Pattern PIPE_NAME = Pattern.compile("\\bpipe=([A-Za-z_][A-Za-z0-9_-]*)");
    static final Pattern REGISTER = Pattern.compile("->\\s*(r[0-9]+)");
    private static final Pattern FILE_NAME = Pattern.compile("\\bfile=([A-Za-z_][A-Za-z0-9_-]*)");

    private final List<Statement> statements;

    private RaceStructure(List<Statement> statements) {
        this.statements = List.copyOf(statements);
    }

    /** Top-level statements; a thread's operations are its children. */
    public List<Statement> statements() {
        return statements;
    }

    public Optional<String> scenarioName() {
        return statements.stream().filter(s -> s.kind() == Kind.SCENARIO).map(Statement::name).findFirst();
    }

    public List<Statement> threads() {
        return statements.stream().filter(s -> s.kind() == Kind.THREAD || s.kind() == Kind.KTHREAD).toList();
    }

    public List<Statement> ofKind(Kind kind) {
        return statements.stream().filter(s -> s.kind() == kind).toList();
    }

    /** The thread block (or top-level statement) that contains {@code offset}, if any. */
    public Optional<Statement> statementAt(int offset) {
        for (Statement s : statements) {
            int blockEnd = s.children().isEmpty() ? s.end() : s.children().get(s.children().size() - 1).end();
            if (offset >= s.offset() && offset <= blockEnd) {
                for (Statement c : s.children()) {
                    if (offset >= c.offset() && offset <= c.end()) {
                        return Optional.of(c);
                    }
                }
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The thread an operation belongs to. */
    public Optional<Statement> statementAtThreadOf(Statement operation) {
        return threads().stream().filter(t -> t.children().contains(operation)).findFirst();
    }

    /** Declared processes, including children created by {@code fork}. */
    public Set<String> processes() {
        Set<String> names = new LinkedHashSet<>();
        ofKind(Kind.PROCESS).forEach(s -> names.add(s.name()));
        operations("fork").forEach(s -> names.add(s.name()));
        return names;
    }

    /** Regions as {@code P.buf}, from map statements; forked children inherit them. */
    public Set<String> regions() {
        Set<String> names = new LinkedHashSet<>();
        for (Statement m : ofKind(Kind.MAP)) {
            names.add(m.name());
        }
        return names;
    }

    public Set<String> threadNames() {
        Set<String> names = new LinkedHashSet<>();
        threads().forEach(t -> names.add(t.name()));
        return names;
    }

    /** {@code as NAME} of pin operations. */
    public Set<String> pins() {
        return captured(operations("pin"), AS_NAME);
    }

    /** {@code as NAME} of aio operations. */
    public Set<String> ios() {
        Set<String> names = captured(operations("aio_read"), AS_NAME);
        names.addAll(captured(operations("aio_write"), AS_NAME));
        return names;
    }

    public Set<String> pipes() {
        return captured(operations("vmsplice"), PIPE_NAME);
    }

    public Set<String> files() {
        Set<String> names = captured(operations("dio_write"), FILE_NAME);
        names.addAll(captured(operations("aio_write"), FILE_NAME));
        return names;
    }

    public Set<String> events() {
        Set<String> names = new LinkedHashSet<>();
        operations("signal").forEach(s -> names.add(s.name()));
        operations("wait").forEach(s -> names.add(s.name()));
        return names;
    }

    /** Registers as {@code P.dio.r1}. */
    public Set<String> registers() {
        Set<String> names = new LinkedHashSet<>();
        for (Statement t : threads()) {
            for (Statement op : t.children()) {
                Matcher m = REGISTER.matcher(op.code());
                if (m.find()) {
                    names.add(t.name() + "." + m.group(1));
                }
            }
        }
        return names;
    }

    /** Strategies this file defines. */
    public Set<String> strategies() {
        Set<String> names = new LinkedHashSet<>();
        ofKind(Kind.STRATEGY).forEach(s -> names.add(s.name()));
        return names;
    }

    /** The operations with {@code keyword}, in the order of the file. */
    public List<Statement> operations(String keyword) {
        List<Statement> ops = new ArrayList<>();
        for (Statement t : threads()) {
            for (Statement op : t.children()) {
                if (op.keyword().equals(keyword)) {
                    ops.add(op);
                }
            }
        }
        return ops;
    }

    private static Set<String> captured(List<Statement> ops, Pattern p) {
        Set<String> names = new LinkedHashSet<>();
        for (Statement op : ops) {
            Matcher m = p.matcher(op.code());
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Reads {@code text}; never fails. */
    public static RaceStructure of(String text) {
        List<Statement> top = new ArrayList<>();
        Statement openThread = null;
        List<Statement> ops = new ArrayList<>();
        for (RawStatement raw : split(text)) {
            String keyword = firstWord(raw.code);
            Kind kind = kindOf(keyword, openThread != null);
            boolean endsBlock = openThread != null && kind != Kind.OPERATION;
            if (endsBlock) {
                top.add(withChildren(openThread, ops));
                openThread = null;
                ops = new ArrayList<>();
            }
            Statement s = new Statement(kind, keyword, raw.code, raw.offset, raw.length, raw.line, raw.endLine,
                    List.of());
            if (kind == Kind.THREAD || kind == Kind.KTHREAD) {
                openThread = s;
            } else if (kind == Kind.OPERATION) {
                ops.add(s);
            } else {
                top.add(s);
            }
        }
        if (openThread != null) {
            top.add(withChildren(openThread, ops));
        }
        return new RaceStructure(top);
    }

    private static Statement withChildren(Statement thread, List<Statement> ops) {
        return new Statement(thread.kind(), thread.keyword(), thread.code(), thread.offset(), thread.length(),
                thread.line(), thread.endLine(), ops);
    }

    private static Kind kindOf(String keyword, boolean inThread) {
        switch (keyword) {
        case "scenario": return Kind.SCENARIO;
        case "title", "source", "about": return Kind.HEADER;
        case "process": return Kind.PROCESS;
        case "map": return Kind.MAP;
        case "thread": return Kind.THREAD;
        case "kthread": return Kind.KTHREAD;
        case "require": return Kind.REQUIRE;
        case "forbid": return Kind.FORBID;
        case "observe": return Kind.OBSERVE;
        case "expect": return Kind.EXPECT;
        case "strategy": return Kind.STRATEGY;
        default: return inThread ? Kind.OPERATION : Kind.UNKNOWN;
        }
    }

    private static String firstWord(String code) {
        int i = 0;
        while (i < code.length() && RaceSyntax.isWordPart(code.charAt(i)) && code.charAt(i) != '.') {
            i++;
        }
        return code.substring(0, i);
    }

    private record RawStatement(String code, int offset, int length, int line, int endLine) {
    }

    /**
     * Splits the text into statements: one per line that has code, extended over the lines a
     * string spans; the code keeps strings and drops comments.
     */
    private static List<RawStatement> split(String text) {
        List<RawStatement> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int line = 0;
        while (i < n) {
            // skip leading blanks of the line
            while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i >= n) {
                break;
            }
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                i = skipNewline(text, i);
                line++;
                continue;
            }
            if (c == '#') {
                while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
                continue;
            }
            int start = i;
            int startLine = line;
            StringBuilder code = new StringBuilder();
            int lastCode = i;
            while (i < n) {
                c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    break;
                }
                if (c == '#') {
                    while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        i++;
                    }
                    break;
                }
                if (c == '"') {
                    boolean triple = text.startsWith("\"\"\"", i);
                    int close = closeOfString(text, i, triple);
                    for (int k = i; k < close; k++) {
                        if (text.charAt(k) == '\n') {
                            line++;
                        }
                    }
                    code.append(text, i, close);
                    i = close;
                    lastCode = i;
                    continue;
                }
                code.append(c);
                i++;
                if (c != ' ' && c != '\t') {
                    lastCode = i;
                }
            }
            String trimmed = code.toString().strip();
            out.add(new RawStatement(trimmed, start, lastCode - start, startLine, line));
        }
        return out;
    }

    private static int skipNewline(String text, int i) {
        if (text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            return i + 2;
        }
        return i + 1;
    }

    /** Offset just after the string that opens at {@code i} (or the end of the text). */
    static int closeOfString(String text, int i, boolean triple) {
        int n = text.length();
        if (triple) {
            int close = text.indexOf("\"\"\"", i + 3);
            return close < 0 ? n : close + 3;
        }
        int k = i + 1;
        while (k < n) {
            char c = text.charAt(k);
            if (c == '\\' && k + 1 < n) {
                k += 2;
                continue;
            }
            if (c == '"') {
                return k + 1;
            }
            k++;
        }
        return n;
    }
}
