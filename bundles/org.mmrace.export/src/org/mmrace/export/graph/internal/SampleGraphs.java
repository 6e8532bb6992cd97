package org.mmrace.export.graph.internal;

import java.util.SplittableRandom;

import org.mmrace.export.graph.EdgeStyle;
import org.mmrace.export.graph.Graph;
import org.mmrace.export.graph.GraphNode;
import org.mmrace.export.graph.NodeShape;
import org.mmrace.export.graph.NodeStyle;
import org.mmrace.export.graph.Rgb;

/**
 * Graphs shaped like mmrace MM states, for tests, screenshots and the layout benchmark. Not a
 * rendering of real engine states (that mapping belongs to the views); the shapes and label
 * lengths are the same.
 */
public final class SampleGraphs {

    public static final NodeStyle PROCESS = NodeStyle.GROUP;
    public static final NodeStyle VMA = NodeStyle.DEFAULT.withFill(Rgb.hex("#e8f1e4")).withBorder(Rgb.hex("#5b8a4a"), 1.2);
    public static final NodeStyle PTE = NodeStyle.DEFAULT.withShape(NodeShape.RECTANGLE);
    public static final NodeStyle PAGE = NodeStyle.DEFAULT.withFill(Rgb.hex("#fdf6e3")).withBorder(Rgb.hex("#9a7b2f"), 1.4);
    public static final NodeStyle THREAD = NodeStyle.DEFAULT.withFill(Rgb.hex("#efe9f7"))
            .withBorder(Rgb.hex("#6a3d9a"), 1.2).withShape(NodeShape.ELLIPSE);
    public static final NodeStyle DEVICE = THREAD.withShape(NodeShape.RECTANGLE);

    private SampleGraphs() {
    }

    /**
     * The fork + O_DIRECT counterexample (linux-2.6.27): P pinned page#1 for a dio_read, forked,
     * then wrote to buf; do_wp_page saw mapcount 2 and gave P a copy (page#3), so the pinned
     * page#1 is mapped only by the child C and the DMA lands in the child's memory.
     */
    public static Graph forkDioCounterexample() {
        Graph.Builder g = Graph.builder().title("fork-dio-read: after P's write fault");
        g.node("P", PROCESS, "process P (pid 100)");
        g.node(GraphNode.of("P.buf", VMA, "vma buf", "0x1000-0x3000 rw private").inGroup("P"));
        g.node(GraphNode.of("P.dio", THREAD, "P.dio", "dio_read").inGroup("P")
                .withTooltip("thread P.dio: O_DIRECT read into buf, FOLL_PIN held until completion"));
        g.node(GraphNode.of("P.pte1", PTE, "pte 0x1000", "present write").inGroup("P"));
        g.node(GraphNode.of("P.pte2", PTE, "pte 0x2000", "present").inGroup("P"));
        g.node("C", PROCESS, "process C (pid 101, child)");
        g.node(GraphNode.of("C.buf", VMA, "vma buf", "0x1000-0x3000 rw private").inGroup("C"));
        g.node(GraphNode.of("C.pte1", PTE, "pte 0x1000", "present").inGroup("C"));
        g.node(GraphNode.of("C.pte2", PTE, "pte 0x2000", "present").inGroup("C"));
        g.node(GraphNode.of("page1", NodeStyle.BUG, "page#1", "count 1025 map 1", "PIN", "D A A A A A A W")
                .withTooltip("pinned by P.dio but mapped only by C: the DMA writes the child's memory"));
        g.node(GraphNode.of("page2", PAGE, "page#2", "count 2 map 2", "-", "B B B B B B B B"));
        g.node(GraphNode.of("page3", NodeStyle.HIGHLIGHT, "page#3", "count 1 map 1", "EXCL", "A A A A A A A W")
                .withTooltip("P's private copy made by do_wp_page"));
        g.node("dev", DEVICE, "device", "1 transfer queued");
        g.edge("P.buf", "P.pte1", "", EdgeStyle.DEFAULT);
        g.edge("P.buf", "P.pte2", "", EdgeStyle.DEFAULT);
        g.edge("C.buf", "C.pte1", "", EdgeStyle.DEFAULT);
        g.edge("C.buf", "C.pte2", "", EdgeStyle.DEFAULT);
        g.edge("P.pte1", "page3", "pte RW", EdgeStyle.DEFAULT);
        g.edge("P.pte2", "page2", "pte RO", EdgeStyle.DASHED);
        g.edge("C.pte1", "page1", "pte RO", EdgeStyle.DASHED);
        g.edge("C.pte2", "page2", "pte RO", EdgeStyle.DASHED);
        g.edge("P.dio", "page1", "FOLL_PIN +1024", EdgeStyle.BUG);
        g.edge("dev", "page1", "DMA write pending", EdgeStyle.DMA);
        return g.build();
    }

