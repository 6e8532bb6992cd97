package org.mmrace.export.graph.internal;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

import org.mmrace.export.graph.AwtTextMeasurer;
import org.mmrace.export.graph.Graph;
import org.mmrace.export.graph.GraphLayouter;
import org.mmrace.export.graph.SceneBuilder;
import org.mmrace.export.graph.SvgWriter;

/**
 * Prints layout times for synthetic MM-state graphs of 100, 500 and 2,000 nodes (or the sizes given
 * as arguments): fork pairs of processes (many small components, the usual shape) and one connected
 * component (the worst case), with process boxes and flat. Median of several runs after one
 * warm-up run, which is shown as "first"; "cpu" is the median CPU time of the layout thread;
 * "svg" is layout + scene + SVG text.
 * Run: {@code java -cp <export jar>:<ELK, EMF, guava, xbase.lib jars>
 * org.mmrace.export.graph.internal.GraphLayoutBenchmark [sizes...]}
 */
public final class GraphLayoutBenchmark {

    private GraphLayoutBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] { 100, 500, 2000 }
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        run(sizes, System.out);
    }

    public static void run(int[] sizes, PrintStream out) {
        GraphLayouter layouter = new GraphLayouter(new AwtTextMeasurer());
        // Thread CPU time next to wall time: on a shared machine it shows the work done,
        // independent of what other processes take from the cores (ELK runs on the caller's thread).
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        out.printf(Locale.ROOT, "java %s, %d cpus%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%-10s %6s %6s %10s %10s %10s %10s %10s%n", "graph", "nodes", "edges",
                "first ms", "median ms", "max ms", "cpu ms", "svg ms");
        for (String shape : new String[] { "pairs", "pairs-flat", "connected", "conn-flat" }) {
            boolean grouped = !shape.endsWith("flat");
            boolean connected = shape.startsWith("conn");
            for (int size : sizes) {
                Graph graph = SampleGraphs.synthetic(size, grouped, connected);
                long first = time(() -> layouter.layout(graph));
                int runs = size >= 2000 ? 5 : 9;
                long[] times = new long[runs];
                long[] cpu = new long[runs];
                for (int i = 0; i < runs; i++) {
                    long cpuStart = threads.getCurrentThreadCpuTime();
                    times[i] = time(() -> layouter.layout(graph));
                    cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
                }
                Arrays.sort(times);
                Arrays.sort(cpu);
                long svg = time(() -> new SvgWriter()
                        .write(new SceneBuilder(layouter.measurer()).build(graph, layouter.layout(graph))));
                out.printf(Locale.ROOT, "%-10s %6d %6d %10.1f %10.1f %10.1f %10.1f %10.1f%n",
                        shape, graph.nodes().size(), graph.edges().size(), first / 1e6,
                        times[runs / 2] / 1e6, times[runs - 1] / 1e6, cpu[runs / 2] / 1e6, svg / 1e6);
            }
        }
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }
}
