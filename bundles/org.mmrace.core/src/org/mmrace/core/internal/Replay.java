package org.mmrace.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.ViolationClass;
import org.mmrace.core.spec.OpSpec;
import org.mmrace.core.spec.SourcePos;
import org.mmrace.core.trace.StateSnapshot;
import org.mmrace.core.trace.Trace;
import org.mmrace.core.trace.TraceStep;

/**
 * Rebuilds a trace from a path of actors: replays the steps from the initial state with a tracing
 * observer, so labels, violation details and snapshots are made only for the trace, never during
 * the search.
 */
public final class Replay {
    private final Model m;
    private final Machine k;
    private final Checks checks;

    public Replay(Machine k) {
        this.k = k;
        this.m = k.m;
        this.checks = new Checks(k);
    }

    /** A violation's details, as the step (or final check) that found it gave them. */
    public record Detail(String process, String address, String expected, String seen, String message) {
    }

    /** Collects labels, and the details of the first violation with a wanted key. */
    private static final class Recorder implements Obs {
        final StringBuilder words = new StringBuilder();
        final int wantKey;
        boolean armed;
        Detail detail;
        private int lastKey = -1;

        Recorder(int wantKey) {
            this.wantKey = wantKey;
        }

        @Override
        public boolean tracing() {
            return true;
        }

        @Override
        public void label(String w) {
            words.append(w);
        }

        @Override
        public boolean violation(Oracle oracle, ViolationClass cls) {
            lastKey = Search.key(oracle, cls);
            return armed && lastKey == wantKey && detail == null;
        }

        @Override
        public void details(String process, String address, String expected, String seen, String message) {
            detail = new Detail(process, address, expected, seen, message);
        }

        @Override
        public void unnecessaryCow() {
        }
    }

    /** The result of a replay: the trace, and the details of the violation asked for (if found). */
    public record Result(Trace trace, java.util.Optional<Detail> detail, long[] lastState) {
    }

    /**
     * Replays {@code path}; when {@code wantKey >= 0}, captures the details of that violation in the
     * last step (or, with {@code finalCheck}, in the checks of the last state).
     */
    public Result replay(int[] path, int wantKey, boolean finalCheck) {
        long[] s = m.initialState();
        Step c = new Step(m);
        StateSnapshot before = snapshot(s);
        StateSnapshot initial = before;
        List<TraceStep> steps = new ArrayList<>();
        Detail detail = null;
        for (int i = 0; i < path.length; i++) {
            int a = path[i];
            Recorder rec = new Recorder(wantKey);
            rec.armed = i == path.length - 1 && !finalCheck;
            c.obs = rec;
            k.summarise(s, c);
            System.arraycopy(s, 0, c.s, 0, s.length);
            String thread;
            String opText;
            SourcePos pos;
            boolean device = a >= m.threadCount;
            if (device) {
                Op io = m.ioSites.get(a - m.threadCount);
                thread = "device";
                opText = io.spec.text() + " (" + m.ioNames.get(a - m.threadCount) + " of "
                        + m.threadNames.get(m.ioThread[a - m.threadCount]) + ")";
                pos = io.spec.pos();
            } else {
                int pc = L(s, m.fPc[a]);
                OpSpec os = m.ops[a][pc].spec;
                thread = m.threadNames.get(a);
                opText = os.text();
                pos = os.pos();
            }
            if (!k.step(c, a)) {
                throw new IllegalStateException("replay: step " + i + " of " + thread + " is not enabled");
            }
            s = c.s.clone();
            if (rec.detail != null) {
                detail = rec.detail;
            }
            StateSnapshot after = snapshot(s);
            steps.add(new TraceStep(i + 1, thread, device, opText, pos, rec.words.toString(), lockWords(after),
                    Diff.changes(before, after), after));
            before = after;
        }
        if (finalCheck && wantKey >= 0) {
            Recorder rec = new Recorder(wantKey);
            rec.armed = true;
            c.obs = rec;
            k.summarise(s, c);
            System.arraycopy(s, 0, c.s, 0, s.length);
            if (wantKey == Search.key(Oracle.REFCOUNT, ViolationClass.COUNT_MISMATCH)) {
                checks.refcounts(c, new int[m.maxPages + 1], new int[m.maxPages + 1]);
            } else if (wantKey == Search.key(Oracle.DEADLOCK, ViolationClass.DEADLOCK)) {
                rec.detail = new Detail("", "", "some step enabled", "none", "deadlock: no step is enabled while "
                        + String.join(", ", unfinished(s)) + " has not finished");
            } else {
                checks.finalIsolation(c);
            }
            detail = rec.detail;
        }
        return new Result(new Trace(initial, steps), java.util.Optional.ofNullable(detail), s);
    }

