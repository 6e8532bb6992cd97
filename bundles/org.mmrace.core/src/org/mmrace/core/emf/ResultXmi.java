package org.mmrace.core.emf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mmrace.core.run.ConditionResult;
import org.mmrace.core.run.EngineError;
import org.mmrace.core.run.Observation;
import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Stats;
import org.mmrace.core.run.Verdict;
import org.mmrace.core.run.Violation;
import org.mmrace.core.run.ViolationClass;
import org.mmrace.core.spec.ConditionKind;
import org.mmrace.core.spec.SourcePos;
import org.mmrace.core.trace.StateSnapshot;
import org.mmrace.core.trace.Trace;
import org.mmrace.core.trace.TraceStep;
import org.mmrace.model.result.ResultFactory;
import org.mmrace.model.result.ResultFile;
import org.mmrace.model.state.IoKind;
import org.mmrace.model.state.LockHeld;
import org.mmrace.model.state.LockMode;
import org.mmrace.model.state.MmState;
import org.mmrace.model.state.PinKind;
import org.mmrace.model.state.StateFactory;

/**
 * Converts the engine's results to the EMF result model that {@code .raceresult} files hold, and
 * back. The EMF model is coarser than the engine's records in a few places (a thread's phase and
 * registers, the FOLL_PIN count of a page, an mm's exact life-cycle state, UNREACHED conditions):
 * those come back as the closest value the file keeps, which is all the Results and Trace views
 * show. A condition's counterexample is kept with the condition, as the EMF model has it.
 */
public final class ResultXmi {

    private static final ResultFactory RESULTS = ResultFactory.eINSTANCE;
    private static final StateFactory STATES = StateFactory.eINSTANCE;
    private static final Pattern LOCK = Pattern.compile("(.+) (read|write|held) by (.+)");

    private ResultXmi() {
    }

    // ---- engine -> EMF ------------------------------------------------------------------------

    public static ResultFile toEmf(String scenarioFile, String scenarioName, List<RunResult> results,
            Map<String, String> expected) {
        ResultFile file = RESULTS.createResultFile();
        file.setScenarioFile(scenarioFile);
        file.setScenarioName(scenarioName);
        for (RunResult r : results) {
            file.getResults().add(toEmf(r, Optional.ofNullable(expected.get(r.strategy()))));
        }
        return file;
    }

    static org.mmrace.model.result.RunResult toEmf(RunResult r, Optional<String> expected) {
        org.mmrace.model.result.RunResult e = RESULTS.createRunResult();
        e.setScenarioName(r.scenario());
        e.setStrategy(r.strategy());
        e.setVerdict(org.mmrace.model.result.Verdict.valueOf(r.verdict().name()));
        expected.ifPresent(e::setExpected);
        r.error().ifPresent(err -> e.setMessage(err.message() + (err.pos().line() > 0 ? " (line " + err.pos().line()
                + ", column " + err.pos().column() + ")" : "")));
        r.incompleteReason().ifPresent(e::setMessage);
        e.setUnnecessaryCows((int) r.unnecessaryCows());
        for (ConditionResult c : r.conditions()) {
            org.mmrace.model.result.ConditionResult ec = RESULTS.createConditionResult();
            ec.setLabel(c.label());
            ec.setKind(org.mmrace.model.scenario.ConditionKind.valueOf(c.kind().name()));
            ec.setText(c.expression());
            ec.setLine(c.pos().line());
            if (c.observation() != Observation.UNREACHED) {
                ec.setObservation(org.mmrace.model.result.Observation.valueOf(c.observation().name()));
            }
            ec.setPositive(c.positive());
            ec.setNegative(c.negative());
            ec.setSatisfied(c.satisfied());
            r.violations().stream().filter(v -> v.oracle() == Oracle.CONDITION
                    && v.condition().equals(Optional.of(c.label()))).findFirst()
                    .ifPresent(v -> ec.setTrace(toEmf(v.trace())));
            e.getConditions().add(ec);
        }
        for (Violation v : r.violations()) {
            if (v.oracle() == Oracle.CONDITION) {
                continue;
            }
            org.mmrace.model.result.Violation ev = RESULTS.createViolation();
            ev.setOracle(org.mmrace.model.result.Oracle.valueOf(v.oracle().name()));
            ev.setViolationClass(emfClass(v.violationClass()));
            v.process().ifPresent(ev::setProcess);
            v.address().ifPresent(ev::setAddress);
            v.expected().ifPresent(ev::setExpected);
            v.seen().ifPresent(ev::setSeen);
            ev.setMessage(v.message());
            ev.setTrace(toEmf(v.trace()));
            e.getViolations().add(ev);
        }
        org.mmrace.model.result.Statistics s = RESULTS.createStatistics();
        s.setStates(r.stats().states());
        s.setTransitions(r.stats().transitions());
        s.setFinalStates(r.stats().finalStates());
        s.setMillis(r.stats().millis());
        e.setStatistics(s);
        r.witness().ifPresent(w -> e.setWitness(toEmf(w)));
        return e;
    }

