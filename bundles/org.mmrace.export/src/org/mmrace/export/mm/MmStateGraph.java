package org.mmrace.export.mm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mmrace.core.run.Violation;
import org.mmrace.core.trace.StateSnapshot;
import org.mmrace.core.trace.StateSnapshot.Io;
import org.mmrace.core.trace.StateSnapshot.Mm;
import org.mmrace.core.trace.StateSnapshot.Page;
import org.mmrace.core.trace.StateSnapshot.Pin;
import org.mmrace.core.trace.StateSnapshot.Pipe;
import org.mmrace.core.trace.StateSnapshot.Pte;
import org.mmrace.core.trace.StateSnapshot.Vma;
import org.mmrace.export.graph.EdgeStyle;
import org.mmrace.export.graph.Graph;
import org.mmrace.export.graph.GraphEdge;
import org.mmrace.export.graph.GraphNode;
import org.mmrace.export.graph.NodeStyle;

/**
 * The MM state of one trace step as a graph: processes (boxes) holding their VMAs, pte edges
 * from a VMA to the pages they map (labelled with the pte index and RW/RO), page frames with
 * count, mapcount, pins, flags and sector content, and the references that are not mappings:
 * pins, O_DIRECT requests in flight (DMA edges) and pipe buffers. What the step changed is
 * highlighted; a reference whose owner no longer maps its page (the moment an O_DIRECT read
 * or a pin is lost to a COW, see {@link Parting}) is drawn in red, together with the owner's pte
 * that parted from it, as is the process the violation names.
 */
public final class MmStateGraph {

