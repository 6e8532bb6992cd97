package org.mmrace.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.mmrace.core.spec.Address;
import org.mmrace.core.spec.ConditionSpec;
import org.mmrace.core.spec.Expr;
import org.mmrace.core.spec.GupMode;
import org.mmrace.core.spec.MappingSpec;
import org.mmrace.core.spec.OpSpec;
import org.mmrace.core.spec.ProcessSpec;
import org.mmrace.core.spec.RefKind;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.spec.Sharing;
import org.mmrace.core.spec.SourcePos;
import org.mmrace.core.spec.ThreadSpec;

/**
 * A scenario compiled for one strategy: every name resolved to an index, the bounds of the state
 * computed, and the bit layout of the packed state. Immutable after construction.
 */
public final class Model {
    public static final int MM_NONE = 0;
    public static final int MM_ALIVE = 1;
    public static final int MM_EXITING = 2;
    public static final int MM_GONE = 3;

    public static final int IO_IDLE = 0;
    public static final int IO_INFLIGHT = 1;
    public static final int IO_DMA_DONE = 2;
    public static final int IO_COMPLETED = 3;

    /** 1024: a FOLL_PIN counts this much in page_count (5.7+). */
    public static final int GUP_PIN_COUNTING_BIAS = 1024;

    public final ScenarioSpec spec;
    public final Config cfg;
    public final Layout layout = new Layout();

    // symbols
    public final char[] symbols;
    private final int[] symIndex = new int[128];
    public final int unmappedSym;
    /** sector number of each tracked slot, and slot of each sector (-1: untracked, keeps its fill) */
    public final int[] trackedSectors;
    public final int[] slotOfSector = new int[8];

    // regions and virtual pages
    public final List<MappingSpec> regions = new ArrayList<>();
    public final int[] regionRoot;
    public final int[] regionFirstVp;
    public final int[] vpRegion;
    public final int[] vpPage;

    // mms
    public final List<String> mmNames = new ArrayList<>();
    public final int[] mmRoot;
    /** thread and op index of the fork creating each mm (-1 for declared processes) */
    public final int[] mmCreatorThread;
    public final int[] mmCreatorOp;

    // threads
    public final List<String> threadNames = new ArrayList<>();
    public final int[] threadMm;
    public final Op[][] ops;
    public final List<List<String>> registers = new ArrayList<>();
    public final int[][] registerWidth;

    // sites
    public final List<Op> ioSites = new ArrayList<>();
    public final List<String> ioNames = new ArrayList<>();
    public final int[] ioThread;
    public final List<Op> pinSites = new ArrayList<>();
    public final List<Op> spliceSites = new ArrayList<>();
    public final List<String> pipes = new ArrayList<>();
    public final int[][] pipeSites;
    public final List<String> files = new ArrayList<>();
    public final List<String> events = new ArrayList<>();

    // conditions
    public final List<ConditionSpec> conditions;
    public final Cond[] conds;

    // bounds
    public final int maxPages;

    // fields: pages (index by pfn, 1..maxPages)
    public final int[] fCount;
    public final int[] fPins;
    public final int[] fMapcount;
    public final int[] fKsm;
    public final int[] fExcl;
    public final int[] fDontcow;
    public final int[] fPgGup;
    public final int[][] fContent;
    // mms
    public final int[] fMmState;
    public final int[] fHasPinned;
    public final int[] fSeq;
    public final int[][] fVmaPresent;
    public final int[][] fVmaWrite;
    public final int[][] fVmaDontcopy;
    public final int[][] fVmaMergeable;
    public final int[][] fPtePfn;
    public final int[][] fPteWrite;
    /**
     * Swap (issue 11; only stored when the scenario pages something out): per pte the swap slot it
     * names (0: not a swap entry) and, from 5.19, its exclusive bit; per slot 1..maxSlots the swap
     * count (swap ptes naming it) and the content written to it; per page the slot whose swap cache
     * it is in (0: not in the swap cache; the swap cache holds one reference).
     */
    public final boolean useSwap;
    public final int maxSlots;
    public final int[][] fPteSwap;
    public final int[][] fPteSwpExcl;
    public final int[] fSlotCount;
    public final int[][] fSlotContent;
    public final int[] fPageSlot;
    public final int[][][] fLogical;
    public final int[][] fLost;
    // threads
    public final int[] fPc;
    public final int[] fPhase;
    public final int[] fPa;
    public final int[] fPb;
    public final int[] fCur;
    public final int[] fFlags;
    public final int[] fSeqSaved;
    public final int[][][] fReg;
    // sites
    public final int[] fIoStatus;
    public final int[] fIoPfn;
    public final int[] fIoLocked;
    public final int[] fPinPfn;
    /**
     * Per DIO-write site (fIoHeld) and vmsplice site (fSpliceHeld), per tracked sector slot: the
     * symbols (one bit each) the owner's logical memory held since the reference was taken, 0 while
     * no reference is held; -1 where not stored (DIO reads, sectors outside the range). Only these
     * reads may see any value the owner held in that window (docs/semantics.md, section 4).
     */
    public final int[][] fIoHeld;
    public final int[][] fSpliceHeld;
    /** whether any held-symbols field exists (so setLogical can skip the bookkeeping) */
    public final boolean tracksHeld;
    public final int[] fSplicePfn;
    public final int[][] fPipeQueue;
    /** file, page, sector -> field */
    public final int[][][] fFile;
    public final int[] fEvent;
    /** the large-folio model (docs/semantics-notes.md, THP); null when the scenario has no THP */
    public final ThpLayout thp;

    public final int words;
    public final int threadCount;
    public final int actorCount;