    private static org.mmrace.model.result.ViolationClass emfClass(ViolationClass c) {
        return switch (c) {
        case MISSED_COW -> org.mmrace.model.result.ViolationClass.MISSED_COW;
        case WRONG_COW -> org.mmrace.model.result.ViolationClass.WRONG_COW;
        case COUNT_UNDERFLOW -> org.mmrace.model.result.ViolationClass.REFCOUNT_UNDERFLOW;
        case FREED_PAGE_ACCESS -> org.mmrace.model.result.ViolationClass.USE_AFTER_FREE;
        case KSM_WRITE -> org.mmrace.model.result.ViolationClass.KSM_WRITE;
        case DEADLOCK -> org.mmrace.model.result.ViolationClass.DEADLOCK;
        case REQUIRE_FAILED, FORBID_FAILED -> org.mmrace.model.result.ViolationClass.CONDITION_FAILED;
        case COUNT_MISMATCH -> org.mmrace.model.result.ViolationClass.OTHER;
        };
    }

    static org.mmrace.model.state.Trace toEmf(Trace t) {
        org.mmrace.model.state.Trace e = STATES.createTrace();
        e.setInitialState(toEmf(t.initial()));
        for (TraceStep s : t.steps()) {
            org.mmrace.model.state.TraceStep es = STATES.createTraceStep();
            es.setIndex(s.index());
            es.setThread(s.thread());
            es.setOperation(s.operation());
            es.setOperationLine(s.operationPos().line());
            es.setOperationColumn(s.operationPos().column());
            es.setLabel(s.kernelStep());
            for (String lock : s.locksHeld()) {
                es.getLocksHeld().add(lock(lock));
            }
            es.getChanges().addAll(s.changes());
            es.setState(toEmf(s.after()));
            e.getSteps().add(es);
        }
        return e;
    }

    private static LockHeld lock(String text) {
        LockHeld l = STATES.createLockHeld();
        Matcher m = LOCK.matcher(text);
        if (m.matches()) {
            l.setLock(m.group(1));
            l.setMode(switch (m.group(2)) {
            case "read" -> LockMode.READ;
            case "write" -> LockMode.WRITE;
            default -> LockMode.EXCLUSIVE;
            });
            l.setHolder(m.group(3));
        } else {
            l.setLock(text);
        }
        return l;
    }