    /**
     * A synthetic MM state of {@code nodes} nodes: fork pairs of processes (group boxes) with two
     * VMAs and four ptes each; a child shares some of its parent's pages (read-only ptes after
     * fork), one page in eight is pinned. Deterministic.
     */
    public static Graph synthetic(int nodes, boolean grouped) {
        return synthetic(nodes, grouped, false);
    }

    /**
     * Like {@link #synthetic(int, boolean)}; with {@code connected} every process may share pages
     * with any earlier one (KSM-merged pages, say), which makes the whole graph one connected
     * component: the worst case for the layered layout.
     */
    public static Graph synthetic(int nodes, boolean grouped, boolean connected) {
        SplittableRandom random = new SplittableRandom(42);
        Graph.Builder g = Graph.builder().title("synthetic " + nodes + (connected ? " connected" : ""));
        int count = 0;
        int pages = 0;
        int process = 0;
        int parentFirstPage = 0;
        int parentPages = 0;
        while (count < nodes) {
            String p = "p" + process;
            boolean child = process % 2 == 1;
            int firstPage = pages;
            if (grouped) {
                g.node(p, PROCESS, "process " + p + " (pid " + (100 + process) + ")");
                count++;
            }
            for (int v = 0; v < 2 && count < nodes; v++) {
                String vma = p + ".vma" + v;
                g.node(member(GraphNode.of(vma, VMA, "vma " + v, "0x" + Integer.toHexString(0x1000 * (v * 8 + 1))
                        + "-0x" + Integer.toHexString(0x1000 * (v * 8 + 5)) + " rw private"), p, grouped));
                count++;
                for (int t = 0; t < 2 && count < nodes; t++) {
                    String pte = vma + ".pte" + t;
                    g.node(member(GraphNode.of(pte, PTE, "pte 0x" + Integer.toHexString(0x1000 * (v * 8 + t + 1)),
                            t == 0 ? "present write" : "present"), p, grouped));
                    count++;
                    g.edge(vma, pte, "", EdgeStyle.DEFAULT);
                    boolean share = connected ? pages > 0 && random.nextInt(3) == 0
                            : child && parentPages > 0 && random.nextInt(3) > 0;
                    String page;
                    if (share) {
                        page = "page" + (connected ? random.nextInt(pages)
                                : parentFirstPage + random.nextInt(parentPages));
                    } else if (count < nodes) {
                        page = "page" + pages++;
                        boolean pinned = random.nextInt(8) == 0;
                        g.node(GraphNode.of(page, pinned ? NodeStyle.BUG : PAGE, page.replace("page", "page#"),
                                "count " + (pinned ? 1025 : 2) + " map 1", pinned ? "PIN" : "EXCL",
                                "A A A A A A A " + (char) ('A' + random.nextInt(4))));
                        count++;
                    } else {
                        continue;
                    }
                    g.edge(pte, page, t == 0 ? "pte RW" : "pte RO", t == 0 ? EdgeStyle.DEFAULT : EdgeStyle.DASHED);
                }
            }
            parentFirstPage = firstPage;
            parentPages = pages - firstPage;
            process++;
        }
        return g.build();
    }

    private static GraphNode member(GraphNode node, String group, boolean grouped) {
        return grouped ? node.inGroup(group) : node;
    }
}