    public Model(ScenarioSpec spec, Config cfg) throws ScenarioException {
        this.spec = spec;
        this.cfg = cfg;
        Arrays.fill(symIndex, -1);
        // ---- processes and regions
        Map<String, Integer> mmIndex = new LinkedHashMap<>();
        for (ProcessSpec p : spec.processes()) {
            if (mmIndex.put(p.name(), mmIndex.size()) != null) {
                throw new ScenarioException("process " + p.name() + " is declared twice", p.pos());
            }
        }
        List<Integer> roots = new ArrayList<>();
        List<int[]> creators = new ArrayList<>();
        for (int i = 0; i < mmIndex.size(); i++) {
            roots.add(i);
            creators.add(new int[] {-1, -1});
        }
        for (ThreadSpec t : spec.threads()) {
            for (OpSpec op : t.ops()) {
                if (op instanceof OpSpec.Fork f) {
                    if (mmIndex.containsKey(f.child())) {
                        throw new ScenarioException("fork " + f.child() + ": a process of that name exists already",
                                f.pos());
                    }
                    if (t.process().isEmpty()) {
                        throw new ScenarioException("a kthread cannot fork", f.pos());
                    }
                    mmIndex.put(f.child(), mmIndex.size());
                    roots.add(-2); // resolved below
                    creators.add(new int[] {-1, -1});
                }
            }
        }
        mmNames.addAll(mmIndex.keySet());
        int nMm = mmNames.size();
        mmRoot = new int[nMm];
        mmCreatorThread = new int[nMm];
        mmCreatorOp = new int[nMm];
        Arrays.fill(mmCreatorThread, -1);
        Arrays.fill(mmCreatorOp, -1);
        Arrays.fill(mmRoot, -1);
        for (int i = 0; i < spec.processes().size(); i++) {
            mmRoot[i] = i;
        }
        Map<String, Integer> regionIndex = new HashMap<>();
        for (MappingSpec m : spec.mappings()) {
            Integer p = mmIndex.get(m.process());
            if (p == null || p >= spec.processes().size()) {
                throw new ScenarioException("map " + m.process() + "." + m.region() + ": no process " + m.process()
                        + " declared", m.pos());
            }
            if (!m.kind().equals("anon")) {
                throw new ScenarioException("map kind '" + m.kind() + "' is not in format v1 (only anon)", m.pos());
            }
            if (m.pages() < 1 || m.pages() > 16) {
                throw new ScenarioException("pages=" + m.pages() + ": the engine takes 1 to 16 pages per region",
                        m.pos());
            }
            if (regionIndex.put(m.process() + "." + m.region(), regions.size()) != null) {
                throw new ScenarioException("region " + m.process() + "." + m.region() + " is mapped twice", m.pos());
            }
            regions.add(m);
        }
        regionRoot = new int[regions.size()];
        regionFirstVp = new int[regions.size()];
        int nVp = 0;
        for (int r = 0; r < regions.size(); r++) {
            regionRoot[r] = mmIndex.get(regions.get(r).process());
            regionFirstVp[r] = nVp;
            nVp += regions.get(r).pages();
        }
        vpRegion = new int[nVp];
        vpPage = new int[nVp];
        for (int r = 0; r < regions.size(); r++) {
            for (int i = 0; i < regions.get(r).pages(); i++) {
                vpRegion[regionFirstVp[r] + i] = r;
                vpPage[regionFirstVp[r] + i] = i;
            }
        }
        // ---- threads: names, mm, fork children roots (in declaration order, a child's parent may be a child)
        Map<String, Integer> threadIndex = new LinkedHashMap<>();
        threadCount = spec.threads().size();
        threadMm = new int[threadCount];
        ops = new Op[threadCount][];
        for (int t = 0; t < threadCount; t++) {
            ThreadSpec ts = spec.threads().get(t);
            if (threadIndex.put(ts.qualifiedName(), t) != null) {
                throw new ScenarioException("thread " + ts.qualifiedName() + " is declared twice", ts.pos());
            }
            threadNames.add(ts.qualifiedName());
            if (ts.process().isPresent()) {
                Integer m = mmIndex.get(ts.process().get());
                if (m == null) {
                    throw new ScenarioException("thread " + ts.qualifiedName() + ": no process " + ts.process().get()
                            + " (declare it with `process` or create it with `fork`)", ts.pos());
                }
                threadMm[t] = m;
            } else {
                threadMm[t] = -1;
            }
        }
        // fork children: root = root of the forking thread's mm (iterate until stable, children of children)
        for (int pass = 0; pass < nMm; pass++) {
            for (int t = 0; t < threadCount; t++) {
                List<OpSpec> l = spec.threads().get(t).ops();
                for (int i = 0; i < l.size(); i++) {
                    if (l.get(i) instanceof OpSpec.Fork f) {
                        int c = mmIndex.get(f.child());
                        mmCreatorThread[c] = t;
                        mmCreatorOp[c] = i;
                        if (mmRoot[threadMm[t]] >= 0) {
                            mmRoot[c] = mmRoot[threadMm[t]];
                        }
                    }
                }
            }
        }
        for (int c = spec.processes().size(); c < nMm; c++) {
            if (mmCreatorThread[c] < 0 || mmRoot[c] < 0) {
                throw new ScenarioException("process " + mmNames.get(c) + " is forked by a thread of a process that"
                        + " never exists", SourcePos.NONE);
            }
        }
        // ---- symbols
        TreeSet<Character> syms = new TreeSet<>();
        for (MappingSpec m : regions) {
            for (char ch : m.fill().toCharArray()) {
                syms.add(ch);
            }
        }
        boolean[] written = new boolean[8];
        for (ThreadSpec ts : spec.threads()) {
            for (OpSpec op : ts.ops()) {
                switch (op) {
                    case OpSpec.Store s -> { syms.add(s.data()); mark(written, s.addr().firstSector(), s.addr().lastSector()); }
                    case OpSpec.DioRead d -> { syms.add(d.data()); mark(written, d.addr().firstSector(), d.addr().lastSector()); }
                    case OpSpec.DmaWrite d -> { syms.add(d.data()); mark(written, d.firstSector(), d.lastSector()); }
                    default -> { }
                }
            }
        }
        for (ConditionSpec c : spec.conditions()) {
            collectSymbols(c.expr(), syms);
        }
        syms.remove('.');
        syms.remove('!');
        for (char ch : syms) {
            if (!(Character.isLetterOrDigit(ch) && ch < 128)) {
                throw new ScenarioException("symbol '" + ch + "' is not one of A-Z a-z 0-9 .", SourcePos.NONE);
            }
        }
        symbols = new char[syms.size() + 1];
        symbols[0] = '.';
        int si = 1;
        for (char ch : syms) {
            symbols[si++] = ch;
        }
        for (int i = 0; i < symbols.length; i++) {
            symIndex[symbols[i]] = i;
        }
        unmappedSym = symbols.length;
        int nt = 0;
        for (int s = 0; s < 8; s++) {
            nt += written[s] ? 1 : 0;
        }
        trackedSectors = new int[nt];
        Arrays.fill(slotOfSector, -1);
        nt = 0;
        for (int s = 0; s < 8; s++) {
            if (written[s]) {
                slotOfSector[s] = nt;
                trackedSectors[nt++] = s;
            }
        }
        // ---- operations
        Map<String, Integer> ioByName = new HashMap<>();
        Map<String, Integer> pinByName = new HashMap<>();
        Map<String, Integer> pipeIndex = new LinkedHashMap<>();
        Map<String, Integer> fileIndex = new LinkedHashMap<>();
        Map<String, Integer> eventIndex = new LinkedHashMap<>();
        List<Integer> ioThreadL = new ArrayList<>();
        registerWidth = new int[threadCount][];
        List<List<String>> regsL = new ArrayList<>();
        List<List<Integer>> widthsL = new ArrayList<>();
        int ksmOps = 0;
        for (int t = 0; t < threadCount; t++) {
            ThreadSpec ts = spec.threads().get(t);
            List<String> regs = new ArrayList<>();
            List<Integer> widths = new ArrayList<>();
            ops[t] = new Op[ts.ops().size()];
            for (int i = 0; i < ts.ops().size(); i++) {
                OpSpec os = ts.ops().get(i);
                Op op = compileOp(os, t, ts, mmIndex, regionIndex, ioByName, pinByName, pipeIndex, fileIndex,
                        eventIndex, ioThreadL);
                if (op.kind == Op.Kind.KSM_MERGE) {
                    ksmOps++;
                }
                if (os instanceof OpSpec.Load l) {
                    op.reg = register(regs, widths, l.register(), l.addr().sectorCount());
                } else if (os instanceof OpSpec.PipeRead p) {
                    op.reg = register(regs, widths, p.register(), 1);
                } else if (os instanceof OpSpec.DmaRead d) {
                    op.reg = register(regs, widths, d.register(), d.lastSector() - d.firstSector() + 1);
                }
                ops[t][i] = op;
            }
            regsL.add(regs);
            widthsL.add(widths);
        }
        // aio_wait, dma and unpin resolve names declared anywhere
        for (int t = 0; t < threadCount; t++) {
            for (Op op : ops[t]) {
                switch (op.spec) {
                    case OpSpec.AioWait w -> op.site = lookup(ioByName, w.ioName(), "no aio operation named", w.pos());
                    case OpSpec.DmaWrite d -> op.site = lookup(pinByName, d.pin(), "no pin named", d.pos());
                    case OpSpec.DmaRead d -> op.site = lookup(pinByName, d.pin(), "no pin named", d.pos());
                    case OpSpec.Unpin u -> op.site = lookup(pinByName, u.pin(), "no pin named", u.pos());
                    case OpSpec.PipeRead p -> {
                        Integer pi = pipeIndex.get(p.pipe());
                        if (pi == null) {
                            throw new ScenarioException("pipe_read " + p.pipe() + ": no vmsplice into that pipe", p.pos());
                        }
                        op.pipe = pi;
                    }
                    case OpSpec.Wait w -> {
                        if (!eventIndex.containsKey(w.event())) {
                            throw new ScenarioException("wait " + w.event() + ": no thread signals it", w.pos());
                        }
                        op.event = eventIndex.get(w.event());
                    }
                    default -> { }
                }
            }
        }
        for (int t = 0; t < threadCount; t++) {
            for (Op op : ops[t]) {
                if (op.kind == Op.Kind.PIPE_READ) {
                    for (Op v : spliceSites) {
                        if (v.pipe == op.pipe) {
                            register(regsL.get(t), widthsL.get(t), registersName(op), v.last - v.first + 1);
                        }
                    }
                }
            }
            registers.add(List.copyOf(regsL.get(t)));
            registerWidth[t] = widthsL.get(t).stream().mapToInt(Integer::intValue).toArray();
        }
        ioThread = ioThreadL.stream().mapToInt(Integer::intValue).toArray();
        pipes.addAll(pipeIndex.keySet());
        pipeSites = new int[pipes.size()][];
        for (int p = 0; p < pipes.size(); p++) {
            final int pp = p;
            pipeSites[p] = java.util.stream.IntStream.range(0, spliceSites.size())
                    .filter(i -> spliceSites.get(i).pipe == pp).toArray();
        }
        events.addAll(eventIndex.keySet());
        // ---- conditions
        conditions = spec.conditions();
        conds = new Cond[conditions.size()];
        for (int c = 0; c < conds.length; c++) {
            conds[c] = compileCond(conditions.get(c).expr(), mmIndex, regionIndex, threadIndex, fileIndex);
        }
        files.addAll(fileIndex.keySet());

        mmVps = null;
        int[][] vpsTmp = new int[nMm][];
        for (int mmi = 0; mmi < nMm; mmi++) {
            vpsTmp[mmi] = vpsOf(mmi);
        }
        mmVps = vpsTmp;
        // ---- bounds
        int mapped = 0;
        for (int m = 0; m < nMm; m++) {
            mapped += vpsOf(m).length;
        }
        int refSites = ioSites.size() + pinSites.size() + spliceSites.size();
        boolean swap = false;
        for (Op[] l : ops) {
            for (Op op : l) {
                swap |= op.kind == Op.Kind.MADVISE && op.advice == org.mmrace.core.spec.Advice.PAGEOUT.ordinal();
            }
        }
        useSwap = swap;
        // every live slot is named by a swap pte (a slot no pte names leaves the swap cache at once),
        // and every page in the swap cache without a mapping or reference has such a slot
        maxSlots = useSwap ? mapped : 0;
        int baseFrames = mapped + refSites + threadCount + ksmOps + 1 + maxSlots;
        thp = thpLayout(baseFrames);
        maxPages = baseFrames + (thp == null ? 0 : thp.poolFrames);
        // a large folio's refcount counts every pte of every subpage (and a PMD once)
        int maxCount = nMm + refSites + 2 * threadCount + 3 * ksmOps + 2 + (thp == null ? 0 : nMm * 8)
                + (useSwap ? 1 : 0);
        int pinnable = cfg.follPin ? ioSites.size() + pinSites.size() : 0;

        // ---- layout
        int np1 = maxPages + 1;
        fCount = new int[np1];
        fPins = new int[np1];
        fMapcount = new int[np1];
        fKsm = new int[np1];
        fExcl = new int[np1];
        fDontcow = new int[np1];
        fPgGup = new int[np1];
        fContent = new int[np1][trackedSectors.length];
        boolean useKsm = ksmOps > 0;
        for (int p = 1; p <= maxPages; p++) {
            fCount[p] = layout.add("page#" + p + ".count", maxCount);
            fPins[p] = layout.add("page#" + p + ".pins", pinnable);
            fMapcount[p] = layout.add("page#" + p + ".mapcount", nMm + (useKsm ? nMm : 0));
            fKsm[p] = layout.add("page#" + p + ".ksm", useKsm ? 1 : 0);
            fExcl[p] = layout.add("page#" + p + ".anon_exclusive", cfg.anonExclusive ? 1 : 0);
            fDontcow[p] = layout.add("page#" + p + ".dontcow", cfg.readCow == Config.ReadCow.DONTCOW ? 1 : 0);
            fPgGup[p] = layout.add("page#" + p + ".gup", cfg.recheck == Config.Recheck.PG_GUP
                    || cfg.readCow == Config.ReadCow.PG_GUP || cfg.forkPinned == Config.ForkPinned.COPY_PG_GUP ? 1 : 0);
            for (int k = 0; k < trackedSectors.length; k++) {
                fContent[p][k] = layout.add("page#" + p + ".s" + trackedSectors[k], symbols.length - 1);
            }
        }
        fPageSlot = new int[np1];
        for (int p = 1; p <= maxPages; p++) {
            fPageSlot[p] = layout.add("page#" + p + ".swapcache", maxSlots);
        }
        fPageSlot[0] = -1;
        fSlotCount = new int[maxSlots + 1];
        fSlotCount[0] = -1;
        fSlotContent = new int[maxSlots + 1][trackedSectors.length];
        Arrays.fill(fSlotContent[0], -1);
        for (int sl = 1; sl <= maxSlots; sl++) {
            fSlotCount[sl] = layout.add("swap#" + sl + ".count", nMm);
            for (int k = 0; k < trackedSectors.length; k++) {
                fSlotContent[sl][k] = layout.add("swap#" + sl + ".s" + trackedSectors[k], symbols.length - 1);
            }
        }
        boolean anyFork = nMm > spec.processes().size();
        boolean anyUnmap = false;
        boolean anyMprotect = false;
        boolean anyMadvise = false;
        boolean anyPinRef = false;
        for (Op[] l : ops) {
            for (Op op : l) {
                anyUnmap |= op.kind == Op.Kind.MUNMAP || op.kind == Op.Kind.EXIT;
                anyMprotect |= op.kind == Op.Kind.MPROTECT;
                anyMadvise |= op.kind == Op.Kind.MADVISE;
                anyPinRef |= op.pinRef;
            }
        }
        fMmState = new int[nMm];
        fHasPinned = new int[nMm];
        fSeq = new int[nMm];
        int nReg = regions.size();
        fVmaPresent = new int[nMm][nReg];
        fVmaWrite = new int[nMm][nReg];
        fVmaDontcopy = new int[nMm][nReg];
        fVmaMergeable = new int[nMm][nReg];
        fPtePfn = new int[nMm][nVp];
        fPteWrite = new int[nMm][nVp];
        fLogical = new int[nMm][nVp][trackedSectors.length];
        fLost = new int[nMm][nVp];
        fPteSwap = new int[nMm][nVp];
        fPteSwpExcl = new int[nMm][nVp];
        for (int m = 0; m < nMm; m++) {
            Arrays.fill(fPteSwap[m], -1);
            Arrays.fill(fPteSwpExcl[m], -1);
        }
        for (int m = 0; m < nMm; m++) {
            String mn = mmNames.get(m);
            fMmState[m] = layout.add(mn + ".state", (anyFork || anyUnmap) ? 3 : 0);
            fHasPinned[m] = layout.add(mn + ".has_pinned", anyPinRef ? 1 : 0);
            fSeq[m] = layout.add(mn + ".write_protect_seq", cfg.guard == Config.Guard.SEQCOUNT && anyFork ? 7 : 0);
            for (int r = 0; r < nReg; r++) {
                Arrays.fill(fLost[m], -1);
                if (regionRoot[r] != mmRoot[m]) {
                    fVmaPresent[m][r] = fVmaWrite[m][r] = fVmaDontcopy[m][r] = fVmaMergeable[m][r] = -1;
                    for (int vp : vpsOfRegion(r)) {
                        fPtePfn[m][vp] = fPteWrite[m][vp] = -1;
                        Arrays.fill(fLogical[m][vp], -1);
                    }
                    continue;
                }
                String rn = mn + "." + regions.get(r).region();
                fVmaPresent[m][r] = layout.add(rn + ".present", anyFork || anyUnmap ? 1 : 0);
                fVmaWrite[m][r] = layout.add(rn + ".write", anyMprotect ? 1 : 0);
                fVmaDontcopy[m][r] = layout.add(rn + ".dontcopy", anyMadvise ? 1 : 0);
                fVmaMergeable[m][r] = layout.add(rn + ".mergeable", anyMadvise ? 1 : 0);
            }
            for (int vp : vpsOf(m)) {
                String pn = mn + "." + regions.get(vpRegion[vp]).region() + "[" + vpPage[vp] + "]";
                fPtePfn[m][vp] = layout.add(pn + ".pfn", maxPages);
                fPteWrite[m][vp] = layout.add(pn + ".write", 1);
                for (int k = 0; k < trackedSectors.length; k++) {
                    fLogical[m][vp][k] = layout.add(pn + ".logical.s" + trackedSectors[k], symbols.length - 1);
                }
                fLost[m][vp] = layout.add(pn + ".lost", 1);
                fPteSwap[m][vp] = layout.add(pn + ".swap", maxSlots);
                fPteSwpExcl[m][vp] = layout.add(pn + ".swp_exclusive", useSwap && cfg.anonExclusive ? 1 : 0);
            }
        }
        fPc = new int[threadCount];
        fPhase = new int[threadCount];
        fPa = new int[threadCount];
        fPb = new int[threadCount];
        fCur = new int[threadCount];
        fFlags = new int[threadCount];
        fSeqSaved = new int[threadCount];
        fReg = new int[threadCount][][];
        for (int t = 0; t < threadCount; t++) {
            String tn = threadNames.get(t);
            fPc[t] = layout.add(tn + ".pc", ops[t].length);
            fPhase[t] = layout.add(tn + ".phase", Phase.MAX);
            fPa[t] = layout.add(tn + ".pa", maxPages);
            fPb[t] = layout.add(tn + ".pb", maxPages);
            int maxCur = 0;
            boolean pinFast = false;
            for (Op op : ops[t]) {
                if (op.kind == Op.Kind.FORK || op.kind == Op.Kind.EXIT || op.kind == Op.Kind.MUNMAP) {
                    maxCur = Math.max(maxCur, vpsOf(threadMm[t]).length);
                }
                if (op.kind == Op.Kind.KSM_MERGE) {
                    maxCur = Math.max(maxCur, 1);
                }
                pinFast |= op.pinRef && op.fast;
            }
            fCur[t] = layout.add(tn + ".cursor", maxCur);
            fFlags[t] = layout.add(tn + ".flags", 15);
            fSeqSaved[t] = layout.add(tn + ".seq", cfg.guard == Config.Guard.SEQCOUNT && pinFast && anyFork ? 7 : 0);
            fReg[t] = new int[registers.get(t).size()][];
            for (int r = 0; r < fReg[t].length; r++) {
                fReg[t][r] = new int[registerWidth[t][r]];
                for (int k = 0; k < registerWidth[t][r]; k++) {
                    fReg[t][r][k] = layout.add(tn + "." + registers.get(t).get(r) + "[" + k + "]", symbols.length);
                }
            }
        }
        fIoStatus = new int[ioSites.size()];
        fIoPfn = new int[ioSites.size()];
        fIoLocked = new int[ioSites.size()];
        for (int i = 0; i < ioSites.size(); i++) {
            fIoStatus[i] = layout.add(ioNames.get(i) + ".status", 3);
            fIoPfn[i] = layout.add(ioNames.get(i) + ".pfn", maxPages);
            fIoLocked[i] = layout.add(ioNames.get(i) + ".locked", cfg.dioLockPage ? 1 : 0);
        }
        boolean held = false;
        fIoHeld = new int[ioSites.size()][];
        for (int i = 0; i < ioSites.size(); i++) {
            fIoHeld[i] = heldFields(ioNames.get(i), ioSites.get(i), !isRead(ioSites.get(i)));
            held |= Arrays.stream(fIoHeld[i]).anyMatch(f -> f >= 0);
        }
        fSpliceHeld = new int[spliceSites.size()][];
        for (int i = 0; i < spliceSites.size(); i++) {
            fSpliceHeld[i] = heldFields("vmsplice" + i, spliceSites.get(i), true);
            held |= Arrays.stream(fSpliceHeld[i]).anyMatch(f -> f >= 0);
        }
        tracksHeld = held;
        fPinPfn = new int[pinSites.size()];
        for (int i = 0; i < pinSites.size(); i++) {
            fPinPfn[i] = layout.add("pin." + ((OpSpec.Pin) pinSites.get(i).spec).name() + ".pfn", maxPages);
        }
        fSplicePfn = new int[spliceSites.size()];
        for (int i = 0; i < spliceSites.size(); i++) {
            fSplicePfn[i] = layout.add("vmsplice" + i + ".pfn", maxPages);
        }
        fPipeQueue = new int[pipes.size()][];
        for (int p = 0; p < pipes.size(); p++) {
            fPipeQueue[p] = new int[pipeSites[p].length];
            for (int q = 0; q < pipeSites[p].length; q++) {
                fPipeQueue[p][q] = layout.add("pipe." + pipes.get(p) + "[" + q + "]", pipeSites[p].length);
            }
        }
        fFile = new int[files.size()][1][8];
        for (int f = 0; f < files.size(); f++) {
            for (int s = 0; s < 8; s++) {
                fFile[f][0][s] = layout.add("file." + files.get(f) + "[0]." + s, symbols.length - 1);
            }
        }
        fEvent = new int[events.size()];
        for (int e = 0; e < events.size(); e++) {
            fEvent[e] = layout.add("event." + events.get(e), 1);
        }
        if (thp != null) {
            thp.addFields(this);
        }
        layout.seal();
        words = layout.words();
        actorCount = threadCount + ioSites.size();
        if (actorCount > 120) {
            throw new ScenarioException("too many threads and I/O operations (" + actorCount + "; the engine takes 120)",
                    spec.pos());
        }
    }