    static MmState toEmf(StateSnapshot s) {
        MmState e = STATES.createMmState();
        for (StateSnapshot.Mm mm : s.mms()) {
            org.mmrace.model.state.Mm em = STATES.createMm();
            em.setProcess(mm.process());
            em.setHasPinned(mm.hasPinned());
            em.setWriteProtectSeq(mm.writeProtectSeq());
            em.setExited(!mm.state().equals("alive") && !mm.state().equals("not-created"));
            for (StateSnapshot.Vma v : mm.vmas()) {
                org.mmrace.model.state.Vma ev = STATES.createVma();
                ev.setRegion(v.region());
                ev.setPageCount(v.ptes().size());
                ev.setShared(v.shared());
                ev.setWrite(v.write());
                ev.setMaywrite(v.mayWrite());
                ev.setDontcopy(v.dontCopy());
                ev.setMergeable(v.mergeable());
                for (StateSnapshot.Pte p : v.ptes()) {
                    org.mmrace.model.state.Pte ep = STATES.createPte();
                    ep.setIndex(p.index());
                    ep.setPresent(p.present());
                    ep.setWrite(p.write());
                    ep.setPfn(p.present() ? p.pfn() : -1);
                    ev.getPtes().add(ep);
                }
                em.getVmas().add(ev);
                for (int page = 0; page < v.logical().size(); page++) {
                    org.mmrace.model.state.LogicalMemory lm = STATES.createLogicalMemory();
                    lm.setProcess(mm.process());
                    lm.setRegion(v.region());
                    lm.setPage(page);
                    lm.setContent(v.logical().get(page));
                    e.getLogicalMemories().add(lm);
                }
            }
            e.getMms().add(em);
        }
        for (StateSnapshot.Page p : s.pages()) {
            org.mmrace.model.state.Page ep = STATES.createPage();
            ep.setPfn(p.pfn());
            ep.setCount(p.count());
            ep.setMapcount(p.mapcount());
            ep.setAnon(p.anon());
            ep.setLocked(p.locked());
            ep.setKsm(p.ksm());
            ep.setAnonExclusive(p.anonExclusive());
            ep.setDontcow(p.dontCow());
            ep.setGup(p.gup());
            ep.setFreed(p.free());
            ep.setContent(p.content());
            e.getPages().add(ep);
        }
        for (StateSnapshot.Pin p : s.pins()) {
            org.mmrace.model.state.Pin ep = STATES.createPin();
            ep.setName(p.name());
            ep.setPfn(p.pfn());
            ep.setKind(p.ref().toLowerCase(Locale.ROOT).contains("pin") ? PinKind.FOLL_PIN : PinKind.FOLL_GET);
            ep.setHolder(p.owner());
            e.getPins().add(ep);
        }
        for (StateSnapshot.Pipe p : s.pipes()) {
            org.mmrace.model.state.Pipe ep = STATES.createPipe();
            ep.setName(p.name());
            ep.getPfns().addAll(p.pfns());
            e.getPipes().add(ep);
        }
        for (StateSnapshot.Io io : s.ios()) {
            org.mmrace.model.state.IoInFlight ei = STATES.createIoInFlight();
            ei.setId(io.name());
            ei.setKind(io.kind().contains("write") ? IoKind.WRITE : IoKind.READ);
            ei.setPfn(io.pfn());
            ei.setThread(io.owner());
            ei.setData(io.state());
            e.getIos().add(ei);
        }
        for (StateSnapshot.Lock l : s.locks()) {
            e.getLocks().add(lock(l.lock() + " " + l.mode() + " by " + l.holder()));
        }
        for (StateSnapshot.File f : s.files()) {
            for (int page = 0; page < f.pages().size(); page++) {
                org.mmrace.model.state.FileContent fc = STATES.createFileContent();
                fc.setFile(f.name());
                fc.setPage(page);
                fc.setContent(f.pages().get(page));
                e.getFiles().add(fc);
            }
        }
        e.getSignalledEvents().addAll(s.signalledEvents());
        s.threads().stream().filter(StateSnapshot.Thread::done).forEach(t -> e.getFinishedThreads().add(t.name()));
        return e;
    }

    // ---- EMF -> engine ------------------------------------------------------------------------

    public static List<RunResult> fromEmf(ResultFile file) {
        List<RunResult> out = new ArrayList<>();
        for (org.mmrace.model.result.RunResult e : file.getResults()) {
            out.add(fromEmf(e));
        }
        return out;
    }

