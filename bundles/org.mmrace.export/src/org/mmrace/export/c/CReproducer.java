package org.mmrace.export.c;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.mmrace.core.run.OutcomeLocation;
import org.mmrace.core.run.Outcomes;
import org.mmrace.core.spec.Address;
import org.mmrace.core.spec.ConditionSpec;
import org.mmrace.core.spec.Expr;
import org.mmrace.core.spec.MappingSpec;
import org.mmrace.core.spec.OpSpec;
import org.mmrace.core.spec.ProcessSpec;
import org.mmrace.core.spec.Prot;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.spec.Sharing;
import org.mmrace.core.spec.ThreadSpec;
import org.mmrace.core.spec.ThpMode;

/**
 * Turns a scenario into a standalone C reproducer for the machine's own kernel (docs/reality.md
 * has the table of how each operation is reproduced). Threads become pthreads, {@code fork}
 * fork() with the child's threads started in the child, signal/wait flags in a MAP_SHARED page,
 * O_DIRECT reads and writes go to unlinked temporary files, pins are io_uring fixed buffers and
 * the device's accesses through them READ_FIXED/WRITE_FIXED. The program prints the final values
 * at {@link Outcomes#locations}, the conditions and the isolation check as one JSON line per
 * iteration. Stateless; one instance may serve several threads.
 */
public final class CReproducer {
    private static final String RUNTIME = "reproducer-runtime.c";
    private static final String TABLES_MARK = "/* @@TABLES@@ */";

    /** The advice words of {@code madvise} and the madvise(2) constant each stands for. */
    private static final Map<String, String> ADVICE = Map.of("dontfork", "MADV_DONTFORK", "dofork", "MADV_DOFORK",
            "mergeable", "MADV_MERGEABLE", "hugepage", "MADV_HUGEPAGE", "nohugepage", "MADV_NOHUGEPAGE",
            "pageout", "MADV_PAGEOUT", "collapse", "MADV_COLLAPSE");

    /**
     * The record components of each operation this generator translates. A component a newer
     * format adds (a page range on mprotect, say) that is set in a scenario is noted as not
     * reproduced instead of being silently ignored.
     */
    private static final Map<String, java.util.Set<String>> KNOWN = Map.ofEntries(
            Map.entry("Store", java.util.Set.of("addr", "data", "pos")),
            Map.entry("Load", java.util.Set.of("addr", "register", "pos")),
            Map.entry("Fork", java.util.Set.of("child", "pos")),
            Map.entry("Exit", java.util.Set.of("pos")),
            Map.entry("Munmap", java.util.Set.of("region", "firstPage", "lastPage", "pos")),
            Map.entry("Mprotect", java.util.Set.of("region", "firstPage", "lastPage", "prot", "pos")),
            Map.entry("Madvise", java.util.Set.of("region", "advice", "pos")),
            Map.entry("DioRead", java.util.Set.of("addr", "data", "gup", "ref", "async", "ioName", "pos")),
            Map.entry("DioWrite", java.util.Set.of("addr", "file", "gup", "ref", "async", "ioName", "pos")),
            Map.entry("AioWait", java.util.Set.of("ioName", "pos")),
            Map.entry("Vmsplice", java.util.Set.of("addr", "pipe", "pos")),
            Map.entry("PipeRead", java.util.Set.of("pipe", "register", "pos")),
            Map.entry("Pin", java.util.Set.of("addr", "prot", "fast", "longterm", "name", "pos")),
            Map.entry("DmaWrite", java.util.Set.of("pin", "firstSector", "lastSector", "data", "pos")),
            Map.entry("DmaRead", java.util.Set.of("pin", "firstSector", "lastSector", "register", "pos")),
            Map.entry("Unpin", java.util.Set.of("pin", "pos")),
            Map.entry("KsmMerge", java.util.Set.of("first", "second", "pos")),
            Map.entry("Signal", java.util.Set.of("event", "pos")),
            Map.entry("Wait", java.util.Set.of("event", "pos")));

    /**
     * A record component that holds something: a present Optional, true, a number not below 0, a
     * non-empty value other than "none" (the format's additions use -1 and NONE for "not given").
     */
    static boolean isSet(Object v) {
        if (v instanceof Number n) {
            return n.longValue() >= 0;
        }
        return v instanceof Optional<?> o ? o.isPresent()
                : v != null && !Boolean.FALSE.equals(v) && !v.toString().isEmpty() && !v.toString().equalsIgnoreCase("none");
    }

    /**
     * The page range of {@code munmap REGION[N-M]} / {@code mprotect REGION[N-M] ro|rw} (issue 11, read
     * from the record's firstPage/lastPage components where the format has them), or empty for the
     * whole region.
     */
    static Optional<int[]> pageRange(Record op) {
        Integer first = null;
        Integer last = null;
        for (java.lang.reflect.RecordComponent c : op.getClass().getRecordComponents()) {
            try {
                if (c.getName().equals("firstPage")) {
                    first = (Integer) c.getAccessor().invoke(op);
                } else if (c.getName().equals("lastPage")) {
                    last = (Integer) c.getAccessor().invoke(op);
                }
            } catch (ReflectiveOperationException | ClassCastException e) {
                return Optional.empty();
            }
        }
        return first == null || last == null || first < 0 ? Optional.empty() : Optional.of(new int[] {first, last});
    }