    /** The THP slots (null without THP): the first frame of each region as initialState hands them out. */
    private ThpLayout thpLayout(int baseFrames) {
        boolean[] collapsed = new boolean[regions.size()];
        int collapses = 0;
        boolean hugeMadvise = false;
        boolean partial = false;
        int thpRegions = 0;
        for (Op[] l : ops) {
            for (Op op : l) {
                if (op.kind == Op.Kind.COLLAPSE) {
                    collapsed[op.region] = true;
                    collapses++;
                }
                hugeMadvise |= op.kind == Op.Kind.MADVISE && (op.advice == org.mmrace.core.spec.Advice.HUGEPAGE.ordinal()
                        || op.advice == org.mmrace.core.spec.Advice.NOHUGEPAGE.ordinal());
                partial |= (op.kind == Op.Kind.MPROTECT || op.kind == Op.Kind.MUNMAP) && op.first >= 0 && op.vp >= 0;
            }
        }
        int[] firstPfn = new int[regions.size()];
        int next = 1;
        for (int m = 0; m < spec.processes().size(); m++) {
            for (int r = 0; r < regions.size(); r++) {
                if (regionRoot[r] == m) {
                    firstPfn[r] = next;
                    next += regions.get(r).pages();
                }
            }
        }
        for (MappingSpec ms : regions) {
            thpRegions += ms.thp() != org.mmrace.core.spec.ThpMode.NONE ? 1 : 0;
        }
        int capable = 0;
        for (int r = 0; r < regions.size(); r++) {
            capable += regions.get(r).thp() != org.mmrace.core.spec.ThpMode.NONE || collapsed[r] ? 1 : 0;
        }
        // pool (thp.cow=copy-huge): live folios of a region are at most one per mm mapping it, one per thread
        // copying, one per reference site keeping an unmapped folio alive; plus a new folio per collapse
        int refSites = ioSites.size() + pinSites.size() + spliceSites.size();
        int copies = (cfg.thpCowSplit ? 0 : capable * (mmNames.size() + threadCount + refSites)) + collapses;
        return ThpLayout.of(regions, collapsed, firstPfn, baseFrames, copies, hugeMadvise, partial);
    }

