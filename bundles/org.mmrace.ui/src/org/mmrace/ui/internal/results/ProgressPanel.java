package org.mmrace.ui.internal.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.mmrace.ui.internal.core.MmraceUi;
import org.mmrace.ui.internal.core.ProgressHistory;

/**
 * The progress of the current (or last) run as the TLA+ Toolbox shows TLC's: a table with one row per
 * report (about every 250 ms) and a plot over time of the column chosen by clicking its header
 * (distinct states at first). Lives below the Results view's matrix.
 */
final class ProgressPanel {

    /** A plottable column: its title and how a report gives its value. */
    record Metric(String title, ToLongFunction<org.mmrace.core.run.Progress> value) {
    }

    static final List<Metric> METRICS = List.of(
            new Metric("distinct states", p -> p.distinct()),
            new Metric("states/s", p -> p.statesPerSecond()),
            new Metric("queue", p -> p.queue()),
            new Metric("depth", p -> p.depth()),
            new Metric("pruned", p -> p.pruned()));

    private static final Color[] LINES = {new Color(31, 119, 180), new Color(214, 39, 40), new Color(44, 160, 44),
        new Color(148, 103, 189), new Color(255, 127, 14)};

    private final Table table;
    private final Canvas chart;
    private final Label caption;
    private List<ProgressHistory.Sample> samples = List.of();
    private int plotted;
    private final Consumer<List<ProgressHistory.Sample>> listener;

    ProgressPanel(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(box);
        caption = new Label(box, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(caption);
        SashForm split = new SashForm(box, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(split);
        table = new Table(split, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column("strategy", 100, -1);
        column("time (s)", 60, -1);
        for (int i = 0; i < METRICS.size(); i++) {
            column(METRICS.get(i).title(), i == 0 ? 105 : 75, i);
        }
        chart = new Canvas(split, SWT.BORDER | SWT.DOUBLE_BUFFERED);
        chart.setBackground(chart.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        chart.addPaintListener(e -> paint(e.gc, chart.getClientArea()));
        split.setWeights(60, 40);
        caption();
        listener = s -> {
            if (!table.isDisposed()) {
                table.getDisplay().asyncExec(() -> show(s));
            }
        };
        MmraceUi.get().progress().addListener(listener);
        table.addDisposeListener(e -> MmraceUi.get().progress().removeListener(listener));
        show(MmraceUi.get().progress().samples());
    }

    private void column(String title, int width, int metric) {
        TableColumn c = new TableColumn(table, metric >= 0 ? SWT.RIGHT : SWT.LEFT);
        c.setText(title);
        c.setWidth(width);
        if (metric >= 0) {
            c.setToolTipText("Click to plot " + title + " over time");
            c.addListener(SWT.Selection, e -> plot(metric));
        }
    }

    /** Plots metric {@code i} of {@link #METRICS}. */
    void plot(int i) {
        plotted = i;
        caption();
        chart.redraw();
    }

    private void caption() {
        caption.setText("Progress (a report about every 250 ms; click a column header to plot it): plotting "
                + METRICS.get(plotted).title());
    }

    void show(List<ProgressHistory.Sample> s) {
        if (table.isDisposed()) {
            return;
        }
        samples = s;
        table.setRedraw(false);
        table.removeAll();
        for (ProgressHistory.Sample x : s) {
            TableItem item = new TableItem(table, SWT.NONE);
            List<String> cells = new ArrayList<>();
            cells.add(x.strategy());
            cells.add(String.format(Locale.ROOT, "%.2f", x.progress().millis() / 1000.0));
            for (Metric m : METRICS) {
                cells.add(String.format(Locale.ROOT, "%,d", m.value().applyAsLong(x.progress())));
            }
            item.setText(cells.toArray(String[]::new));
        }
        table.setRedraw(true);
        if (table.getItemCount() > 0) {
            table.showItem(table.getItem(table.getItemCount() - 1));
        }
        chart.redraw();
    }

    int rows() {
        return table.getItemCount();
    }

    Table table() {
        return table;
    }

    private void paint(GC gc, Rectangle area) {
        int left = 64;
        int bottom = 22;
        int w = area.width - left - 10;
        int h = area.height - bottom - 10;
        if (w < 20 || h < 20) {
            return;
        }
        Metric m = METRICS.get(plotted);
        Map<String, List<long[]>> series = new LinkedHashMap<>();
        long maxT = 1;
        long maxV = 1;
        for (ProgressHistory.Sample x : samples) {
            long t = x.progress().millis();
            long v = m.value().applyAsLong(x.progress());
            series.computeIfAbsent(x.strategy(), k -> new ArrayList<>()).add(new long[] {t, v});
            maxT = Math.max(maxT, t);
            maxV = Math.max(maxV, v);
        }
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawLine(left, 10, left, 10 + h);
        gc.drawLine(left, 10 + h, left + w, 10 + h);
        gc.drawText(String.format(Locale.ROOT, "%,d", maxV), 2, 4, true);
        gc.drawText("0", left - 12, 10 + h - 8, true);
        String tmax = String.format(Locale.ROOT, "%.1f s", maxT / 1000.0);
        Point ext = gc.textExtent(tmax);
        gc.drawText(tmax, left + w - ext.x, 12 + h, true);
        gc.drawText(m.title() + " over time", left + 6, 12 + h, true);
        if (samples.isEmpty()) {
            gc.drawText("no run yet (runs over about 250 ms report here)", left + 8, 14, true);
            return;
        }
        int k = 0;
        gc.setLineWidth(2);
        for (Map.Entry<String, List<long[]>> e : series.entrySet()) {
            gc.setForeground(LINES[k % LINES.length]);
            List<long[]> pts = e.getValue();
            int[] poly = new int[pts.size() * 2];
            for (int i = 0; i < pts.size(); i++) {
                poly[2 * i] = left + (int) (pts.get(i)[0] * w / maxT);
                poly[2 * i + 1] = 10 + h - (int) (pts.get(i)[1] * h / maxV);
            }
            if (pts.size() == 1) {
                gc.drawOval(poly[0] - 2, poly[1] - 2, 4, 4);
            } else {
                gc.drawPolyline(poly);
            }
            gc.drawText(e.getKey(), left + 8, 14 + 16 * k, true);
            k++;
        }
        gc.setLineWidth(1);
    }
}
