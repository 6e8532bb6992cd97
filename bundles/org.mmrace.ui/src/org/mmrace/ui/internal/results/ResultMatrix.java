package org.mmrace.ui.internal.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.mmrace.core.run.ConditionResult;
import org.mmrace.core.run.Observation;
import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.RunResult;
import org.mmrace.core.run.Verdict;
import org.mmrace.core.run.Violation;
import org.mmrace.core.spec.ConditionKind;
import org.mmrace.ui.internal.core.ScenarioResults;

/**
 * What the Results view shows, computed from the results: one row per strategy, one column per
 * condition of the file and per built-in oracle; each cell says Always/Sometimes/Never (with the
 * counts of final states) or whether the oracle held, which trace explains it, and whether it
 * contradicts the file's {@code expect}.
 */
public record ResultMatrix(List<Column> columns, List<Row> rows) {

    public enum Status { OK, FAIL, OBSERVED, UNKNOWN, RUNNING }

    public record Column(String key, String title, String tooltip) {
    }

    /** A cell: its text, its status (icon), the trace behind it and whether it is against {@code expect}. */
    public record Cell(Status status, String text, String tooltip, Optional<TraceInput> trace, boolean marked) {
    }

    public record Row(String strategy, Cell verdict, String expected, List<Cell> cells, String states, String time) {
    }

    private static final List<Oracle> ORACLES = List.of(Oracle.ISOLATION, Oracle.REFCOUNT, Oracle.KSM, Oracle.DEADLOCK);

    public static ResultMatrix of(ScenarioResults results) {
        Map<String, ConditionResult> conditions = new LinkedHashMap<>();
        for (RunResult r : results.results()) {
            for (ConditionResult c : r.conditions()) {
                conditions.putIfAbsent(conditionKey(c), c);
            }
        }
        List<Column> columns = new ArrayList<>();
        conditions.forEach((key, c) -> columns.add(new Column(key, kindWord(c.kind()) + " " + c.expression(),
                c.label().isEmpty() ? c.expression() : c.label())));
        for (Oracle o : ORACLES) {
            columns.add(new Column("oracle:" + o.name(), oracleTitle(o), oracleTooltip(o)));
        }
        List<Row> rows = new ArrayList<>();
        for (RunResult r : results.results()) {
            rows.add(row(results, r, columns));
        }
        results.running().ifPresent(strategy -> {
            List<Cell> cells = columns.stream().map(c -> new Cell(Status.RUNNING, "", "", Optional.empty(), false))
                    .toList();
            rows.add(new Row(strategy, new Cell(Status.RUNNING, "running...", "exploring", Optional.empty(), false),
                    results.expected().getOrDefault(strategy, ""), cells, "", ""));
        });
        return new ResultMatrix(columns, rows);
    }

    private static Row row(ScenarioResults results, RunResult r, List<Column> columns) {
        String expected = results.expected().getOrDefault(r.strategy(), "");
        boolean mismatch = !expected.isEmpty() && !expected.equals(r.verdict().name().toLowerCase(Locale.ROOT));
        boolean expectedHolds = expected.equals("holds");
        List<Cell> cells = new ArrayList<>();
        for (Column col : columns) {
            Cell cell;
            if (col.key().startsWith("oracle:")) {
                cell = oracleCell(results, r, Oracle.valueOf(col.key().substring("oracle:".length())));
            } else {
                cell = r.conditions().stream().filter(c -> conditionKey(c).equals(col.key())).findFirst()
                        .map(c -> conditionCell(results, r, c))
                        .orElse(new Cell(Status.UNKNOWN, "", "not in this run", Optional.empty(), false));
            }
            // Against "expect ... holds", every failing cell is what makes the run differ.
            boolean marked = mismatch && expectedHolds && cell.status() == Status.FAIL;
            cells.add(new Cell(cell.status(), cell.text(), cell.tooltip(), cell.trace(), marked));
        }
        return new Row(r.strategy(), verdictCell(results, r, expected, mismatch), expected, cells,
                String.format(Locale.ROOT, "%,d", r.stats().distinct()), time(r.stats().millis()));
    }