    /** The held-symbols fields of a reference site's tracked sectors (all -1 unless {@code windowed}). */
    private int[] heldFields(String site, Op op, boolean windowed) throws ScenarioException {
        int[] f = new int[trackedSectors.length];
        Arrays.fill(f, -1);
        if (!windowed) {
            return f;
        }
        if (symbols.length > 30) {
            throw new ScenarioException("too many data symbols (" + symbols.length + ") for an O_DIRECT write or"
                    + " vmsplice: the engine takes 30", op.spec.pos());
        }
        for (int k = 0; k < trackedSectors.length; k++) {
            if (trackedSectors[k] >= op.first && trackedSectors[k] <= op.last) {
                f[k] = layout.add(site + ".held.s" + trackedSectors[k], (1L << symbols.length) - 1);
            }
        }
        return f;
    }

    private static void mark(boolean[] w, int a, int b) {
        for (int s = a; s <= b; s++) {
            w[s] = true;
        }
    }

    private static void collectSymbols(Expr e, TreeSet<Character> syms) {
        switch (e) {
            case Expr.And a -> { collectSymbols(a.left(), syms); collectSymbols(a.right(), syms); }
            case Expr.Or o -> { collectSymbols(o.left(), syms); collectSymbols(o.right(), syms); }
            case Expr.Not n -> collectSymbols(n.operand(), syms);
            case Expr.Memory m -> syms.add(m.symbol());
            case Expr.Register r -> syms.add(r.symbol());
            case Expr.File f -> syms.add(f.symbol());
        }
    }

