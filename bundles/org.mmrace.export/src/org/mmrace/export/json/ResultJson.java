package org.mmrace.export.json;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.mmrace.core.run.ConditionResult;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Violation;
import org.mmrace.core.spec.SourcePos;
import org.mmrace.core.trace.StateSnapshot;
import org.mmrace.core.trace.Trace;
import org.mmrace.core.trace.TraceStep;

/**
 * Run results as the JSON document of {@code mmrace run --json}, described by
 * {@code docs/run-result.schema.json}: {@code {"results":[{"scenario","strategy","verdict",
 * "conditions","violations","trace","stats"}]}}. For other programs, never for mmrace's own UI.
 */
public final class ResultJson {

    private final Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /** One result as it appears in the document, with its file and whether the file's expectation held. */
    public record Entry(String file, RunResult result, Optional<String> expected, boolean includeTrace) {
    }

    public String document(List<Entry> entries) {
        JsonObject root = new JsonObject();
        root.addProperty("version", 1);
        JsonArray results = new JsonArray();
        for (Entry e : entries) {
            results.add(result(e));
        }
        root.add("results", results);
        return gson.toJson(root) + "\n";
    }

    /** A trace with the state after its last step, for {@code mmrace export --format json}. */
    public String trace(Trace trace) {
        JsonObject t = new JsonObject();
        t.add("steps", steps(trace));
        t.add("final", gson.toJsonTree(trace.last(), StateSnapshot.class));
        return gson.toJson(t) + "\n";
    }

    /** A replay across strategies, for {@code mmrace replay --json}. */
    public String replay(org.mmrace.core.run.ReplayResult r) {
        JsonObject o = new JsonObject();
        o.addProperty("version", 1);
        o.addProperty("scenario", r.scenario());
        o.addProperty("from", r.from());
        o.addProperty("under", r.under());
        JsonObject v = new JsonObject();
        v.addProperty("number", r.violationNumber());
        v.addProperty("key", r.replayed().key());
        r.replayed().condition().ifPresent(c -> v.addProperty("condition", c));
        v.addProperty("message", r.replayed().message());
        v.add("steps", steps(r.replayed().trace()));
        o.add("replayed", v);
        o.add("underSteps", steps(r.underTrace()));
        org.mmrace.core.run.Departure d = r.departure();
        JsonObject dep = new JsonObject();
        dep.addProperty("kind", lower(d.kind().name()));
        dep.addProperty("step", d.step());
        dep.addProperty("thread", d.thread());
        dep.addProperty("operation", d.operation());
        dep.addProperty("fromKernelStep", d.fromKernelStep());
        d.underKernelStep().ifPresent(x -> dep.addProperty("underKernelStep", x));
        JsonArray waits = new JsonArray();
        d.waitsFor().forEach(waits::add);
        dep.add("waitsFor", waits);
        dep.addProperty("summary", d.summary());
        o.add("departure", dep);
        JsonObject c = new JsonObject();
        c.addProperty("verdict", lower(r.continuation().verdict().name()));
        c.addProperty("reachesViolationAnotherWay", r.reachesViolationAnotherWay());
        JsonArray vs = new JsonArray();
        for (org.mmrace.core.run.Violation x : r.continuation().violations()) {
            JsonObject xo = new JsonObject();
            xo.addProperty("key", x.key());
            x.condition().ifPresent(cond -> xo.addProperty("condition", cond));
            xo.addProperty("message", x.message());
            xo.add("steps", steps(x.trace()));
            vs.add(xo);
        }
        c.add("violations", vs);
        c.addProperty("states", r.continuation().stats().distinct());
        o.add("continuation", c);
        return gson.toJson(o) + "\n";
    }