    /** Components of {@code r} outside {@code known} that are set, as {@code name=value}. */
    static List<String> unknownSet(Record r, java.util.Set<String> known) {
        List<String> l = new ArrayList<>();
        for (java.lang.reflect.RecordComponent c : r.getClass().getRecordComponents()) {
            if (known.contains(c.getName())) {
                continue;
            }
            try {
                Object v = c.getAccessor().invoke(r);
                if (isSet(v)) {
                    l.add(c.getName() + "=" + (v instanceof Optional<?> o ? o.get() : v));
                }
            } catch (ReflectiveOperationException e) {
                l.add(c.getName());
            }
        }
        return l;
    }

    /** Throws IllegalArgumentException with the engine's message when the scenario is invalid. */
    public CProgram generate(ScenarioSpec spec) {
        return new Gen(spec).program();
    }

    /** {@code odirect-fork-writer.c}. */
    public static String fileName(ScenarioSpec spec) {
        return spec.name().replaceAll("[^A-Za-z0-9_.-]", "_") + ".c";
    }

    private static String runtime() {
        try (InputStream in = CReproducer.class.getResourceAsStream(RUNTIME)) {
            if (in == null) {
                throw new IllegalStateException("the reproducer runtime " + RUNTIME + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One generation: the scenario's names resolved to the indices the C tables use. */
    private static final class Gen {
        private final ScenarioSpec spec;
        private final List<String> procs = new ArrayList<>();
        private final Map<String, Integer> procRoot = new LinkedHashMap<>();
        private final List<MappingSpec> slots;
        private final List<OutcomeLocation> locations;
        private final Map<String, Integer> locIndex = new LinkedHashMap<>();
        private final Map<String, Integer> events = new LinkedHashMap<>();
        private final Map<String, Integer> pipes = new LinkedHashMap<>();
        private final Map<String, OpSpec.Pin> pins = new LinkedHashMap<>();
        private final Map<String, Integer> pinProc = new LinkedHashMap<>();
        private final Map<String, OpSpec> aios = new LinkedHashMap<>();
        private final Map<String, Integer> aioProc = new LinkedHashMap<>();
        private final Map<String, Integer> files = new LinkedHashMap<>();
        private final List<ReproducerNote> notes = new ArrayList<>();
        private final StringBuilder body = new StringBuilder();
        private String syms;
        private int scratch;
        private boolean ksm;
        private boolean pageout;
        private boolean hugepage;

        Gen(ScenarioSpec spec) {
            this.spec = spec;
            this.locations = Outcomes.locations(spec);
            for (ProcessSpec p : spec.processes()) {
                procRoot.put(p.name(), procs.size());
                procs.add(p.name());
            }
            // fork children in thread order (the engine's order); a child's root is its parent's root
            List<String[]> forks = new ArrayList<>();
            for (ThreadSpec t : spec.threads()) {
                for (OpSpec op : t.ops()) {
                    if (op instanceof OpSpec.Fork f) {
                        procs.add(f.child());
                        forks.add(new String[] {f.child(), t.process().orElseThrow()});
                    }
                }
            }
            for (int pass = 0; pass < forks.size(); pass++) {
                for (String[] f : forks) {
                    Integer r = procRoot.get(f[1]);
                    if (r != null) {
                        procRoot.put(f[0], r);
                    }
                }
            }
            this.slots = spec.mappings();
            collectNames();
            for (int i = 0; i < locations.size(); i++) {
                locIndex.put(locations.get(i).name(), i);
            }
            TreeSet<Character> s = new TreeSet<>();
            for (ThreadSpec t : spec.threads()) {
                for (OpSpec op : t.ops()) {
                    switch (op) {
                        case OpSpec.DioRead d -> s.add(d.data());
                        case OpSpec.DmaWrite d -> s.add(d.data());
                        case OpSpec.DioWrite d -> files.putIfAbsent(d.file(), files.size());
                        default -> { }
                    }
                }
            }
            s.remove('.');
            StringBuilder b = new StringBuilder(".");
            s.forEach(b::append);
            syms = b.toString();
            for (OutcomeLocation l : locations) {
                if (l instanceof OutcomeLocation.File f) {
                    files.putIfAbsent(f.file(), files.size());
                }
            }
        }

        /**
         * Map options this generator does not know (format additions such as issue 11's {@code thp=})
         * are noted as unsupported rather than silently mapped with base pages.
         */
        private void noteUnknownMapOptions() {
            java.util.Set<String> known = java.util.Set.of("process", "region", "kind", "sharing", "prot", "pages",
                    "fill", "thp", "pos");
            for (MappingSpec m : slots) {
                if (m.thp() == ThpMode.PARTIAL_MREMAP) {
                    notes.add(new ReproducerNote(ReproducerNote.Kind.UNSUPPORTED, "map " + m.process() + "." + m.region()
                            + " thp=" + m.thp().word(), m.pos().line(), "cow.c THP_RUN_PARTIAL_MREMAP (mremap of half"
                                    + " the THP away and back) is not reproduced yet"));
                } else if (m.thp() != ThpMode.NONE) {
                    hugepage = true;
                }
                for (String option : unknownSet(m, known)) {
                    notes.add(new ReproducerNote(ReproducerNote.Kind.UNSUPPORTED, "map " + m.process() + "." + m.region()
                            + " " + option, m.pos().line(), "the reproducer maps the region with base pages; this map"
                                    + " option is not reproduced yet"));
                }
            }
        }

        CProgram program() {
            noteUnknownMapOptions();
            StringBuilder threads = new StringBuilder();
            for (int t = 0; t < spec.threads().size(); t++) {
                threads.append(thread(t, spec.threads().get(t)));
            }
            String setup = setupRoot();
            String finish = finishIo();
            String conds = conditions();
            String notesFn = notesFunction();
            StringBuilder out = new StringBuilder();
            out.append("/*\n * ").append(spec.name()).append(spec.title().map(t -> ": " + t).orElse(""))
                    .append("\n * Generated by mmrace (./mmrace export FILE --format c) from the scenario of that name.\n")
                    .append(" * Build: gcc -O2 -pthread -Wall -Wextra ").append(fileName(spec))
                    .append("\n * Run:   ./a.out -n RUNS -t SECONDS -d DIR   (DIR on a filesystem with O_DIRECT;")
                    .append(" one JSON line per run)\n */\n");
            String rt = runtime();
            int mark = rt.indexOf(TABLES_MARK);
            out.append(rt, 0, mark);
            out.append(tables());
            out.append(rt.substring(mark + TABLES_MARK.length()));
            out.append(body).append(setup).append(finish).append(conds).append(notesFn).append(threads);
            return new CProgram(spec.name(), fileName(spec), out.toString(), locations, notes);
        }

        // ------------------------------------------------------------------ tables

        private String tables() {
            StringBuilder b = new StringBuilder();
            int nroot = spec.processes().size();
            int maxPages = slots.stream().mapToInt(MappingSpec::pages).max().orElse(1);
            b.append("#define NPROC ").append(procs.size()).append("\n#define NROOT ").append(nroot)
                    .append("\n#define NTHREAD ").append(spec.threads().size())
                    .append("\n#define NSLOT ").append(slots.size()).append("\n#define MAXPAGES ").append(maxPages)
                    .append("\n#define NEVENT ").append(events.size()).append("\n#define NPIPE ").append(pipes.size())
                    .append("\n#define NFILE ").append(files.size()).append("\n#define NLOC ").append(locations.size())
                    .append("\n\n");
            b.append("static UNUSED const char *const proc_name[NPROC + 1] = {");
            procs.forEach(p -> b.append(c(p)).append(", "));
            b.append("NULL};\n");
            b.append("static const int proc_root[NPROC + 1] = {");
            for (int p = 0; p < procs.size(); p++) {
                b.append(p < nroot ? 1 : 0).append(", ");
            }
            b.append("0};\n");
            b.append("/* threads per process; the last entry counts the kernel threads */\n");
            b.append("static const int nthreads[NPROC + 1] = {");
            for (int p = 0; p <= procs.size(); p++) {
                final int pp = p;
                b.append(spec.threads().stream().filter(t -> procOf(t) == pp).count()).append(p < procs.size() ? ", " : "");
            }
            b.append("};\n");
            b.append("static const int thread_proc[NTHREAD + 1] = {");
            spec.threads().forEach(t -> b.append(procOf(t)).append(", "));
            b.append("0};\n");
            b.append("static const struct slot_def slots[NSLOT + 1] = {\n");
            for (MappingSpec m : slots) {
                b.append("    {").append(procs.indexOf(m.process())).append(", ").append(m.pages()).append(", ")
                        .append(m.sharing() == Sharing.SHARED ? 1 : 0).append(", ").append(m.prot() == Prot.RO ? 1 : 0)
                        .append(", ").append(c(m.fill())).append(", ").append(c(m.process() + "." + m.region()))
                        .append(", ").append(thpConstant(m.thp())).append("},\n");
            }
            b.append("    {0, 0, 0, 0, NULL, NULL, 0}};\n");
            b.append("static const struct loc_def locs[NLOC + 1] = {\n");
            for (OutcomeLocation l : locations) {
                switch (l) {
                    case OutcomeLocation.Memory m -> b.append("    {LOC_MEM, ").append(procs.indexOf(m.process()))
                            .append(", ").append(slot(m.process(), m.region())).append(", ").append(m.page()).append(", ")
                            .append(m.sector()).append(", 1, ");
                    case OutcomeLocation.Register r -> b.append("    {LOC_REG, -1, 0, 0, 0, ").append(r.width())
                            .append(", ");
                    case OutcomeLocation.File f -> b.append("    {LOC_FILE, -1, ").append(files.get(f.file()))
                            .append(", 0, ").append(f.sector()).append(", 1, ");
                }
                b.append(c(l.name())).append("},\n");
            }
            b.append("    {0, 0, 0, 0, 0, 0, NULL}};\n");
            b.append("static const char *const file_name[NFILE + 1] = {");
            files.keySet().forEach(f -> b.append(c("file-" + f)).append(", "));
            b.append("NULL};\n");
            b.append("/* the data of O_DIRECT reads and DMA writes: one 4 KiB block per symbol in the data file */\n");
            b.append("static const char syms[] = ").append(c(syms)).append(";\n");
            for (int t = 0; t < spec.threads().size(); t++) {
                b.append("static void *thread_").append(t).append("(void *arg);\n");
            }
            b.append("static void *(*const thread_fn[NTHREAD + 1])(void *) = {");
            for (int t = 0; t < spec.threads().size(); t++) {
                b.append("thread_").append(t).append(", ");
            }
            b.append("NULL};\n");
            b.append("#define NSCRATCH ").append(Math.max(1, scratch)).append('\n');
            return b.toString();
        }

        /** Names of events, pipes, pins and AIOs, and the scratch slots of dma_read, before the tables. */
        private void collectNames() {
            scratch = 0;
            for (ThreadSpec t : spec.threads()) {
                for (OpSpec op : t.ops()) {
                    switch (op) {
                        case OpSpec.Signal s -> events.putIfAbsent(s.event(), events.size());
                        case OpSpec.Wait w -> events.putIfAbsent(w.event(), events.size());
                        case OpSpec.Vmsplice v -> pipes.putIfAbsent(v.pipe(), pipes.size());
                        case OpSpec.DmaRead d -> scratch++;
                        default -> { }
                    }
                }
            }
        }

        private int procOf(ThreadSpec t) {
            return t.process().map(procs::indexOf).orElse(procs.size());
        }

        private int slot(String process, String region) {
            String root = procs.get(procRoot.get(process));
            for (int s = 0; s < slots.size(); s++) {
                if (slots.get(s).process().equals(root) && slots.get(s).region().equals(region)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("no region " + region + " in process " + process);
        }

        private int slot(Address a, ThreadSpec t) {
            return slot(a.process().orElseGet(() -> t.process().orElseThrow()), a.region());
        }

        // ------------------------------------------------------------------ threads

        private String thread(int index, ThreadSpec t) {
            int p = procOf(t);
            boolean startsAtGo = t.kernelThread() || p < spec.processes().size();
            StringBuilder b = new StringBuilder();
            b.append("\n/* ").append(comment((t.kernelThread() ? "kthread " : "thread ") + t.qualifiedName()))
                    .append(" */\nstatic void *thread_").append(index).append("(void *arg) {\n")
                    .append("    unsigned seed = (unsigned)(uintptr_t)arg;\n");
            if (startsAtGo) {
                b.append("    wait_go();\n");
            }
            int dmaReads = 0;
            for (ThreadSpec other : spec.threads()) {
                if (other == t) {
                    break;
                }
                dmaReads += (int) other.ops().stream().filter(o -> o instanceof OpSpec.DmaRead).count();
            }
            for (OpSpec op : t.ops()) {
                b.append("    /* line ").append(op.pos().line()).append(": ").append(comment(op.text())).append(" */\n");
                b.append("    delay(&seed);\n");
                java.util.Set<String> known = KNOWN.get(op.getClass().getSimpleName());
                if (known != null && op instanceof Record r) {
                    for (String option : unknownSet(r, known)) {
                        note(ReproducerNote.Kind.UNSUPPORTED, op, "option " + option + " is not reproduced yet:"
                                + " the operation runs without it");
                    }
                }
                if (op instanceof OpSpec.DmaRead d) {
                    b.append(dmaRead(d, t, dmaReads++));
                } else {
                    b.append(op(op, t, p));
                }
            }
            b.append("    thread_done(").append(p).append(");\n    return NULL;\n}\n");
            return b.toString();
        }

        private String op(OpSpec op, ThreadSpec t, int p) {
            return switch (op) {
                case OpSpec.Store s -> {
                    int sl = slot(s.addr(), t);
                    Address a = s.addr();
                    yield "    logical_begin(" + sl + ", " + a.page() + ", " + a.firstSector() + ", " + a.lastSector() + ", '"
                            + s.data() + "');\n    if (is_mapped(" + sl + ", " + a.page() + ")) {\n        memset(at(" + sl + ", " + a.page() + ", "
                            + a.firstSector() + "), byte_of('" + s.data() + "'), " + a.sectorCount() + " * SECTOR);\n    }\n"
                            + "    logical_end(" + sl + ", " + a.page() + ", " + a.firstSector() + ", " + a.lastSector() + ", '"
                            + s.data() + "');\n";
                }
                case OpSpec.Load l -> {
                    int sl = slot(l.addr(), t);
                    Address a = l.addr();
                    yield "    for (int s = " + a.firstSector() + "; s <= " + a.lastSector() + "; s++) {\n        set_register("
                            + register(t, l.register()) + ", s - " + a.firstSector() + ", is_mapped(" + sl + ", " + a.page() + ") ? sym_of((const "
                            + "unsigned char *)at(" + sl + ", " + a.page() + ", s)) : '!');\n    }\n";
                }
                case OpSpec.Fork f -> "    do_fork(" + procs.indexOf(f.child()) + ");\n";
                case OpSpec.Exit e -> "    do_exit(" + p + ");\n";
                case OpSpec.Munmap m -> {
                    int sl = slot(t.process().orElseThrow(), m.region());
                    Optional<int[]> range = pageRange(m);
                    if (range.isPresent()) {
                        int[] r = range.get();
                        yield "    if (munmap(base[" + sl + "] + " + r[0] + "L * PAGE, " + (r[1] - r[0] + 1) + "L * PAGE) != 0) {\n"
                                + "        fail(\"munmap\");\n    }\n    mapped_pages(" + sl + ", " + r[0] + ", " + r[1] + ");\n";
                    }
                    yield "    if (munmap(base[" + sl + "], (size_t)slots[" + sl + "].pages * PAGE) != 0) {\n        fail(\"munmap\");\n"
                            + "    }\n    mapped[" + sl + "] = 0;\n";
                }
                case OpSpec.Mprotect m -> {
                    int sl = slot(t.process().orElseThrow(), m.region());
                    String prot = m.prot() == Prot.RO ? "PROT_READ" : "PROT_READ | PROT_WRITE";
                    String where = pageRange(m).map(r -> "base[" + sl + "] + " + r[0] + "L * PAGE, " + (r[1] - r[0] + 1)
                            + "L * PAGE").orElse("base[" + sl + "], (size_t)slots[" + sl + "].pages * PAGE");
                    yield "    if (mprotect(" + where + ", " + prot + ") != 0) {\n        fail(\"mprotect\");\n    }\n";
                }
                case OpSpec.Madvise m -> madvise(m.region(), m.advice().word(), t, op);
                case OpSpec.Collapse c -> collapse(c, t);
                case OpSpec.DioRead d -> dioRead(d, t, p);
                case OpSpec.DioWrite d -> dioWrite(d, t, p);
                case OpSpec.AioWait w -> aioWait(w.ioName());
                case OpSpec.Vmsplice v -> {
                    int sl = slot(v.addr(), t);
                    Address a = v.addr();
                    yield "    {\n        struct iovec iov = { at(" + sl + ", " + a.page() + ", " + a.firstSector() + "), "
                            + a.sectorCount() + " * SECTOR };\n        if (vmsplice(pipes[" + pipes.get(v.pipe())
                            + "][1], &iov, 1, 0) != " + a.sectorCount() + " * SECTOR) {\n            fail(\"vmsplice\");\n"
                            + "        }\n    }\n";
                }
                case OpSpec.PipeRead r -> {
                    int loc = register(t, r.register());
                    int w = ((OutcomeLocation.Register) locations.get(loc)).width();
                    yield "    {\n        unsigned char b[PAGE];\n        if (read(pipes[" + pipes.get(r.pipe()) + "][0], b, " + w
                            + " * SECTOR) != " + w + " * SECTOR) {\n            fail(\"pipe read\");\n        }\n"
                            + "        for (int s = 0; s < " + w + "; s++) {\n            set_register(" + loc
                            + ", s, sym_of(b + s * SECTOR));\n        }\n    }\n";
                }
                case OpSpec.Pin pin -> pin(pin, t, p);
                case OpSpec.DmaWrite d -> dmaWrite(d);
                case OpSpec.Unpin u -> "    ring_close(&" + ring(u.pin()) + ");\n";
                case OpSpec.KsmMerge k -> ksmMerge(k);
                case OpSpec.Signal s -> "    signal_event(" + events.get(s.event()) + ");\n";
                case OpSpec.Wait w -> "    wait_event(" + events.get(w.event()) + ");\n";
                default -> {
                    note(ReproducerNote.Kind.UNSUPPORTED, op, "the C reproducer has no translation for this operation yet;"
                            + " it is skipped");
                    yield "    /* unsupported: skipped */\n";
                }
            };
        }

        private String madvise(String region, String word, ThreadSpec t, OpSpec op) {
            String constant = ADVICE.get(word);
            if (constant == null) {
                note(ReproducerNote.Kind.UNSUPPORTED, op, "no madvise(2) advice for '" + word + "'");
                return "    /* unsupported: skipped */\n";
            }
            switch (word) {
                case "mergeable" -> ksm = true;
                case "pageout" -> {
                    pageout = true;
                    note(ReproducerNote.Kind.APPROXIMATED, op, "MADV_PAGEOUT swaps out only when a swap device is"
                            + " active (the program says at start whether one is); without swap the pages stay");
                }
                case "hugepage", "nohugepage", "collapse" -> hugepage = true;
                default -> { }
            }
            int sl = slot(t.process().orElseThrow(), region);
            return "    if (madvise(base[" + sl + "], region_len(" + sl + "), " + constant + ") != 0) {\n"
                    + "        fail(\"madvise " + word + "\");\n    }\n";
        }

        /** The runtime's THP_* constant of a map's thp= option (partial-mremap is noted and mapped as pte). */
        private static String thpConstant(ThpMode mode) {
            return switch (mode) {
                case NONE -> "THP_NONE";
                case PMD -> "THP_PMD";
                case PTE, PARTIAL_MREMAP -> "THP_PTE";
                case SINGLE_PTE -> "THP_SINGLE_PTE";
                case PARTIAL_SHARED -> "THP_PARTIAL_SHARED";
            };
        }

        /**
         * {@code collapse REGION} in a user thread is MADV_COLLAPSE (7d8faaf15545, 6.1) over the region (the whole
         * THP of a thp= region). Its result is not checked: a refused collapse (EAGAIN, EINVAL for an unsuitable
         * range) is one of the outcomes the model explores, not a failure of the program. In a kthread it stands
         * for a khugepaged scan of another process's mm, which the harness cannot aim: noted unsupported.
         */
        private String collapse(OpSpec.Collapse c, ThreadSpec t) {
            hugepage = true;
            if (t.process().isEmpty()) {
                note(ReproducerNote.Kind.UNSUPPORTED, c, "khugepaged collapses at a scan of its own in another"
                        + " process's mm; the harness cannot aim it at one point");
                return "    /* unsupported: skipped */\n";
            }
            String region = c.region().contains(".") ? c.region().substring(c.region().indexOf('.') + 1) : c.region();
            int sl = slot(t.process().orElseThrow(), region);
            if (!slots.get(sl).thp().equals(ThpMode.NONE)) {
                return "    (void)madvise(base[" + sl + "], region_len(" + sl + "), MADV_COLLAPSE);\n";
            }
            note(ReproducerNote.Kind.APPROXIMATED, c, "the region is not a thp= region: MADV_COLLAPSE of a range"
                    + " smaller than one PMD collapses nothing");
            return "    (void)madvise(base[" + sl + "], region_len(" + sl + "), MADV_COLLAPSE);\n";
        }

        private String dioRead(OpSpec.DioRead d, ThreadSpec t, int p) {
            Address a = d.addr();
            int sl = slot(a, t);
            gupNote(d, d.gup().isPresent() || d.ref().isPresent());
            String buf = "at(" + sl + ", " + a.page() + ", " + a.firstSector() + ")";
            String begin = "    logical_begin(" + sl + ", " + a.page() + ", " + a.firstSector() + ", " + a.lastSector() + ", '"
                    + d.data() + "');\n";
            if (d.async()) {
                String io = d.ioName().orElseThrow();
                aios.put(io, d);
                aioProc.put(io, p);
                return begin + "    {\n        int rc = aio_start(&" + aio(io) + ", 0, fd_data, " + buf + ", " + a.sectorCount()
                        + " * SECTOR, sym_offset('" + d.data() + "'));\n        if (rc != 0) {\n            errno = -rc;\n"
                        + "            fail(\"io_submit O_DIRECT read\");\n        }\n    }\n";
            }
            return begin + "    if (pread(fd_data, " + buf + ", " + a.sectorCount() + " * SECTOR, sym_offset('" + d.data()
                    + "')) != " + a.sectorCount() + " * SECTOR) {\n        fail(\"O_DIRECT read\");\n    }\n"
                    + "    logical_end(" + sl + ", " + a.page() + ", " + a.firstSector() + ", " + a.lastSector() + ", '"
                    + d.data() + "');\n";
        }

        private String dioWrite(OpSpec.DioWrite d, ThreadSpec t, int p) {
            Address a = d.addr();
            int sl = slot(a, t);
            gupNote(d, d.gup().isPresent() || d.ref().isPresent());
            String buf = "at(" + sl + ", " + a.page() + ", " + a.firstSector() + ")";
            String fd = "fd_file[" + files.get(d.file()) + "]";
            if (d.async()) {
                String io = d.ioName().orElseThrow();
                aios.put(io, d);
                aioProc.put(io, p);
                return "    {\n        int rc = aio_start(&" + aio(io) + ", 1, " + fd + ", " + buf + ", " + a.sectorCount()
                        + " * SECTOR, " + a.firstSector() + " * SECTOR);\n        if (rc != 0) {\n            errno = -rc;\n"
                        + "            fail(\"io_submit O_DIRECT write\");\n        }\n    }\n";
            }
            return "    if (pwrite(" + fd + ", " + buf + ", " + a.sectorCount() + " * SECTOR, " + a.firstSector()
                    + " * SECTOR) != " + a.sectorCount() + " * SECTOR) {\n        fail(\"O_DIRECT write\");\n    }\n";
        }

        private void gupNote(OpSpec op, boolean chosen) {
            if (chosen) {
                note(ReproducerNote.Kind.APPROXIMATED, op, "gup= and pin= cannot be chosen from user space: the"
                        + " kernel's O_DIRECT path takes its own references (FOLL_PIN through gup_fast since 6.3)");
            }
        }

        private String aioWait(String io) {
            OpSpec op = aios.get(io);
            String end = "";
            if (op instanceof OpSpec.DioRead d) {
                Address a = d.addr();
                int sl = slot(a.process().orElse(procOfAio(io)), a.region());
                end = "    logical_end(" + sl + ", " + a.page() + ", " + a.firstSector() + ", " + a.lastSector() + ", '"
                        + d.data() + "');\n";
            }
            return "    if (aio_finish(&" + aio(io) + ") < 0) {\n        fail(\"io_getevents\");\n    }\n" + end;
        }

        private String procOfAio(String io) {
            return procs.get(aioProc.get(io));
        }

        private String pin(OpSpec.Pin pin, ThreadSpec t, int p) {
            Address a = pin.addr();
            int sl = slot(a, t);
            pins.put(pin.name(), pin);
            pinProc.put(pin.name(), sl);
            List<String> why = new ArrayList<>();
            if (pin.prot() == Prot.RO) {
                why.add("io_uring registers fixed buffers with FOLL_WRITE, so the R/O pin is taken as a R/W one"
                        + " (on a R/O-mapped or shared page it breaks COW at pin time, as FOLL_LONGTERM R/O pins"
                        + " unshare since 5.19)");
            }
            if (!pin.fast()) {
                why.add("io_uring pins through pin_user_pages_fast (io_pin_pages), not the slow path");
            }
            if (!pin.longterm()) {
                why.add("io_uring pins are always FOLL_LONGTERM");
            }
            if (!why.isEmpty()) {
                note(ReproducerNote.Kind.APPROXIMATED, pin, String.join("; ", why));
            }
            String r = ring(pin.name());
            return "    {\n        int rc = ring_open(&" + r + ");\n        if (rc == 0) {\n            rc = ring_pin(&" + r
                    + ", at(" + sl + ", " + a.page() + ", 0));\n        }\n        if (rc != 0) {\n            errno = -rc;\n"
                    + "            fail(\"io_uring_register_buffers\");\n        }\n    }\n";
        }

        private String dmaWrite(OpSpec.DmaWrite d) {
            OpSpec.Pin pin = pins.get(d.pin());
            if (pin == null) {
                throw new IllegalArgumentException("dma_write " + d.pin() + ": the pin is taken by a later thread");
            }
            int sl = pinProc.get(d.pin());
            int n = d.lastSector() - d.firstSector() + 1;
            note(ReproducerNote.Kind.APPROXIMATED, d, "the device writes through the pin as an IORING_OP_READ_FIXED"
                    + " from the data file completes, while the thread waits, not at one chosen kernel step");
            return "    logical_begin(" + sl + ", " + pin.addr().page() + ", " + d.firstSector() + ", " + d.lastSector()
                    + ", '" + d.data() + "');\n    if (ring_io(&" + ring(d.pin()) + ", IORING_OP_READ_FIXED, fd_data, "
                    + ring(d.pin()) + ".buf + " + d.firstSector() + " * SECTOR, " + n + " * SECTOR, sym_offset('"
                    + d.data() + "')) != " + n + " * SECTOR) {\n        fail(\"READ_FIXED\");\n    }\n"
                    + "    logical_end(" + sl + ", " + pin.addr().page() + ", " + d.firstSector() + ", " + d.lastSector()
                    + ", '" + d.data() + "');\n";
        }

        private String dmaRead(OpSpec.DmaRead d, ThreadSpec t, int scratchSlot) {
            int n = d.lastSector() - d.firstSector() + 1;
            int loc = register(t, d.register());
            note(ReproducerNote.Kind.APPROXIMATED, d, "the device reads through the pin as an IORING_OP_WRITE_FIXED"
                    + " to a scratch file completes, while the thread waits, not at one chosen kernel step");
            String r = ring(d.pin());
            return "    {\n        unsigned char b[PAGE] __attribute__((aligned(PAGE)));\n        if (ring_io(&" + r
                    + ", IORING_OP_WRITE_FIXED, fd_scratch, " + r + ".buf + " + d.firstSector() + " * SECTOR, " + n
                    + " * SECTOR, " + scratchSlot + "L * PAGE) != " + n + " * SECTOR\n                || pread(fd_scratch, b, "
                    + n + " * SECTOR, " + scratchSlot + "L * PAGE) != " + n + " * SECTOR) {\n"
                    + "            fail(\"WRITE_FIXED\");\n        }\n        for (int s = 0; s < " + n + "; s++) {\n"
                    + "            set_register(" + loc + ", s, sym_of(b + s * SECTOR));\n        }\n    }\n";
        }

        private String ksmMerge(OpSpec.KsmMerge k) {
            ksm = true;
            note(ReproducerNote.Kind.APPROXIMATED, k, "ksmd cannot be told to merge two pages at a chosen point: both"
                    + " regions are MADV_MERGEABLE from the start and ksmd (when running) merges them at some scan,"
                    + " rarely within one run");
            return "    /* ksmd merges MADV_MERGEABLE pages on its own schedule (setup_root) */\n";
        }

        private int register(ThreadSpec t, String reg) {
            Integer i = locIndex.get(t.qualifiedName() + "." + reg);
            if (i == null) {
                throw new IllegalArgumentException("no register " + t.qualifiedName() + "." + reg);
            }
            return i;
        }

        private String ring(String pin) {
            String v = "ring_" + ident(pin);
            if (body.indexOf("static struct ring " + v + ";") < 0) {
                body.insert(0, "static struct ring " + v + ";\n");
            }
            return v;
        }

        private String aio(String io) {
            String v = "aio_" + ident(io);
            if (body.indexOf("static struct aio " + v + ";") < 0) {
                body.insert(0, "static struct aio " + v + ";\n");
            }
            return v;
        }

        // ------------------------------------------------------------------ per process, conditions, notes

        /** Regions named by ksm_merge become MADV_MERGEABLE in their process before the run starts. */
        private String setupRoot() {
            StringBuilder b = new StringBuilder("\nstatic void setup_root(int p) {\n");
            boolean any = false;
            for (ThreadSpec t : spec.threads()) {
                for (OpSpec op : t.ops()) {
                    if (op instanceof OpSpec.KsmMerge k) {
                        for (Address a : List.of(k.first(), k.second())) {
                            String proc = a.process().orElseThrow();
                            int sl = slot(proc, a.region());
                            b.append("    if (p == ").append(procRoot.get(proc)).append(" && ksm_running()) {\n")
                                    .append("        madvise(base[").append(sl).append("], (size_t)slots[").append(sl)
                                    .append("].pages * PAGE, MADV_MERGEABLE);\n    }\n");
                            any = true;
                        }
                    }
                }
            }
            if (!any) {
                b.append("    (void)p;\n");
            }
            b.append("}\n");
            String ksmFn = "\nstatic UNUSED int ksm_running(void) {\n    char c = '0';\n"
                    + "    int fd = open(\"/sys/kernel/mm/ksm/run\", O_RDONLY);\n    if (fd >= 0) {\n"
                    + "        if (read(fd, &c, 1) != 1) {\n            c = '0';\n        }\n        close(fd);\n    }\n"
                    + "    return c == '1';\n}\n";
            return ksmFn + b;
        }

        /** AIO still in flight when a process's threads end completes before the final state. */
        private String finishIo() {
            StringBuilder b = new StringBuilder("\nstatic void finish_io(int p) {\n    (void)p;\n");
            for (Map.Entry<String, OpSpec> e : aios.entrySet()) {
                b.append("    if (p == ").append(aioProc.get(e.getKey())).append(" && ").append(aio(e.getKey()))
                        .append(".busy) {\n    ").append(aioWait(e.getKey()).replace("\n    ", "\n        "))
                        .append("    }\n");
            }
            b.append("}\n");
            return b.toString();
        }

        private String conditions() {
            StringBuilder b = new StringBuilder("\nstatic UNUSED int loc_is(int l, char sym) {\n"
                    + "    for (int i = 0; i < locs[l].width; i++) {\n        if (sh->loc[l][i] != sym) {\n"
                    + "            return 0;\n        }\n    }\n    return 1;\n}\n\nstatic void print_conditions(void) {\n");
            int i = 0;
            for (ConditionSpec cs : spec.conditions()) {
                String json = "{\"kind\":\"" + cs.kind().word() + "\",\"label\":\"" + json(cs.displayName())
                        + "\",\"holds\":";
                b.append("    fputs(\"").append(i == 0 ? "" : ",").append(cEscape(json)).append("\", stdout);\n")
                        .append("    fputs((").append(expr(cs.expr())).append(") ? \"true}\" : \"false}\", stdout);\n");
                i++;
            }
            b.append("}\n");
            return b.toString();
        }

        private String expr(Expr e) {
            return switch (e) {
                case Expr.And a -> "(" + expr(a.left()) + " && " + expr(a.right()) + ")";
                case Expr.Or o -> "(" + expr(o.left()) + " || " + expr(o.right()) + ")";
                case Expr.Not n -> "!" + expr(n.operand());
                case Expr.Memory m -> {
                    List<String> l = new ArrayList<>();
                    for (int s = m.addr().firstSector(); s <= m.addr().lastSector(); s++) {
                        l.add("loc_is(" + loc(m.addr().process().orElseThrow() + "." + m.addr().region() + "["
                                + m.addr().page() + "]." + s) + ", '" + m.symbol() + "')");
                    }
                    yield (m.equal() ? "" : "!") + "(" + String.join(" && ", l) + ")";
                }
                case Expr.Register r -> (r.equal() ? "" : "!") + "loc_is(" + loc(r.thread() + "." + r.register()) + ", '"
                        + r.symbol() + "')";
                case Expr.File f -> {
                    List<String> l = new ArrayList<>();
                    for (int s = f.firstSector(); s <= f.lastSector(); s++) {
                        l.add("loc_is(" + loc(f.file() + "[0]." + s) + ", '" + f.symbol() + "')");
                    }
                    yield (f.equal() ? "" : "!") + "(" + String.join(" && ", l) + ")";
                }
            };
        }

        private int loc(String name) {
            Integer i = locIndex.get(name);
            if (i == null) {
                throw new IllegalArgumentException("the engine observes no location " + name);
            }
            return i;
        }

        private String notesFunction() {
            StringBuilder b = new StringBuilder("\nstatic void print_notes(void) {\n");
            for (ReproducerNote n : notes) {
                String json = "{\"note\":\"" + n.kind().word() + "\",\"line\":" + n.line() + ",\"op\":\"" + json(n.operation())
                        + "\",\"why\":\"" + json(n.why()) + "\"}\n";
                b.append("    fputs(\"").append(cEscape(json)).append("\", stdout);\n");
            }
            if (ksm) {
                b.append("    if (!ksm_running()) {\n        fputs(\"").append(cEscape("{\"note\":\"unsupported\",\"line\":0,"
                        + "\"op\":\"ksm\",\"why\":\"/sys/kernel/mm/ksm/run is not 1 (ksmd stopped): no page is ever merged;"
                        + " mmrace reality --allow-sysfs starts it for the run\"}\n")).append("\", stdout);\n    }\n");
            }
            if (pageout) {
                b.append("    {\n        FILE *sw = fopen(\"/proc/swaps\", \"r\");\n        int lines = 0;\n"
                        + "        for (int ch; sw != NULL && (ch = fgetc(sw)) != EOF;) {\n            lines += ch == '\\n';\n"
                        + "        }\n        if (sw != NULL) {\n            fclose(sw);\n        }\n        if (lines < 2) {\n"
                        + "            fputs(\"").append(cEscape("{\"note\":\"unsupported\",\"line\":0,\"op\":\"swap\",\"why\":"
                        + "\"no active swap device: MADV_PAGEOUT leaves anonymous pages in memory (no swap entry,"
                        + " no do_swap_page)\"}\n")).append("\", stdout);\n        }\n    }\n");
            }
            if (hugepage) {
                b.append("    {\n        char mode[128] = \"\";\n        FILE *f = fopen(\"/sys/kernel/mm/transparent_hugepage/enabled\","
                        + " \"r\");\n        if (f == NULL || fgets(mode, sizeof mode, f) == NULL || strstr(mode, \"[never]\") != NULL) {\n"
                        + "            fputs(\"").append(cEscape("{\"note\":\"unsupported\",\"line\":0,\"op\":\"thp\",\"why\":"
                        + "\"transparent huge pages are disabled here (or unknown): MADV_HUGEPAGE has no effect\"}\n"))
                        .append("\", stdout);\n        }\n        if (f != NULL) {\n            fclose(f);\n        }\n    }\n");
            }
            b.append("    fflush(stdout);\n}\n");
            return b.toString();
        }

        private void note(ReproducerNote.Kind kind, OpSpec op, String why) {
            notes.add(new ReproducerNote(kind, op.text(), op.pos().line(), why));
        }

        // ------------------------------------------------------------------ text helpers

        private static String ident(String s) {
            return s.replaceAll("[^A-Za-z0-9_]", "_");
        }

        private static String comment(String s) {
            return s.replace("*/", "* /");
        }

        private static String c(String s) {
            return "\"" + cEscape(s) + "\"";
        }

        private static String cEscape(String s) {
            StringBuilder b = new StringBuilder();
            for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
                int ch = x & 0xff;
                switch (ch) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '?' -> b.append("\\?");
                    default -> b.append(ch < 32 || ch > 126 ? String.format("\\%03o", ch) : String.valueOf((char) ch));
                }
            }
            return b.toString();
        }

        private static String json(String s) {
            StringBuilder b = new StringBuilder();
            for (char ch : s.toCharArray()) {
                switch (ch) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    default -> b.append(ch < 32 ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
                }
            }
            return b.toString();
        }
    }
}