    private static String registersName(Op op) {
        return ((OpSpec.PipeRead) op.spec).register();
    }

    private static int register(List<String> regs, List<Integer> widths, String name, int width) {
        int i = regs.indexOf(name);
        if (i < 0) {
            regs.add(name);
            widths.add(width);
            return regs.size() - 1;
        }
        widths.set(i, Math.max(widths.get(i), width));
        return i;
    }

    private static int lookup(Map<String, Integer> m, String name, String what, SourcePos pos) throws ScenarioException {
        Integer i = m.get(name);
        if (i == null) {
            throw new ScenarioException(what + " " + name, pos);
        }
        return i;
    }

    private int[][] mmVps;

    /** Virtual pages an mm can map: those of its root's regions, in order. */
    public int[] vpsOf(int mm) {
        if (mmVps != null) {
            return mmVps[mm];
        }
        int root = mmRoot[mm];
        List<Integer> l = new ArrayList<>();
        for (int vp = 0; vp < vpRegion.length; vp++) {
            if (regionRoot[vpRegion[vp]] == root) {
                l.add(vp);
            }
        }
        return l.stream().mapToInt(Integer::intValue).toArray();
    }

    public int[] vpsOfRegion(int r) {
        int[] a = new int[regions.get(r).pages()];
        for (int i = 0; i < a.length; i++) {
            a[i] = regionFirstVp[r] + i;
        }
        return a;
    }