    static RunResult fromEmf(org.mmrace.model.result.RunResult e) {
        List<ConditionResult> conditions = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (org.mmrace.model.result.ConditionResult c : e.getConditions()) {
            ConditionKind kind = ConditionKind.valueOf(c.getKind().name());
            // Always is the EMF default; no final state at all is what UNREACHED means.
            Observation obs = c.getPositive() + c.getNegative() == 0 ? Observation.UNREACHED
                    : Observation.valueOf(c.getObservation().name());
            conditions.add(new ConditionResult(c.getLabel(), kind, c.getText(), obs, c.getPositive(), c.getNegative(),
                    c.isSatisfied(), new SourcePos(Math.max(0, c.getLine()), 0)));
            if (c.getTrace() != null) {
                violations.add(new Violation(Oracle.CONDITION, kind == ConditionKind.FORBID
                        ? ViolationClass.FORBID_FAILED : ViolationClass.REQUIRE_FAILED, Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(),
                        kind.name().toLowerCase(Locale.ROOT) + " " + c.getText() + " fails", Optional.of(c.getLabel()),
                        fromEmf(c.getTrace())));
            }
        }
        for (org.mmrace.model.result.Violation v : e.getViolations()) {
            violations.add(new Violation(Oracle.valueOf(v.getOracle().name()), coreClass(v.getViolationClass()),
                    Optional.ofNullable(v.getProcess()), Optional.ofNullable(v.getAddress()),
                    Optional.ofNullable(v.getExpected()), Optional.ofNullable(v.getSeen()),
                    v.getMessage() == null ? "" : v.getMessage(), Optional.empty(),
                    v.getTrace() == null ? new Trace(empty(), List.of()) : fromEmf(v.getTrace())));
        }
        org.mmrace.model.result.Statistics s = e.getStatistics();
        Stats stats = s == null ? new Stats(0, 0, 0, 0, 0, 0, 0)
                : new Stats(s.getStates(), s.getStates(), s.getTransitions(), s.getMillis(), 0, s.getFinalStates(), 0);
        Verdict verdict = Verdict.valueOf(e.getVerdict().name());
        Optional<String> message = Optional.ofNullable(e.getMessage());
        return new RunResult(e.getScenarioName(), e.getStrategy(), verdict, conditions, violations, stats,
                e.getUnnecessaryCows(), Optional.ofNullable(e.getWitness()).map(ResultXmi::fromEmf),
                verdict == Verdict.ERROR ? message.map(m -> new EngineError(m, SourcePos.NONE)) : Optional.empty(),
                verdict == Verdict.INCOMPLETE ? message : Optional.empty());
    }

    private static ViolationClass coreClass(org.mmrace.model.result.ViolationClass c) {
        return switch (c) {
        case MISSED_COW -> ViolationClass.MISSED_COW;
        case WRONG_COW -> ViolationClass.WRONG_COW;
        case USE_AFTER_FREE -> ViolationClass.FREED_PAGE_ACCESS;
        case REFCOUNT_UNDERFLOW -> ViolationClass.COUNT_UNDERFLOW;
        case KSM_WRITE -> ViolationClass.KSM_WRITE;
        case DEADLOCK -> ViolationClass.DEADLOCK;
        case CONDITION_FAILED -> ViolationClass.REQUIRE_FAILED;
        case OTHER -> ViolationClass.COUNT_MISMATCH;
        };
    }

    static Trace fromEmf(org.mmrace.model.state.Trace e) {
        List<TraceStep> steps = new ArrayList<>();
        for (org.mmrace.model.state.TraceStep s : e.getSteps()) {
            List<String> locks = s.getLocksHeld().stream().map(ResultXmi::lockText).toList();
            steps.add(new TraceStep(s.getIndex(), s.getThread(), "device".equals(s.getThread()), s.getOperation(),
                    new SourcePos(Math.max(0, s.getOperationLine()), Math.max(0, s.getOperationColumn())),
                    s.getLabel(), locks, s.getChanges(), fromEmf(s.getState())));
        }
        return new Trace(fromEmf(e.getInitialState()), steps);
    }

