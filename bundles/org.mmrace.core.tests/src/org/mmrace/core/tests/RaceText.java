package org.mmrace.core.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mmrace.core.spec.Advice;
import org.mmrace.core.spec.ExpectedOutcome;
import org.mmrace.core.spec.GupMode;
import org.mmrace.core.spec.Prot;
import org.mmrace.core.spec.RefKind;
import org.mmrace.core.spec.ScenarioBuilder;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.spec.Sharing;

/**
 * A small reader of `.race` text for the engine's tests, so that tests can use scenario files as
 * they are written. The product's parser lives in org.mmrace.lang; this one only needs the subset
 * the test scenarios use (one statement per line, "..." and """...""" strings).
 */
final class RaceText {
    private static final Pattern WORD = Pattern.compile("(\\w+)=(\\S+)");

    private RaceText() {
    }

    static ScenarioSpec resource(String name) {
        try (InputStream in = RaceText.class.getResourceAsStream("/scenarios/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource scenarios/" + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ScenarioSpec parse(String text) {
        // drop triple-quoted blocks (about) and comments
        String t = text.replaceAll("(?s)\"\"\".*?\"\"\"", "\"\"");
        ScenarioBuilder b = null;
        String[] lines = t.split("\n");
        for (int ln = 0; ln < lines.length; ln++) {
            String line = stripComment(lines[ln]).trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] w = line.split("\\s+");
            String kw = w[0];
            if (kw.equals("scenario")) {
                b = ScenarioSpec.builder(w[1]);
                continue;
            }
            b.at(ln + 1, lines[ln].indexOf(kw) + 1);
            String label = label(line);
            switch (kw) {
                case "title" -> b.title(label);
                case "source" -> b.source(label);
                case "about" -> { }
                case "process" -> b.process(w[1]);
                case "map" -> b.map(w[1], w[3].equals("shared") ? Sharing.SHARED : Sharing.PRIVATE,
                        w[4].equals("ro") ? Prot.RO : Prot.RW, Integer.parseInt(opt(line, "pages", "1")),
                        opt(line, "fill", "."));
                case "thread", "kthread" -> b.thread(w[1]);
                case "require" -> b.require(expr(line, kw), label.isEmpty() ? null : label);
                case "forbid" -> b.forbid(expr(line, kw), label.isEmpty() ? null : label);
                case "observe" -> b.observe(expr(line, kw), label.isEmpty() ? null : label);
                case "expect" -> b.expect(w[1], ExpectedOutcome.valueOf(w[2].toUpperCase()));
                case "strategy" -> {
                    String[] settings = line.substring(line.indexOf(" with ") + 6).trim().split("\\s+");
                    b.strategy(w[1], w[3], settings);
                }
                default -> op(b, w, line);
            }
        }
        return b.build();
    }

    private static String stripComment(String l) {
        boolean inString = false;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c == '"') {
                inString = !inString;
            } else if (c == '#' && !inString) {
                return l.substring(0, i);
            }
        }
        return l;
    }

    private static String label(String line) {
        int a = line.indexOf('"');
        int z = line.lastIndexOf('"');
        return a >= 0 && z > a ? line.substring(a + 1, z) : "";
    }

    private static String expr(String line, String kw) {
        int a = line.indexOf('"');
        String e = a >= 0 ? line.substring(0, a) : line;
        return e.substring(kw.length()).trim();
    }

    private static String opt(String line, String key, String dflt) {
        Matcher m = WORD.matcher(line);
        while (m.find()) {
            if (m.group(1).equals(key)) {
                return m.group(2);
            }
        }
        return dflt;
    }

    private static String as(String[] w) {
        for (int i = 0; i + 1 < w.length; i++) {
            if (w[i].equals("as")) {
                return w[i + 1];
            }
        }
        return null;
    }

    private static int[] sectors(String s) {
        String[] p = s.split("-");
        return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[p.length - 1])};
    }

    private static void op(ScenarioBuilder b, String[] w, String line) {
        Optional<GupMode> gup = Optional.ofNullable(opt(line, "gup", null)).map(g -> GupMode.valueOf(g.toUpperCase()));
        Optional<RefKind> pin = Optional.ofNullable(opt(line, "pin", null)).map(g -> RefKind.valueOf(g.toUpperCase()));
        switch (w[0]) {
            case "store" -> b.store(w[1], opt(line, "data", ".").charAt(0));
            case "load" -> b.load(w[1], w[3]);
            case "fork" -> b.fork(w[1]);
            case "exit" -> b.exit();
            case "munmap" -> b.munmap(w[1]);
            case "mprotect" -> b.mprotect(w[1], w[2].equals("ro") ? Prot.RO : Prot.RW);
            case "madvise" -> b.madvise(w[1], Advice.valueOf(w[2].toUpperCase()));
            case "dio_read" -> b.dioRead(w[1], opt(line, "data", ".").charAt(0), gup, pin);
            case "dio_write" -> b.dioWrite(w[1], opt(line, "file", "F"), gup, pin);
            case "aio_read" -> b.aioRead(w[1], opt(line, "data", ".").charAt(0), as(w));
            case "aio_write" -> b.aioWrite(w[1], opt(line, "file", "F"), as(w));
            case "aio_wait" -> b.aioWait(w[1]);
            case "vmsplice" -> b.vmsplice(w[1], opt(line, "pipe", "p"));
            case "pipe_read" -> b.pipeRead(w[1], w[3]);
            case "pin" -> b.pin(w[1], w[2].equals("rw") ? Prot.RW : Prot.RO, line.contains(" fast"),
                    line.contains(" longterm"), as(w));
            case "dma_write" -> {
                int[] s = sectors(w[2]);
                b.dmaWrite(w[1], s[0], s[1], opt(line, "data", ".").charAt(0));
            }
            case "dma_read" -> {
                int[] s = sectors(w[2]);
                b.dmaRead(w[1], s[0], s[1], w[4]);
            }
            case "unpin" -> b.unpin(w[1]);
            case "ksm_merge" -> b.ksmMerge(w[1], w[2]);
            case "signal" -> b.signal(w[1]);
            case "wait" -> b.waitFor(w[1]);
            default -> throw new IllegalArgumentException("unknown statement: " + line);
        }
    }
}
