package org.mmrace.core.emf;

import static org.mmrace.core.emf.RecordMapping.bind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mmrace.core.run.ConditionResult;
import org.mmrace.core.run.EngineError;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Stats;
import org.mmrace.core.run.Violation;
import org.mmrace.core.trace.StateSnapshot;
import org.mmrace.core.trace.Trace;
import org.mmrace.core.trace.TraceStep;
import org.mmrace.model.result.ResultFactory;
import org.mmrace.model.result.ResultFile;
import org.mmrace.model.result.ResultPackage;
import org.mmrace.model.state.StatePackage;

/**
 * Converts the engine's results to the EMF result model that {@code .raceresult} files hold, and
 * back, losslessly: {@code fromEmf(toEmf(results))} equals {@code results} field by field (every
 * violation in order, condition messages, traces with thread phases, registers, pin counts and
 * I/O kinds). The EMF model has one feature per record component; {@link RecordMapping} maps
 * them by name, so a field the engine gains needs only an EAttribute of the same name.
 * Files written before (version 1) are read by {@link LegacyResultXmi}.
 */
public final class ResultXmi {

    /** The {@code version} written into new files. */
    public static final int VERSION = 2;

    private static final ResultPackage R = ResultPackage.eINSTANCE;
    private static final StatePackage S = StatePackage.eINSTANCE;

    /**
     * The bindings. Renames keep the feature names the model had before (so version 1 files still
     * load into the same classes); everything else has the record's own names.
     */
    private static final RecordMapping MAPPING = new RecordMapping(List.of(
            bind(RunResult.class, R.getRunResult(), "scenario=scenarioName", "stats=statistics"),
            bind(ConditionResult.class, R.getConditionResult(), "expression=text"),
            bind(Violation.class, R.getViolation()),
            bind(Stats.class, R.getStatistics()),
            bind(Stats.Reduction.class, R.getReduction()),
            bind(EngineError.class, R.getEngineError()),
            bind(Trace.class, S.getTrace(), "initial=initialState"),
            bind(TraceStep.class, S.getTraceStep(), "kernelStep=label", "locksHeld=locks", "after=state"),
            bind(StateSnapshot.class, S.getMmState(), "ios=requests", "files=filePages"),
            bind(StateSnapshot.Mm.class, S.getMm()),
            bind(StateSnapshot.Vma.class, S.getVma(), "mayWrite=maywrite", "dontCopy=dontcopy"),
            bind(StateSnapshot.Pte.class, S.getPte()),
            bind(StateSnapshot.Page.class, S.getPage(), "free=freed", "dontCow=dontcow"),
            bind(StateSnapshot.Thread.class, S.getThreadState()),
            bind(StateSnapshot.Io.class, S.getIoRequest()),
            bind(StateSnapshot.Pin.class, S.getPin(), "owner=holder"),
            bind(StateSnapshot.Pipe.class, S.getPipe()),
            bind(StateSnapshot.Lock.class, S.getLockHeld()),
            bind(StateSnapshot.File.class, S.getFilePages())));

    private ResultXmi() {
    }

    /** The results of one scenario; {@code expected} maps a strategy to its {@code expect} outcome. */
    public static ResultFile toEmf(String scenarioFile, String scenarioName, List<RunResult> results,
            Map<String, String> expected) {
        ResultFile file = ResultFactory.eINSTANCE.createResultFile();
        file.setVersion(VERSION);
        file.setScenarioFile(scenarioFile);
        file.setScenarioName(scenarioName);
        for (RunResult r : results) {
            org.mmrace.model.result.RunResult e = (org.mmrace.model.result.RunResult) MAPPING.toEmf(r);
            Optional.ofNullable(expected.get(r.strategy())).ifPresent(e::setExpected);
            file.getResults().add(e);
        }
        return file;
    }

    /** The engine's results, as they were saved (version 1 files: as close as they allow). */
    public static List<RunResult> fromEmf(ResultFile file) {
        if (file.getVersion() < VERSION) {
            return LegacyResultXmi.fromEmf(file);
        }
        List<RunResult> out = new ArrayList<>();
        for (org.mmrace.model.result.RunResult e : file.getResults()) {
            out.add(MAPPING.fromEmf(e, RunResult.class));
        }
        return out;
    }
}
