package org.mmrace.core.emf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
import org.mmrace.model.result.ResultFile;
import org.mmrace.model.state.LockHeld;
import org.mmrace.model.state.MmState;

/**
 * Reads {@code .raceresult} files of version 1, written before the EMF model had a feature for
 * every field of the engine's records. Those files lack a thread's phase and registers, the
 * FOLL_PIN count of a page, an mm's exact life-cycle state and UNREACHED conditions: these come
 * back as the closest value the file keeps. A condition's counterexample was kept with the
 * condition, so condition violations come back after the condition order, not in the run's order.
 */
final class LegacyResultXmi {


    private LegacyResultXmi() {
    }

    // ---- EMF -> engine ------------------------------------------------------------------------

    static List<RunResult> fromEmf(ResultFile file) {
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
                e.getUnnecessaryCows(), Optional.ofNullable(e.getWitness()).map(LegacyResultXmi::fromEmf),
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
        case OTHER, COUNT_MISMATCH -> ViolationClass.COUNT_MISMATCH;
        case COUNT_UNDERFLOW -> ViolationClass.COUNT_UNDERFLOW;
        case FREED_PAGE_ACCESS -> ViolationClass.FREED_PAGE_ACCESS;
        case REQUIRE_FAILED -> ViolationClass.REQUIRE_FAILED;
        case FORBID_FAILED -> ViolationClass.FORBID_FAILED;
        };
    }

    static Trace fromEmf(org.mmrace.model.state.Trace e) {
        List<TraceStep> steps = new ArrayList<>();
        for (org.mmrace.model.state.TraceStep s : e.getSteps()) {
            List<String> locks = s.getLocksHeld().stream().map(LegacyResultXmi::lockText).toList();
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
        String mode = l.getMode().isEmpty() ? "held" : l.getMode();
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
            String mode = l.getMode().isEmpty() ? "held" : l.getMode();
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
