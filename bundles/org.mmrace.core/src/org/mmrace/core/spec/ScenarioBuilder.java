package org.mmrace.core.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fluent construction of a {@link ScenarioSpec}, mainly for tests and the benchmark. Operations are
 * added to the thread declared last. Addresses and conditions are given in the format's words.
 *
 * <pre>
 * ScenarioSpec.builder("odirect-fork-writer").process("P").map("P.buf", Sharing.PRIVATE, Prot.RW, 1, "A")
 *     .thread("P.dio").dioRead("buf[0].0", 'D')
 *     .thread("P.writer").store("buf[0].7", 'W')
 *     .thread("P.forker").fork("C")
 *     .require("P.buf[0].0 == D", "the read lands").build();
 * </pre>
 */
public final class ScenarioBuilder {
    private final String name;
    private Optional<String> title = Optional.empty();
    private Optional<String> source = Optional.empty();
    private Optional<String> about = Optional.empty();
    private final List<ProcessSpec> processes = new ArrayList<>();
    private final List<MappingSpec> mappings = new ArrayList<>();
    private final List<ThreadSpec> threads = new ArrayList<>();
    private final List<ConditionSpec> conditions = new ArrayList<>();
    private final List<ExpectSpec> expectations = new ArrayList<>();
    private final List<StrategyDef> strategies = new ArrayList<>();
    private Optional<String> threadProcess = Optional.empty();
    private String threadName;
    private SourcePos threadPos = SourcePos.NONE;
    private final List<OpSpec> ops = new ArrayList<>();
    private SourcePos nextPos = SourcePos.NONE;

    ScenarioBuilder(String name) {
        this.name = name;
    }

    /** Source position for the next element added (the text readers use this). */
    public ScenarioBuilder at(int line, int column) {
        nextPos = new SourcePos(line, column);
        return this;
    }

    private SourcePos pos() {
        SourcePos p = nextPos;
        nextPos = SourcePos.NONE;
        return p;
    }

    public ScenarioBuilder title(String t) { title = Optional.of(t); return this; }

    public ScenarioBuilder source(String s) { source = Optional.of(s); return this; }

    public ScenarioBuilder about(String a) { about = Optional.of(a); return this; }

    public ScenarioBuilder process(String p) {
        processes.add(new ProcessSpec(p, pos()));
        return this;
    }

    /** {@code map P.buf anon SHARING PROT pages=N fill=F}. */
    public ScenarioBuilder map(String processDotRegion, Sharing sharing, Prot prot, int pages, String fill) {
        int dot = processDotRegion.indexOf('.');
        mappings.add(new MappingSpec(processDotRegion.substring(0, dot), processDotRegion.substring(dot + 1), "anon",
                sharing, prot, pages, fill, pos()));
        return this;
    }

    /** {@code map P.buf anon private rw pages=N fill=F thp=MODE}: one model THP (issue 11). */
    public ScenarioBuilder mapThp(String processDotRegion, Prot prot, int pages, String fill, ThpMode thp) {
        int dot = processDotRegion.indexOf('.');
        mappings.add(new MappingSpec(processDotRegion.substring(0, dot), processDotRegion.substring(dot + 1), "anon",
                Sharing.PRIVATE, prot, pages, fill, thp, pos()));
        return this;
    }

    /** {@code thread P.t} or, without a dot, {@code kthread name}. */
    public ScenarioBuilder thread(String qualified) {
        flushThread();
        SourcePos p = pos();
        int dot = qualified.indexOf('.');
        threadProcess = dot < 0 ? Optional.empty() : Optional.of(qualified.substring(0, dot));
        threadName = dot < 0 ? qualified : qualified.substring(dot + 1);
        threadPos = p;
        return this;
    }

    public ScenarioBuilder kthread(String n) {
        return thread(n);
    }

    private void flushThread() {
        if (threadName != null) {
            threads.add(new ThreadSpec(threadProcess, threadName, ops, threadPos));
            ops.clear();
            threadName = null;
        }
    }

    public ScenarioBuilder op(OpSpec op) {
        if (threadName == null) {
            throw new IllegalStateException("operation outside a thread: " + op.text());
        }
        ops.add(op);
        return this;
    }

    private Address addr(String a, SourcePos p) {
        return Address.parse(a, p);
    }

    public ScenarioBuilder store(String a, char data) { SourcePos p = pos(); return op(new OpSpec.Store(addr(a, p), data, p)); }

    public ScenarioBuilder load(String a, String reg) { SourcePos p = pos(); return op(new OpSpec.Load(addr(a, p), reg, p)); }

    public ScenarioBuilder fork(String child) { return op(new OpSpec.Fork(child, pos())); }

    public ScenarioBuilder exit() { return op(new OpSpec.Exit(pos())); }

    public ScenarioBuilder munmap(String region) { return op(new OpSpec.Munmap(region, pos())); }

    public ScenarioBuilder mprotect(String region, Prot prot) { return op(new OpSpec.Mprotect(region, prot, pos())); }