    private static String lockText(LockHeld l) {
        if (l.getHolder() == null) {
            return l.getLock();
        }
        String mode = l.getMode() == LockMode.EXCLUSIVE ? "held" : l.getMode().getLiteral();
        return l.getLock() + " " + mode + " by " + l.getHolder();
    }

    private static StateSnapshot empty() {
        return new StateSnapshot(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    static StateSnapshot fromEmf(MmState e) {
        if (e == null) {
            return empty();
        }
        List<StateSnapshot.Mm> mms = new ArrayList<>();
        for (org.mmrace.model.state.Mm m : e.getMms()) {
            List<StateSnapshot.Vma> vmas = new ArrayList<>();
            for (org.mmrace.model.state.Vma v : m.getVmas()) {
                List<StateSnapshot.Pte> ptes = v.getPtes().stream()
                        .map(p -> new StateSnapshot.Pte(p.getIndex(), p.isPresent(), p.isWrite(),
                                p.isPresent() ? p.getPfn() : 0))
                        .toList();
                Map<Integer, String> logical = new LinkedHashMap<>();
                e.getLogicalMemories().stream()
                        .filter(l -> l.getProcess().equals(m.getProcess()) && l.getRegion().equals(v.getRegion()))
                        .forEach(l -> logical.put(l.getPage(), l.getContent()));
                vmas.add(new StateSnapshot.Vma(v.getRegion(), true, v.isShared(), v.isWrite(), v.isMaywrite(),
                        v.isDontcopy(), v.isMergeable(), ptes, List.copyOf(logical.values())));
            }
            mms.add(new StateSnapshot.Mm(m.getProcess(), m.isExited() ? "gone" : "alive", m.isHasPinned(),
                    m.getWriteProtectSeq(), vmas));
        }
        List<StateSnapshot.Page> pages = e.getPages().stream()
                .map(p -> new StateSnapshot.Page(p.getPfn(), p.isFreed(), p.getCount(), p.getMapcount(), 0,
                        p.isAnon(), p.isLocked(), p.isKsm(), p.isAnonExclusive(), p.isDontcow(), p.isGup(),
                        p.getContent()))
                .toList();
        List<StateSnapshot.Io> ios = e.getIos().stream()
                .map(i -> new StateSnapshot.Io(i.getId(), i.getThread(), i.getKind().getLiteral(),
                        i.getData() == null ? "" : i.getData(), i.getPfn(), "", false))
                .toList();
        List<StateSnapshot.Pin> pins = e.getPins().stream()
                .map(p -> new StateSnapshot.Pin(p.getName(), p.getHolder(), p.getPfn(), p.getKind().getLiteral()))
                .toList();
        List<StateSnapshot.Pipe> pipes = e.getPipes().stream()
                .map(p -> new StateSnapshot.Pipe(p.getName(), p.getPfns())).toList();
        List<StateSnapshot.Lock> locks = e.getLocks().stream().map(l -> {
            String mode = l.getMode() == LockMode.EXCLUSIVE ? "held" : l.getMode().getLiteral();
            return new StateSnapshot.Lock(l.getLock(), mode, l.getHolder() == null ? "" : l.getHolder());
        }).toList();
        Map<String, List<String>> files = new LinkedHashMap<>();
        e.getFiles().forEach(f -> files.computeIfAbsent(f.getFile(), k -> new ArrayList<>()).add(f.getContent()));
        List<StateSnapshot.File> fileList = files.entrySet().stream()
                .map(f -> new StateSnapshot.File(f.getKey(), f.getValue())).toList();
        List<StateSnapshot.Thread> threads = e.getFinishedThreads().stream()
                .map(t -> new StateSnapshot.Thread(t, -1, "", "done", true, List.of())).toList();
        return new StateSnapshot(mms, pages, threads, ios, pins, pipes, locks, fileList, e.getSignalledEvents());
    }
}