    private List<String> unfinished(long[] s) {
        List<String> l = new ArrayList<>();
        for (int t = 0; t < m.threadCount; t++) {
            if (!k.finished(s, t)) {
                l.add(m.threadNames.get(t) + " (at " + m.ops[t][L(s, m.fPc[t])].spec.text() + ", "
                        + Phase.name(L(s, m.fPhase[t])) + ")");
            }
        }
        for (int i = 0; i < m.ioSites.size(); i++) {
            int st = L(s, m.fIoStatus[i]);
            if (st == Model.IO_INFLIGHT || st == Model.IO_DMA_DONE) {
                l.add(m.ioNames.get(i));
            }
        }
        return l;
    }

    private int L(long[] s, int f) {
        return m.layout.get(s, f);
    }

    private static List<String> lockWords(StateSnapshot s) {
        List<String> l = new ArrayList<>();
        for (StateSnapshot.Lock lk : s.locks()) {
            l.add(lk.lock() + (lk.mode().isEmpty() ? "" : " " + lk.mode()) + " by " + lk.holder());
        }
        return l;
    }

    private static final String[] MM_STATES = {"not-created", "alive", "exiting", "gone"};
    private static final String[] IO_STATES = {"not-submitted", "in-flight", "dma-done", "completed"};

    /** Decodes a packed state. */
    public StateSnapshot snapshot(long[] s) {
        Step c = new Step(m);
        c.s = s;
        k.summarise(s, c);
        int np = m.maxPages;
        int[] regionOfPage = new int[np + 1];
        java.util.Arrays.fill(regionOfPage, -1);
        boolean[] referenced = new boolean[np + 1];
        List<StateSnapshot.Mm> mms = new ArrayList<>();
        for (int mm = 0; mm < m.mmNames.size(); mm++) {
            List<StateSnapshot.Vma> vmas = new ArrayList<>();
            for (int r = 0; r < m.regions.size(); r++) {
                if (m.regionRoot[r] != m.mmRoot[mm]) {
                    continue;
                }
                List<StateSnapshot.Pte> ptes = new ArrayList<>();
                List<String> logical = new ArrayList<>();
                for (int vp : m.vpsOfRegion(r)) {
                    int p = k.pfn(c, mm, vp);
                    ptes.add(new StateSnapshot.Pte(m.vpPage[vp], p != 0, k.pteWrite(c, mm, vp), p));
                    if (p != 0) {
                        regionOfPage[p] = r;
                        referenced[p] = true;
                    }
                    StringBuilder b = new StringBuilder();
                    for (int sct = 0; sct < 8; sct++) {
                        b.append(k.symChar(k.logical(c, mm, vp, sct)));
                    }
                    logical.add(b.toString());
                }
                vmas.add(new StateSnapshot.Vma(m.regions.get(r).region(), k.vmaPresent(c, mm, r), m.vmaShared(r),
                        k.vmaWrite(c, mm, r), true, k.get(c, m.fVmaDontcopy[mm][r]) != 0,
                        k.get(c, m.fVmaMergeable[mm][r]) != 0, ptes, logical));
            }
            mms.add(new StateSnapshot.Mm(m.mmNames.get(mm), MM_STATES[k.mmState(c, mm)],
                    k.get(c, m.fHasPinned[mm]) != 0, k.get(c, m.fSeq[mm]), vmas));
        }
        List<StateSnapshot.Io> ios = new ArrayList<>();
        for (int i = 0; i < m.ioSites.size(); i++) {
            Op op = m.ioSites.get(i);
            int p = k.get(c, m.fIoPfn[i]);
            mark(p, m.vpRegion[op.vp], regionOfPage, referenced);
            String kind = (m.isAsync(op) ? "aio_" : "dio_") + (m.isRead(op) ? "read" : "write");
            ios.add(new StateSnapshot.Io(m.ioNames.get(i), m.mmNames.get(op.mm), kind,
                    IO_STATES[k.get(c, m.fIoStatus[i])], p, op.pinRef ? "FOLL_PIN" : "FOLL_GET",
                    k.get(c, m.fIoLocked[i]) != 0));
        }
        List<StateSnapshot.Pin> pins = new ArrayList<>();
        for (int i = 0; i < m.pinSites.size(); i++) {
            Op op = m.pinSites.get(i);
            int p = k.get(c, m.fPinPfn[i]);
            mark(p, m.vpRegion[op.vp], regionOfPage, referenced);
            pins.add(new StateSnapshot.Pin(((OpSpec.Pin) op.spec).name(), m.mmNames.get(op.mm), p,
                    op.pinRef ? "FOLL_PIN" : "FOLL_GET"));
        }
        for (int i = 0; i < m.spliceSites.size(); i++) {
            mark(k.get(c, m.fSplicePfn[i]), m.vpRegion[m.spliceSites.get(i).vp], regionOfPage, referenced);
        }
        List<StateSnapshot.Pipe> pipes = new ArrayList<>();
        for (int p = 0; p < m.pipes.size(); p++) {
            List<Integer> pf = new ArrayList<>();
            for (int f : m.fPipeQueue[p]) {
                int e = k.get(c, f);
                if (e != 0) {
                    pf.add(k.get(c, m.fSplicePfn[m.pipeSites[p][e - 1]]));
                }
            }
            pipes.add(new StateSnapshot.Pipe(m.pipes.get(p), pf));
        }
        List<StateSnapshot.Thread> threads = new ArrayList<>();
        List<StateSnapshot.Lock> locks = new ArrayList<>();
        for (int t = 0; t < m.threadCount; t++) {
            int pc = k.get(c, m.fPc[t]);
            boolean done = k.finished(s, t);
            List<String> regs = new ArrayList<>();
            for (int r = 0; r < m.registers.get(t).size(); r++) {
                StringBuilder b = new StringBuilder(m.registers.get(t).get(r)).append('=');
                for (int f : m.fReg[t][r]) {
                    b.append(k.symChar(k.get(c, f)));
                }
                regs.add(b.toString());
            }
            boolean running = pc < m.ops[t].length;
            int ph = k.get(c, m.fPhase[t]);
            threads.add(new StateSnapshot.Thread(m.threadNames.get(t), running ? pc : -1,
                    running ? m.ops[t][pc].spec.text() : "", running ? Phase.name(ph) : "done", done, regs));
            for (String lk : k.locksOf(s, t)) {
                int sp = lk.lastIndexOf(' ');
                boolean mode = lk.endsWith(" read") || lk.endsWith(" write");
                locks.add(new StateSnapshot.Lock(mode ? lk.substring(0, sp) : lk, mode ? lk.substring(sp + 1) : "",
                        m.threadNames.get(t)));
            }
            if (running) {
                int pa = k.get(c, m.fPa[t]);
                int pb = k.get(c, m.fPb[t]);
                Op op = m.ops[t][pc];
                int r = op.vp >= 0 ? m.vpRegion[op.vp] : -1;
                mark(pa, r, regionOfPage, referenced);
                mark(pb, r, regionOfPage, referenced);
            }
        }
        for (int i = 0; i < m.ioSites.size(); i++) {
            if (k.get(c, m.fIoLocked[i]) != 0) {
                locks.add(new StateSnapshot.Lock("PG_locked(page#" + k.get(c, m.fIoPfn[i]) + ")", "",
                        m.ioNames.get(i)));
            }
        }
        List<StateSnapshot.Page> pages = new ArrayList<>();
        for (int p = 1; p <= np; p++) {
            int cnt = k.count(s, p);
            int mc = k.mapcount(c, p);
            if (cnt == 0 && mc == 0 && !referenced[p]) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            for (int sct = 0; sct < 8; sct++) {
                int slot = m.slotOfSector[sct];
                int sy = slot >= 0 ? k.get(c, m.fContent[p][slot])
                        : regionOfPage[p] >= 0 ? m.fillSym(regionOfPage[p], sct) : 0;
                b.append(k.symChar(sy));
            }
            pages.add(new StateSnapshot.Page(p, cnt == 0, cnt, mc, k.get(c, m.fPins[p]), true, c.pageLocked(p),
                    k.ksm(c, p), k.excl(c, p), k.get(c, m.fDontcow[p]) != 0, k.get(c, m.fPgGup[p]) != 0, b.toString()));
        }
        List<StateSnapshot.File> files = new ArrayList<>();
        for (int f = 0; f < m.files.size(); f++) {
            StringBuilder b = new StringBuilder();
            for (int sct = 0; sct < 8; sct++) {
                b.append(k.symChar(k.get(c, m.fFile[f][0][sct])));
            }
            files.add(new StateSnapshot.File(m.files.get(f), List.of(b.toString())));
        }
        List<String> events = new ArrayList<>();
        for (int e = 0; e < m.events.size(); e++) {
            if (k.get(c, m.fEvent[e]) != 0) {
                events.add(m.events.get(e));
            }
        }
        return new StateSnapshot(mms, pages, threads, ios, pins, pipes, locks, files, events);
    }

    private static void mark(int p, int region, int[] regionOfPage, boolean[] referenced) {
        if (p > 0) {
            referenced[p] = true;
            if (regionOfPage[p] < 0 && region >= 0) {
                regionOfPage[p] = region;
            }
        }
    }
}