    private static final Pattern PAGE = Pattern.compile("page#(\\d+)");
    private static final Pattern REGION = Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_-]*)\\.([A-Za-z_][A-Za-z0-9_-]*)\\[");

    private MmStateGraph() {
    }

    /** The graph of {@code state}; {@code changes} are the step's change lines, to highlight. */
    public static Graph of(String title, StateSnapshot state, List<String> changes, Optional<Violation> violation) {
        Set<Integer> changedPages = new HashSet<>();
        Set<String> changedVmas = new HashSet<>();
        for (String change : changes) {
            Matcher m = PAGE.matcher(change);
            while (m.find()) {
                changedPages.add(Integer.parseInt(m.group(1)));
            }
            Matcher r = REGION.matcher(change);
            while (r.find()) {
                changedVmas.add(r.group(1) + "." + r.group(2));
            }
        }
        Optional<String> badProcess = violation.flatMap(Violation::process);
        List<Parting> partings = Parting.in(state);

        Graph.Builder g = Graph.builder().title(title);
        for (Mm mm : state.mms()) {
            if (!shown(mm)) {
                continue;
            }
            String pid = "mm:" + mm.process();
            List<String> lines = new ArrayList<>();
            lines.add("process " + mm.process() + (mm.state().equals("alive") ? "" : " (" + mm.state() + ")"));
            if (mm.hasPinned()) {
                lines.add("MMF_HAS_PINNED");
            }
            NodeStyle processStyle = badProcess.filter(mm.process()::equals).isPresent()
                    ? NodeStyle.GROUP.withBorder(NodeStyle.BUG.border(), 2.4)
                    : NodeStyle.GROUP;
            g.node(new GraphNode(pid, lines, processStyle, Optional.empty(), Optional.of("mm of " + mm.process())));
            for (Vma vma : mm.vmas()) {
                if (!vma.present()) {
                    continue;
                }
                String vid = vmaId(mm.process(), vma.region());
                List<String> vl = new ArrayList<>();
                vl.add(vma.region() + (vma.shared() ? " shared" : " private") + (vma.write() ? " rw" : " ro")
                        + (!vma.shared() && vma.mayWrite() ? " COW" : ""));
                String flags = (vma.dontCopy() ? "DONTCOPY " : "") + (vma.mergeable() ? "MERGEABLE" : "");
                if (!flags.isBlank()) {
                    vl.add(flags.trim());
                }
                for (int i = 0; i < vma.logical().size(); i++) {
                    vl.add("[" + i + "] sees " + spaced(vma.logical().get(i)));
                }
                NodeStyle style = changedVmas.contains(mm.process() + "." + vma.region()) ? NodeStyle.HIGHLIGHT : NodeStyle.DEFAULT;
                g.node(new GraphNode(vid, vl, style, Optional.of(pid),
                        Optional.of("VMA " + mm.process() + "." + vma.region() + "; 'sees' is the process's logical memory")));
            }
        }
        Set<Integer> livePages = new HashSet<>();
        for (Page page : state.pages()) {
            if (page.free() && !changedPages.contains(page.pfn())) {
                continue;
            }
            livePages.add(page.pfn());
            List<String> lines = new ArrayList<>();
            lines.add("page#" + page.pfn() + (page.free() ? " (freed)" : ""));
            lines.add("count " + page.count() + "  map " + page.mapcount() + (page.pins() > 0 ? "  pins " + page.pins() : ""));
            String flags = (page.anonExclusive() ? "EXCL " : "") + (page.ksm() ? "KSM " : "") + (page.locked() ? "LOCKED " : "")
                    + (page.dontCow() ? "DONTCOW " : "") + (page.gup() ? "GUP " : "");
            if (!flags.isBlank()) {
                lines.add(flags.trim());
            }
            lines.add(spaced(page.content()));
            NodeStyle style = page.free() ? NodeStyle.DIMMED
                    : changedPages.contains(page.pfn()) ? NodeStyle.HIGHLIGHT : NodeStyle.DEFAULT;
            g.node(new GraphNode(pageId(page.pfn()), lines, style, Optional.empty(),
                    Optional.of("struct page " + page.pfn() + ": page_count " + page.count() + ", page_mapcount " + page.mapcount())));
        }
        for (Mm mm : state.mms()) {
            if (!shown(mm)) {
                continue;
            }
            for (Vma vma : mm.vmas()) {
                if (!vma.present()) {
                    continue;
                }
                for (Pte pte : vma.ptes()) {
                    if (pte.present() && livePages.contains(pte.pfn())) {
                        boolean changed = changedVmas.contains(mm.process() + "." + vma.region()) && changedPages.contains(pte.pfn());
                        String address = mm.process() + "." + vma.region() + "[" + pte.index() + "]";
                        Optional<Parting> parted = partings.stream()
                                .filter(p -> p.ownerPte().filter(address::equals).isPresent()).findFirst();
                        String label = "[" + pte.index() + "] " + (pte.write() ? "RW" : "RO")
                                + parted.map(p -> ", parted from " + p.reference()).orElse("");
                        g.edge(new GraphEdge("pte:" + address, vmaId(mm.process(), vma.region()), pageId(pte.pfn()), label,
                                parted.isPresent() ? EdgeStyle.BUG
                                        : changed ? EdgeStyle.BOLD : pte.write() ? EdgeStyle.DEFAULT : EdgeStyle.DASHED));
                    }
                }
            }
        }
        for (Pin pin : state.pins()) {
            boolean lost = !Parting.maps(state, pin.owner(), pin.pfn());
            String id = "pin:" + pin.name();
            g.node(new GraphNode(id, List.of(pin.name() + " (" + pin.ref() + ")", "owner " + pin.owner()),
                    lost ? NodeStyle.BUG : NodeStyle.DEFAULT.withShape(org.mmrace.export.graph.NodeShape.ELLIPSE),
                    Optional.empty(), Optional.of(lost ? "the pin's page is no longer mapped by " + pin.owner() : "a pinned reference")));
            if (livePages.contains(pin.pfn())) {
                g.edge(new GraphEdge(id + "->page", id, pageId(pin.pfn()), lost ? "pinned, not mapped by owner" : "pinned",
                        lost ? EdgeStyle.BUG : EdgeStyle.BOLD));
            }
        }
        for (Io io : state.ios()) {
            if (!Parting.inFlight(io)) {
                continue;
            }
            boolean lost = !Parting.maps(state, io.owner(), io.pfn());
            String id = "io:" + io.name();
            g.node(new GraphNode(id, List.of(io.kind() + " " + io.name(), "by " + io.owner() + ", " + io.state(),
                    io.ref() + (io.pageLocked() ? ", page locked" : "")), lost ? NodeStyle.BUG : NodeStyle.DEFAULT,
                    Optional.empty(), Optional.of(lost ? "the DMA targets a page " + io.owner() + " no longer maps" : "O_DIRECT request")));
            if (livePages.contains(io.pfn())) {
                g.edge(new GraphEdge(id + "->page", id, pageId(io.pfn()), lost ? "DMA, not mapped by owner" : "DMA",
                        lost ? EdgeStyle.BUG : EdgeStyle.DMA));
            }
        }
        for (Pipe pipe : state.pipes()) {
            String id = "pipe:" + pipe.name();
            g.node(new GraphNode(id, List.of("pipe " + pipe.name()), NodeStyle.DEFAULT, Optional.empty(),
                    Optional.of("pipe buffers holding page references (vmsplice)")));
            int k = 0;
            for (int pfn : pipe.pfns()) {
                if (livePages.contains(pfn)) {
                    g.edge(new GraphEdge(id + "->" + (k++), id, pageId(pfn), "buffer", EdgeStyle.DASHED));
                }
            }
        }
        violation.ifPresent(v -> g.node(new GraphNode("violation", List.of(v.key(),
                v.address().map(a -> a + v.expected().map(e -> " expected " + e).orElse("")
                        + v.seen().map(s -> ", saw " + s).orElse("")).orElse(v.message())),
                NodeStyle.BUG, Optional.empty(), Optional.of(v.message()))));
        return g.build();
    }

    /** An mm is drawn once it exists: dup_mmap copies the VMAs before the child is marked alive. */
    private static boolean shown(Mm mm) {
        return !mm.state().equals("not-created") || mm.vmas().stream().anyMatch(Vma::present);
    }

    private static String vmaId(String process, String region) {
        return "vma:" + process + "." + region;
    }

    private static String pageId(int pfn) {
        return "page:" + pfn;
    }

    /** "DAAAAAAW" -> "D A A A A A A W": sector symbols are easier to count apart. */
    private static String spaced(String content) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < content.length(); i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(content.charAt(i));
        }
        return b.toString();
    }
}