    public int sym(char c) {
        return c < 128 ? symIndex[c] : -1;
    }

    /** A condition's symbol: '!' is "unmapped", which only loads and the final state can produce. */
    private int condSym(char c) {
        return c == '!' ? unmappedSym : sym(c);
    }

    /** The symbol an untracked sector of region r always holds. */
    public int fillSym(int region, int sector) {
        return sym(regions.get(region).fill().charAt(sector));
    }

    private int resolveVp(Address a, int mm, Map<String, Integer> regionIndex, SourcePos pos) throws ScenarioException {
        return resolveVp(a, mm, regionIndex, pos, false);
    }

    private int resolveVp(Address a, int mm, Map<String, Integer> regionIndex, SourcePos pos, boolean inCondition)
            throws ScenarioException {
        String rootName = mmNames.get(mmRoot[mm]);
        Integer r = regionIndex.get(rootName + "." + a.region());
        if (r == null) {
            throw new ScenarioException("no region " + a.region() + " in process " + mmNames.get(mm), pos);
        }
        if (a.page() >= regions.get(r).pages()) {
            throw new ScenarioException(a + ": region " + a.region() + " has " + regions.get(r).pages() + " page(s)", pos);
        }
        if (a.page() > 0 && regions.get(r).thp() == org.mmrace.core.spec.ThpMode.SINGLE_PTE && !inCondition) {
            throw new ScenarioException(a + ": only page 0 of a thp=single-pte region is mapped (the rest was"
                    + " MADV_DONTNEEDed; the engine does not model faulting it in again)", pos);
        }
        return regionFirstVp[r] + a.page();
    }

    private int resolveRegion(String name, int mm, Map<String, Integer> regionIndex, SourcePos pos)
            throws ScenarioException {
        Integer r = regionIndex.get(mmNames.get(mmRoot[mm]) + "." + name);
        if (r == null) {
            throw new ScenarioException("no region " + name + " in process " + mmNames.get(mm), pos);
        }
        return r;
    }

    private int addressMm(Address a, ThreadSpec ts, Map<String, Integer> mmIndex, boolean any) throws ScenarioException {
        String p = a.process().or(() -> ts.process()).orElseThrow(
                () -> new ScenarioException("address " + a + " needs a process in a kthread", a.pos()));
        Integer m = mmIndex.get(p);
        if (m == null) {
            throw new ScenarioException("no process " + p, a.pos());
        }
        if (!any && ts.process().isPresent() && !ts.process().get().equals(p)) {
            throw new ScenarioException("thread " + ts.qualifiedName() + " can only address its own process's memory, not "
                    + a, a.pos());
        }
        return m;
    }