    private static Cell verdictCell(ScenarioResults results, RunResult r, String expected, boolean mismatch) {
        Status status = switch (r.verdict()) {
        case HOLDS -> Status.OK;
        case VIOLATED, DEADLOCK, ERROR -> Status.FAIL;
        case INCOMPLETE -> Status.UNKNOWN;
        };
        String text = r.verdict().name().toLowerCase(Locale.ROOT);
        StringBuilder tip = new StringBuilder();
        r.error().ifPresent(e -> tip.append(e.message()));
        r.incompleteReason().ifPresent(reason -> tip.append(reason));
        if (r.verdict() == Verdict.VIOLATED) {
            tip.append(r.violations().stream().map(Violation::message).distinct().collect(Collectors.joining("\n")));
        }
        if (mismatch) {
            text += "  (expected " + expected + ")";
            tip.insert(0, "The file expects '" + expected + "' under " + r.strategy() + ".\n");
        }
        Optional<TraceInput> trace = r.violations().isEmpty()
                ? r.witness().map(w -> TraceInput.witness(results.scenarioFile(), r, w))
                : Optional.of(TraceInput.of(results.scenarioFile(), r, r.violations().get(0)));
        return new Cell(status, text, tip.toString(), trace, mismatch);
    }

    private static Cell conditionCell(ScenarioResults results, RunResult r, ConditionResult c) {
        long total = c.positive() + c.negative();
        if (c.observation() == Observation.UNREACHED) {
            return new Cell(Status.UNKNOWN, "no final state", "no final state was reached", Optional.empty(), false);
        }
        String word = c.observation().herdWord();
        String text = String.format(Locale.ROOT, "%s (%,d of %,d)", word, c.positive(), total);
        Status status = c.kind() == ConditionKind.OBSERVE ? Status.OBSERVED : c.satisfied() ? Status.OK : Status.FAIL;
        String tip = String.format(Locale.ROOT, "%s %s%n%s in %,d of %,d final states", kindWord(c.kind()),
                c.expression(), c.kind() == ConditionKind.OBSERVE ? "holds" : c.satisfied() ? "satisfied: holds"
                        : "NOT satisfied: holds", c.positive(), total);
        Optional<TraceInput> trace = r.violations().stream()
                .filter(v -> v.oracle() == Oracle.CONDITION && v.condition().equals(Optional.of(c.label())))
                .findFirst().map(v -> TraceInput.of(results.scenarioFile(), r, v));
        if (trace.isEmpty()) {
            trace = r.witness().map(w -> TraceInput.witness(results.scenarioFile(), r, w));
        }
        return new Cell(status, text, tip, trace, false);
    }

    private static Cell oracleCell(ScenarioResults results, RunResult r, Oracle oracle) {
        List<Violation> found = r.violations().stream().filter(v -> v.oracle() == oracle).toList();
        if (!found.isEmpty()) {
            String classes = found.stream().map(v -> v.violationClass().words()).distinct()
                    .collect(Collectors.joining(", "));
            String tip = found.stream().map(Violation::message).collect(Collectors.joining("\n"));
            return new Cell(Status.FAIL, classes, tip, Optional.of(TraceInput.of(results.scenarioFile(), r,
                    found.get(0))), false);
        }
        if (r.verdict() == Verdict.INCOMPLETE || r.verdict() == Verdict.ERROR) {
            return new Cell(Status.UNKNOWN, "", "not known: the run did not complete", Optional.empty(), false);
        }
        return new Cell(Status.OK, "ok", oracleTitle(oracle) + " held in every state", Optional.empty(), false);
    }

    static String conditionKey(ConditionResult c) {
        return kindWord(c.kind()) + " " + c.expression();
    }

    private static String kindWord(ConditionKind k) {
        return k.name().toLowerCase(Locale.ROOT);
    }

    private static String oracleTitle(Oracle o) {
        return switch (o) {
        case ISOLATION -> "isolation";
        case REFCOUNT -> "refcount";
        case KSM -> "ksm";
        case DEADLOCK -> "deadlock";
        case CONDITION -> "condition";
        };
    }

    private static String oracleTooltip(Oracle o) {
        return switch (o) {
        case ISOLATION -> "Every process sees exactly the memory sequential semantics gives it: its own stores and "
                + "completed reads, what it inherited at fork (lost O_DIRECT data, leaks between parent and child)";
        case REFCOUNT -> "No page is freed, read or written while still referenced; counts never underflow";
        case KSM -> "No write reaches a KSM page";
        case DEADLOCK -> "Some step is always enabled while a thread has not finished";
        case CONDITION -> "";
        };
    }

    private static String time(long millis) {
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