    public ScenarioBuilder madvise(String region, Advice advice) { return op(new OpSpec.Madvise(region, advice, pos())); }

    public ScenarioBuilder dioRead(String a, char data) {
        return dioRead(a, data, Optional.empty(), Optional.empty());
    }

    public ScenarioBuilder dioRead(String a, char data, Optional<GupMode> gup, Optional<RefKind> ref) {
        SourcePos p = pos();
        return op(new OpSpec.DioRead(addr(a, p), data, gup, ref, false, Optional.empty(), p));
    }

    public ScenarioBuilder aioRead(String a, char data, String io) {
        SourcePos p = pos();
        return op(new OpSpec.DioRead(addr(a, p), data, Optional.empty(), Optional.empty(), true, Optional.of(io), p));
    }

    public ScenarioBuilder dioWrite(String a, String file) {
        return dioWrite(a, file, Optional.empty(), Optional.empty());
    }

    public ScenarioBuilder dioWrite(String a, String file, Optional<GupMode> gup, Optional<RefKind> ref) {
        SourcePos p = pos();
        return op(new OpSpec.DioWrite(addr(a, p), file, gup, ref, false, Optional.empty(), p));
    }

    public ScenarioBuilder aioWrite(String a, String file, String io) {
        SourcePos p = pos();
        return op(new OpSpec.DioWrite(addr(a, p), file, Optional.empty(), Optional.empty(), true, Optional.of(io), p));
    }

    public ScenarioBuilder aioWait(String io) { return op(new OpSpec.AioWait(io, pos())); }

    public ScenarioBuilder vmsplice(String a, String pipe) { SourcePos p = pos(); return op(new OpSpec.Vmsplice(addr(a, p), pipe, p)); }

    public ScenarioBuilder pipeRead(String pipe, String reg) { return op(new OpSpec.PipeRead(pipe, reg, pos())); }

    public ScenarioBuilder pin(String a, Prot prot, boolean fast, boolean longterm, String name) {
        SourcePos p = pos();
        return op(new OpSpec.Pin(addr(a, p), prot, fast, longterm, name, p));
    }

    public ScenarioBuilder dmaWrite(String pin, int first, int last, char data) {
        return op(new OpSpec.DmaWrite(pin, first, last, data, pos()));
    }

    public ScenarioBuilder dmaRead(String pin, int first, int last, String reg) {
        return op(new OpSpec.DmaRead(pin, first, last, reg, pos()));
    }

    public ScenarioBuilder unpin(String pin) { return op(new OpSpec.Unpin(pin, pos())); }

    public ScenarioBuilder ksmMerge(String a, String b) {
        SourcePos p = pos();
        return op(new OpSpec.KsmMerge(addr(a, p), addr(b, p), p));
    }

    public ScenarioBuilder signal(String e) { return op(new OpSpec.Signal(e, pos())); }

    public ScenarioBuilder waitFor(String e) { return op(new OpSpec.Wait(e, pos())); }

    private ScenarioBuilder condition(ConditionKind kind, String expr, String label) {
        flushThread();
        SourcePos p = pos();
        conditions.add(new ConditionSpec(kind, ExprParser.parse(expr, p), Optional.ofNullable(label), p));
        return this;
    }

    public ScenarioBuilder require(String expr) { return condition(ConditionKind.REQUIRE, expr, null); }

    public ScenarioBuilder require(String expr, String label) { return condition(ConditionKind.REQUIRE, expr, label); }

    public ScenarioBuilder forbid(String expr) { return condition(ConditionKind.FORBID, expr, null); }

    public ScenarioBuilder forbid(String expr, String label) { return condition(ConditionKind.FORBID, expr, label); }

    public ScenarioBuilder observe(String expr) { return condition(ConditionKind.OBSERVE, expr, null); }

    public ScenarioBuilder observe(String expr, String label) { return condition(ConditionKind.OBSERVE, expr, label); }

    public ScenarioBuilder expect(String strategy, ExpectedOutcome outcome) {
        flushThread();
        expectations.add(new ExpectSpec(strategy, outcome, pos()));
        return this;
    }

    /** {@code strategy NAME = BASE with k=v ...}; settings given as "k=v" words. */
    public ScenarioBuilder strategy(String nameOfStrategy, String base, String... settings) {
        flushThread();
        SourcePos p = pos();
        List<KnobSetting> ks = new ArrayList<>();
        for (String s : settings) {
            int eq = s.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("knob setting must be knob=value: " + s);
            }
            ks.add(new KnobSetting(s.substring(0, eq), s.substring(eq + 1), p));
        }
        strategies.add(new StrategyDef(nameOfStrategy, base, ks, p));
        return this;
    }

    public ScenarioSpec build() {
        flushThread();
        return new ScenarioSpec(name, title, source, about, processes, mappings, threads, conditions, expectations,
                strategies, SourcePos.NONE);
    }
}