    private JsonObject result(Entry e) {
        RunResult r = e.result();
        JsonObject o = new JsonObject();
        o.addProperty("file", e.file());
        o.addProperty("scenario", r.scenario());
        o.addProperty("strategy", r.strategy());
        o.addProperty("verdict", lower(r.verdict().name()));
        e.expected().ifPresent(x -> {
            o.addProperty("expected", x);
            o.addProperty("expectationMet", x.equals(lower(r.verdict().name())));
        });
        r.error().ifPresent(err -> {
            JsonObject error = new JsonObject();
            error.addProperty("message", err.message());
            addPos(error, err.pos());
            o.add("error", error);
        });
        r.incompleteReason().ifPresent(reason -> o.addProperty("incompleteReason", reason));
        JsonArray conditions = new JsonArray();
        for (ConditionResult c : r.conditions()) {
            JsonObject co = new JsonObject();
            co.addProperty("label", c.label());
            co.addProperty("kind", lower(c.kind().name()));
            co.addProperty("expression", c.expression());
            co.addProperty("observation", c.observation().herdWord());
            co.addProperty("positive", c.positive());
            co.addProperty("negative", c.negative());
            co.addProperty("satisfied", c.satisfied());
            addPos(co, c.pos());
            conditions.add(co);
        }
        o.add("conditions", conditions);
        JsonArray violations = new JsonArray();
        for (Violation v : r.violations()) {
            JsonObject vo = new JsonObject();
            vo.addProperty("oracle", lower(v.oracle().name()));
            vo.addProperty("class", v.violationClass().words());
            vo.addProperty("message", v.message());
            v.process().ifPresent(p -> vo.addProperty("process", p));
            v.address().ifPresent(a -> vo.addProperty("address", a));
            v.expected().ifPresent(x -> vo.addProperty("expected", x));
            v.seen().ifPresent(s -> vo.addProperty("seen", s));
            v.condition().ifPresent(c -> vo.addProperty("condition", c));
            vo.addProperty("traceLength", v.trace().length());
            if (e.includeTrace()) {
                vo.add("trace", steps(v.trace()));
            }
            violations.add(vo);
        }
        o.add("violations", violations);
        Optional<Trace> shown = r.violations().isEmpty() ? r.witness() : Optional.of(r.violations().get(0).trace());
        o.add("trace", shown.map(this::steps).orElseGet(JsonArray::new));
        JsonObject stats = new JsonObject();
        stats.addProperty("states", r.stats().states());
        stats.addProperty("distinct", r.stats().distinct());
        stats.addProperty("transitions", r.stats().transitions());
        stats.addProperty("finalStates", r.stats().finalStates());
        stats.addProperty("maxDepth", r.stats().maxDepth());
        stats.addProperty("millis", r.stats().millis());
        stats.addProperty("stateBytes", r.stats().stateBytes());
        stats.addProperty("unnecessaryCows", r.unnecessaryCows());
        JsonObject red = new JsonObject();
        red.addProperty("asked", r.stats().reduction().asked());
        red.addProperty("on", r.stats().reduction().on());
        red.addProperty("pruned", r.stats().reduction().pruned());
        red.addProperty("passes", r.stats().reduction().passes());
        red.addProperty("symmetry", r.stats().reduction().symmetric());
        if (!r.stats().reduction().note().isEmpty()) {
            red.addProperty("note", r.stats().reduction().note());
        }
        stats.add("reduction", red);
        stats.addProperty("compact", r.stats().compact());
        if (r.stats().compact()) {
            stats.addProperty("omissionProbability", r.stats().omissionProbability());
        }
        o.add("stats", stats);
        // hash compaction: a state may have been taken for another one; the verdict is probabilistic
        o.addProperty("probabilistic", r.stats().probabilistic());
        return o;
    }

    private JsonArray steps(Trace trace) {
        JsonArray steps = new JsonArray();
        for (TraceStep s : trace.steps()) {
            JsonObject so = new JsonObject();
            so.addProperty("index", s.index());
            so.addProperty("thread", s.thread());
            so.addProperty("device", s.device());
            so.addProperty("operation", s.operation());
            addPos(so, s.operationPos());
            so.addProperty("kernelStep", s.kernelStep());
            so.add("locksHeld", strings(s.locksHeld()));
            so.add("changes", strings(s.changes()));
            steps.add(so);
        }
        return steps;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    private static void addPos(JsonObject o, SourcePos pos) {
        if (pos.line() > 0) {
            o.addProperty("line", pos.line());
            o.addProperty("column", pos.column());
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }


}