    private Op compileOp(OpSpec os, int t, ThreadSpec ts, Map<String, Integer> mmIndex, Map<String, Integer> regionIndex,
            Map<String, Integer> ioByName, Map<String, Integer> pinByName, Map<String, Integer> pipeIndex,
            Map<String, Integer> fileIndex, Map<String, Integer> eventIndex, List<Integer> ioThreadL)
            throws ScenarioException {
        boolean kthread = ts.process().isEmpty();
        if (kthread && !(os instanceof OpSpec.KsmMerge || os instanceof OpSpec.Signal || os instanceof OpSpec.Wait
                || os instanceof OpSpec.Collapse)) {
            throw new ScenarioException("a kthread has no mm: only ksm_merge, collapse, signal and wait run in a kthread",
                    os.pos());
        }
        int mm = kthread ? -1 : mmIndex.get(ts.process().get());
        switch (os) {
            case OpSpec.Store s -> {
                Op op = new Op(Op.Kind.STORE, os);
                op.mm = addressMm(s.addr(), ts, mmIndex, false);
                op.vp = resolveVp(s.addr(), op.mm, regionIndex, s.pos());
                op.first = s.addr().firstSector();
                op.last = s.addr().lastSector();
                op.sym = symIndexOf(s.data(), s.pos());
                return op;
            }
            case OpSpec.Load l -> {
                Op op = new Op(Op.Kind.LOAD, os);
                op.mm = addressMm(l.addr(), ts, mmIndex, false);
                op.vp = resolveVp(l.addr(), op.mm, regionIndex, l.pos());
                op.first = l.addr().firstSector();
                op.last = l.addr().lastSector();
                return op;
            }
            case OpSpec.Fork f -> {
                Op op = new Op(Op.Kind.FORK, os);
                op.mm = mm;
                op.childMm = mmIndex.get(f.child());
                return op;
            }
            case OpSpec.Exit e -> {
                Op op = new Op(Op.Kind.EXIT, os);
                op.mm = mm;
                return op;
            }
            case OpSpec.Munmap u -> {
                Op op = new Op(Op.Kind.MUNMAP, os);
                op.mm = mm;
                op.region = resolveRegion(u.region(), mm, regionIndex, u.pos());
                pageRange(op, u.firstPage(), u.lastPage(), u.pos());
                return op;
            }
            case OpSpec.Collapse col -> {
                Op op = new Op(Op.Kind.COLLAPSE, os);
                String name = col.region();
                int cm = mm;
                if (name.contains(".")) {
                    Integer named = mmIndex.get(name.substring(0, name.indexOf('.')));
                    if (named == null) {
                        throw new ScenarioException("collapse " + name + ": no process " + name.substring(0,
                                name.indexOf('.')), col.pos());
                    }
                    cm = named;
                    name = name.substring(name.indexOf('.') + 1);
                } else if (kthread) {
                    throw new ScenarioException("collapse in a kthread names the process: collapse P." + name, col.pos());
                }
                op.mm = cm;
                op.region = resolveRegion(name, cm, regionIndex, col.pos());
                op.ro = kthread; // khugepaged (a kthread) or MADV_COLLAPSE (a user thread)
                if (regions.get(op.region).sharing() == Sharing.SHARED) {
                    throw new ScenarioException("collapse of a shared mapping is not supported (shmem THP is not modelled)",
                            col.pos());
                }
                return op;
            }
            case OpSpec.Mprotect p -> {
                Op op = new Op(Op.Kind.MPROTECT, os);
                op.mm = mm;
                op.region = resolveRegion(p.region(), mm, regionIndex, p.pos());
                pageRange(op, p.firstPage(), p.lastPage(), p.pos());
                op.ro = p.prot() == org.mmrace.core.spec.Prot.RO;
                return op;
            }
            case OpSpec.Madvise a -> {
                Op op = new Op(Op.Kind.MADVISE, os);
                op.mm = mm;
                op.region = resolveRegion(a.region(), mm, regionIndex, a.pos());
                op.advice = a.advice().ordinal();
                if (a.advice() == org.mmrace.core.spec.Advice.PAGEOUT && vmaShared(op.region)) {
                    throw new ScenarioException("madvise " + a.region() + " pageout: the region is MAP_SHARED (shmem"
                            + " swap is not modelled; only anonymous private memory is swapped)", a.pos());
                }
                return op;
            }
            case OpSpec.DioRead d -> {
                Op op = io(new Op(Op.Kind.DIO, os), d.addr(), d.gup(), d.ref(), true, ts, mmIndex, regionIndex, d.pos());
                op.sym = symIndexOf(d.data(), d.pos());
                registerIo(op, d.ioName(), d.async(), t, ioByName, ioThreadL, d.pos());
                return op;
            }
            case OpSpec.DioWrite d -> {
                Op op = io(new Op(Op.Kind.DIO, os), d.addr(), d.gup(), d.ref(), false, ts, mmIndex, regionIndex, d.pos());
                op.region = fileIndex.computeIfAbsent(d.file(), k -> fileIndex.size());
                registerIo(op, d.ioName(), d.async(), t, ioByName, ioThreadL, d.pos());
                return op;
            }
            case OpSpec.AioWait w -> {
                return new Op(Op.Kind.AIO_WAIT, os);
            }
            case OpSpec.Vmsplice v -> {
                Op op = io(new Op(Op.Kind.VMSPLICE, os), v.addr(), Optional.of(GupMode.FAST), Optional.of(RefKind.GET),
                        false, ts, mmIndex, regionIndex, v.pos());
                op.pipe = pipeIndex.computeIfAbsent(v.pipe(), k -> pipeIndex.size());
                op.site = spliceSites.size();
                spliceSites.add(op);
                return op;
            }
            case OpSpec.PipeRead p -> {
                return new Op(Op.Kind.PIPE_READ, os);
            }
            case OpSpec.Pin p -> {
                Op op = io(new Op(Op.Kind.PIN, os), p.addr(),
                        Optional.of(p.fast() ? GupMode.FAST : GupMode.SLOW), Optional.of(RefKind.PIN),
                        p.prot() == org.mmrace.core.spec.Prot.RW, ts, mmIndex, regionIndex, p.pos());
                if (pinByName.put(p.name(), pinSites.size()) != null) {
                    throw new ScenarioException("two pins named " + p.name(), p.pos());
                }
                op.site = pinSites.size();
                pinSites.add(op);
                return op;
            }
            case OpSpec.DmaWrite d -> {
                Op op = new Op(Op.Kind.DMA_WRITE, os);
                op.first = d.firstSector();
                op.last = d.lastSector();
                checkSectors(d.firstSector(), d.lastSector(), d.pos());
                op.sym = symIndexOf(d.data(), d.pos());
                return op;
            }
            case OpSpec.DmaRead d -> {
                Op op = new Op(Op.Kind.DMA_READ, os);
                checkSectors(d.firstSector(), d.lastSector(), d.pos());
                op.first = d.firstSector();
                op.last = d.lastSector();
                return op;
            }
            case OpSpec.Unpin u -> {
                return new Op(Op.Kind.UNPIN, os);
            }
            case OpSpec.KsmMerge k -> {
                Op op = new Op(Op.Kind.KSM_MERGE, os);
                op.mm = addressMm(k.first(), ts, mmIndex, true);
                op.vp = resolveVp(k.first(), op.mm, regionIndex, k.pos());
                op.mm2 = addressMm(k.second(), ts, mmIndex, true);
                op.vp2 = resolveVp(k.second(), op.mm2, regionIndex, k.pos());
                if (op.mm == op.mm2 && op.vp == op.vp2) {
                    throw new ScenarioException("ksm_merge needs two different pages", k.pos());
                }
                if (regions.get(vpRegion[op.vp]).thp() != org.mmrace.core.spec.ThpMode.NONE
                        || regions.get(vpRegion[op.vp2]).thp() != org.mmrace.core.spec.ThpMode.NONE) {
                    throw new ScenarioException("ksm_merge of a THP subpage is not supported (KSM splits the THP first,"
                            + " which the engine does not model)", k.pos());
                }
                return op;
            }
            case OpSpec.Signal s -> {
                Op op = new Op(Op.Kind.SIGNAL, os);
                op.event = eventIndex.computeIfAbsent(s.event(), k -> eventIndex.size());
                return op;
            }
            case OpSpec.Wait w -> {
                return new Op(Op.Kind.WAIT, os);
            }
        }
    }

    /**
     * munmap/mprotect REGION[N-M]: op.first/op.last are the pages and op.vp the first one (-1: whole region).
     * Only a THP region takes a page range (the engine's VMAs are whole regions; a THP region has per-page
     * VMA protection for the split VMA).
     */
    private void pageRange(Op op, int first, int last, SourcePos pos) throws ScenarioException {
        op.first = -1;
        if (first < 0) {
            return;
        }
        MappingSpec ms = regions.get(op.region);
        if (last >= ms.pages() || first > last) {
            throw new ScenarioException("pages " + first + "-" + last + " are not within region " + ms.region() + " (0-"
                    + (ms.pages() - 1) + ")", pos);
        }
        if (ms.thp() == org.mmrace.core.spec.ThpMode.NONE) {
            throw new ScenarioException("a page range on munmap/mprotect needs a thp= region (" + ms.region()
                    + " has order-0 pages; give the whole region)", pos);
        }
        op.first = first;
        op.last = last;
        op.vp = regionFirstVp[op.region] + first;
    }

