package org.mmrace.core.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the condition expressions of format v1 from text ({@code P.buf[0].0 == D and not P.dio.r1 == A}).
 * Meant for tests and the builder; the editor's parser builds {@link Expr} trees itself.
 */
public final class ExprParser {
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(\\(|\\)|==|!=|[A-Za-z_][A-Za-z0-9_-]*(?:\\[\\d+\\])?(?:\\.[A-Za-z0-9_-]+(?:\\[\\d+\\])?)*(?:-\\d)?|[A-Za-z0-9.!])");
    private final List<String> tokens = new ArrayList<>();
    private final SourcePos pos;
    private int at;

    private ExprParser(String text, SourcePos pos) {
        this.pos = pos;
        Matcher m = TOKEN.matcher(text);
        int end = 0;
        while (end < text.length() && m.find(end) && m.start() == end) {
            tokens.add(m.group(1));
            end = m.end();
        }
        if (!text.substring(end).isBlank()) {
            throw new IllegalArgumentException("cannot read condition at '" + text.substring(end).trim() + "'");
        }
    }

    public static Expr parse(String text) {
        return parse(text, SourcePos.NONE);
    }

    public static Expr parse(String text, SourcePos pos) {
        ExprParser p = new ExprParser(text, pos);
        Expr e = p.or();
        if (p.at != p.tokens.size()) {
            throw new IllegalArgumentException("unexpected '" + p.tokens.get(p.at) + "' in condition " + text);
        }
        return e;
    }

    private Expr or() {
        Expr e = and();
        while (peek("or")) {
            at++;
            e = new Expr.Or(e, and(), pos);
        }
        return e;
    }

    private Expr and() {
        Expr e = unary();
        while (peek("and")) {
            at++;
            e = new Expr.And(e, unary(), pos);
        }
        return e;
    }

    private Expr unary() {
        if (peek("not")) {
            at++;
            return new Expr.Not(unary(), pos);
        }
        if (peek("(")) {
            at++;
            Expr e = or();
            expect(")");
            return e;
        }
        String lhs = next();
        String op = next();
        if (!op.equals("==") && !op.equals("!=")) {
            throw new IllegalArgumentException("expected == or != after " + lhs);
        }
        String sym = next();
        if (sym.length() != 1) {
            throw new IllegalArgumentException("a symbol is one character: " + sym);
        }
        return atom(lhs, op.equals("=="), sym.charAt(0));
    }

    private Expr atom(String lhs, boolean eq, char sym) {
        Matcher reg = Pattern.compile("(.+)\\.(r\\d+)").matcher(lhs);
        if (reg.matches()) {
            return new Expr.Register(reg.group(1), reg.group(2), eq, sym, pos);
        }
        Matcher file = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)\\[(\\d+)\\](?:\\.(\\d)(?:-(\\d))?)?").matcher(lhs);
        if (file.matches()) {
            int first = file.group(3) == null ? 0 : Integer.parseInt(file.group(3));
            int last = file.group(3) == null ? 7 : file.group(4) == null ? first : Integer.parseInt(file.group(4));
            return new Expr.File(file.group(1), Integer.parseInt(file.group(2)), first, last, eq, sym, pos);
        }
        return new Expr.Memory(Address.parse(lhs, pos), eq, sym, pos);
    }

    private boolean peek(String t) {
        return at < tokens.size() && tokens.get(at).equals(t);
    }

    private String next() {
        if (at >= tokens.size()) {
            throw new IllegalArgumentException("condition ends too early");
        }
        return tokens.get(at++);
    }

    private void expect(String t) {
        if (!next().equals(t)) {
            throw new IllegalArgumentException("expected " + t);
        }
    }
}