    private static void checkSectors(int a, int b, SourcePos pos) throws ScenarioException {
        if (a < 0 || b > 7 || a > b) {
            throw new ScenarioException("sectors " + a + "-" + b + " are not within 0-7", pos);
        }
    }

    private Op io(Op op, Address a, Optional<GupMode> gup, Optional<RefKind> ref, boolean write, ThreadSpec ts,
            Map<String, Integer> mmIndex, Map<String, Integer> regionIndex, SourcePos pos) throws ScenarioException {
        op.mm = addressMm(a, ts, mmIndex, false);
        op.vp = resolveVp(a, op.mm, regionIndex, pos);
        op.first = a.firstSector();
        op.last = a.lastSector();
        op.write = write;
        op.fast = gup.map(g -> g == GupMode.FAST).orElse(true);
        boolean defaultPin = op.kind == Op.Kind.DIO ? cfg.dioPin : op.kind == Op.Kind.PIN;
        // Before 5.7 there is no FOLL_PIN: a pin is a FOLL_GET reference (docs/semantics.md, pin).
        op.pinRef = cfg.follPin && ref.map(r -> r == RefKind.PIN).orElse(defaultPin);
        return op;
    }

    private void registerIo(Op op, Optional<String> name, boolean async, int t, Map<String, Integer> ioByName,
            List<Integer> ioThreadL, SourcePos pos) throws ScenarioException {
        op.site = ioSites.size();
        op.advice = async ? 1 : 0;
        String n = name.orElse("io" + op.site);
        if (name.isPresent() && ioByName.put(n, op.site) != null) {
            throw new ScenarioException("two I/O operations named " + n, pos);
        }
        ioSites.add(op);
        ioNames.add(n);
        ioThreadL.add(t);
    }

    public boolean isAsync(Op io) {
        return io.advice == 1;
    }

    public boolean isRead(Op io) {
        return io.spec instanceof OpSpec.DioRead;
    }

    private int symIndexOf(char c, SourcePos pos) throws ScenarioException {
        int i = sym(c);
        if (i < 0) {
            throw new ScenarioException("symbol '" + c + "' is not one of A-Z a-z 0-9 .", pos);
        }
        return i;
    }

    private Cond compileCond(Expr e, Map<String, Integer> mmIndex, Map<String, Integer> regionIndex,
            Map<String, Integer> threadIndex, Map<String, Integer> fileIndex) throws ScenarioException {
        switch (e) {
            case Expr.And a -> {
                return new Cond.And(compileCond(a.left(), mmIndex, regionIndex, threadIndex, fileIndex),
                        compileCond(a.right(), mmIndex, regionIndex, threadIndex, fileIndex));
            }
            case Expr.Or o -> {
                return new Cond.Or(compileCond(o.left(), mmIndex, regionIndex, threadIndex, fileIndex),
                        compileCond(o.right(), mmIndex, regionIndex, threadIndex, fileIndex));
            }
            case Expr.Not n -> {
                return new Cond.Not(compileCond(n.operand(), mmIndex, regionIndex, threadIndex, fileIndex));
            }
            case Expr.Memory m -> {
                String p = m.addr().process().orElseThrow(
                        () -> new ScenarioException("a condition's address names its process: " + m.addr(), m.pos()));
                Integer mm = mmIndex.get(p);
                if (mm == null) {
                    throw new ScenarioException("no process " + p, m.pos());
                }
                return new Cond.Mem(mm, resolveVp(m.addr(), mm, regionIndex, m.pos(), true), m.addr().firstSector(),
                        m.addr().lastSector(), condSym(m.symbol()), m.equal());
            }
            case Expr.Register r -> {
                Integer t = threadIndex.get(r.thread());
                if (t == null) {
                    throw new ScenarioException("no thread " + r.thread(), r.pos());
                }
                int reg = registers.get(t).indexOf(r.register());
                if (reg < 0) {
                    throw new ScenarioException("thread " + r.thread() + " never sets " + r.register(), r.pos());
                }
                return new Cond.Reg(t, reg, condSym(r.symbol()), r.equal());
            }
            case Expr.File f -> {
                if (f.page() != 0) {
                    throw new ScenarioException("file " + f.file() + ": format v1 O_DIRECT writes go to page 0 of the file",
                            f.pos());
                }
                int fi = fileIndex.computeIfAbsent(f.file(), k -> fileIndex.size());
                return new Cond.File(fi, f.page(), f.firstSector(), f.lastSector(), condSym(f.symbol()), f.equal());
            }
        }
    }

    /** The initial packed state: declared processes alive, every page present, exclusive, count 1. */
    public long[] initialState() {
        long[] s = new long[words];
        int next = 1;
        for (int m = 0; m < spec.processes().size(); m++) {
            layout.set(s, fMmState[m], MM_ALIVE);
            for (int r = 0; r < regions.size(); r++) {
                if (regionRoot[r] != m) {
                    continue;
                }
                MappingSpec ms = regions.get(r);
                layout.set(s, fVmaPresent[m][r], 1);
                layout.set(s, fVmaWrite[m][r], ms.prot() == org.mmrace.core.spec.Prot.RW ? 1 : 0);
                for (int vp : vpsOfRegion(r)) {
                    int pfn = next++;
                    layout.set(s, fCount[pfn], 1);
                    layout.set(s, fMapcount[pfn], 1);
                    layout.set(s, fExcl[pfn], ms.sharing() == Sharing.PRIVATE ? 1 : 0);
                    for (int k = 0; k < trackedSectors.length; k++) {
                        int sy = fillSym(r, trackedSectors[k]);
                        layout.set(s, fContent[pfn][k], sy);
                        layout.set(s, fLogical[m][vp][k], sy);
                    }
                    layout.set(s, fPtePfn[m][vp], pfn);
                    layout.set(s, fPteWrite[m][vp], ms.prot() == org.mmrace.core.spec.Prot.RW ? 1 : 0);
                }
                if (thp != null) {
                    thp.initRegion(this, s, m, r);
                }
            }
        }
        return s;
    }

    public boolean vmaShared(int region) {
        return regions.get(region).sharing() == Sharing.SHARED;
    }

    public String vpName(int mm, int vp) {
        return mmNames.get(mm) + "." + regions.get(vpRegion[vp]).region() + "[" + vpPage[vp] + "]";
    }
}
