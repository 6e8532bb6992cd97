package org.mmrace.ui.internal.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import org.mmrace.core.trace.StateSnapshot;

/**
 * The MM state as a tree: processes, their VMAs, the ptes and the pages they map (count,
 * mapcount, flags, sector contents), then every page frame, I/O in flight, pins, pipes, locks,
 * files and threads. Each node knows whether the step changed it (compared with the state
 * before) or something below it.
 */
public final class MmTree {

    /**
     * A node: {@code id} is stable across states, so nodes of two states can be compared.
     * {@code before} is the node's detail in the state before the step (empty when the step
     * created it); a {@code removed} node is one the step took away (a lock released, a page
     * freed, a pipe read), shown with its old detail, as the TLA+ Toolbox's error trace shows
     * deleted values.
     */
    public record Node(String id, String label, String detail, boolean changed, boolean changedBelow,
            List<Node> children, Optional<String> before, boolean removed) {
        public Node {
            children = List.copyOf(children);
        }

        public boolean changedHere() {
            return changed || changedBelow;
        }

        /** Created by the step (it had no node before). */
        public boolean added() {
            return changed && !removed && before.isEmpty();
        }
    }

    private MmTree() {
    }

    /** The tree of {@code after}, its changes against {@code before}. */
    public static List<Node> of(StateSnapshot before, StateSnapshot after) {
        Map<String, Raw> old = new HashMap<>();
        List<Raw> oldTop = build(before);
        flatten(oldTop, old);
        return mark(build(after), oldTop, old);
    }

    /** Whether the node {@code id} differs between the two states (present in one only, or another text). */
    public static boolean changes(StateSnapshot before, StateSnapshot after, String id) {
        Map<String, Raw> a = new HashMap<>();
        Map<String, Raw> b = new HashMap<>();
        flatten(build(before), a);
        flatten(build(after), b);
        Raw x = a.get(id);
        Raw y = b.get(id);
        return x == null ? y != null : y == null || !text(x).equals(text(y));
    }

    private record Raw(String id, String label, String detail, List<Raw> children) {
    }

    private static void flatten(List<Raw> nodes, Map<String, Raw> into) {
        for (Raw n : nodes) {
            into.put(n.id(), n);
            flatten(n.children(), into);
        }
    }

    private static String text(Raw n) {
        return n.label() + "|" + n.detail();
    }

    /** Marks {@code nodes} against the old state; {@code oldSiblings} are the old nodes at the same place. */
    private static List<Node> mark(List<Raw> nodes, List<Raw> oldSiblings, Map<String, Raw> old) {
        List<Node> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Raw n : nodes) {
            ids.add(n.id());
            Raw was = old.get(n.id());
            List<Node> children = mark(n.children(), was == null ? List.of() : was.children(), old);
            boolean changed = was == null || !text(n).equals(text(was));
            boolean below = children.stream().anyMatch(Node::changedHere);
            out.add(new Node(n.id(), n.label(), n.detail(), changed, below, children,
                    Optional.ofNullable(was).map(Raw::detail), false));
        }
        for (Raw gone : oldSiblings) {
            if (!ids.contains(gone.id())) {
                out.add(new Node(gone.id(), gone.label(), "(gone) " + gone.detail(), true, false, List.of(),
                        Optional.of(gone.detail()), true));
            }
        }
        return out;
    }

    private static List<Raw> build(StateSnapshot s) {
        List<Raw> top = new ArrayList<>();
        for (StateSnapshot.Mm mm : s.mms()) {
            List<Raw> vmas = new ArrayList<>();
            for (StateSnapshot.Vma v : mm.vmas()) {
                String vmaId = mm.process() + "." + v.region();
                List<Raw> ptes = new ArrayList<>();
                for (StateSnapshot.Pte p : v.ptes()) {
                    String pteId = vmaId + "[" + p.index() + "]";
                    List<Raw> pages = new ArrayList<>();
                    if (p.present()) {
                        s.page(p.pfn()).ifPresent(page -> pages.add(page(pteId + "/", page)));
                    }
                    String logical = p.index() < v.logical().size() ? "   process should see " + v.logical().get(p.index()) : "";
                    ptes.add(new Raw("pte:" + pteId, "pte [" + p.index() + "]",
                            (p.present() ? (p.write() ? "rw" : "ro") + " -> page#" + p.pfn() : "none") + logical,
                            pages));
                }
                vmas.add(new Raw("vma:" + vmaId, "vma " + v.region(), vmaFlags(v), ptes));
            }
            top.add(new Raw("mm:" + mm.process(), "process " + mm.process(), mmDetail(mm), vmas));
        }
        top.add(group("pages", "page frames", s.pages().stream().map(p -> page("", p)).toList()));
        if (!s.ios().isEmpty()) {
            top.add(group("ios", "I/O in flight", s.ios().stream().map(io -> new Raw("io:" + io.name(), io.name(),
                    io.kind() + " by " + io.owner() + ", " + io.state() + (io.pfn() > 0 ? ", page#" + io.pfn() : "")
                            + (io.ref().isEmpty() ? "" : ", " + io.ref()) + (io.pageLocked() ? ", page locked" : ""),
                    List.of())).toList()));
        }
        if (!s.pins().isEmpty()) {
            top.add(group("pins", "pins", s.pins().stream().map(p -> new Raw("pin:" + p.name(), p.name(),
                    p.ref() + " on page#" + p.pfn() + " by " + p.owner(), List.of())).toList()));
        }
        if (!s.pipes().isEmpty()) {
            top.add(group("pipes", "pipes", s.pipes().stream().map(p -> new Raw("pipe:" + p.name(), p.name(),
                    p.pfns().isEmpty() ? "empty" : "holds " + p.pfns().stream().map(n -> "page#" + n).toList(),
                    List.of())).toList()));
        }
        top.add(group("locks", "locks held", s.locks().stream().map(l -> new Raw("lock:" + l.lock(), l.lock(),
                l.mode() + " by " + l.holder(), List.of())).toList()));
        if (!s.files().isEmpty()) {
            top.add(group("files", "files", s.files().stream().map(f -> new Raw("file:" + f.name(), f.name(),
                    String.join(" ", f.pages()), List.of())).toList()));
        }
        top.add(group("threads", "threads", s.threads().stream().map(t -> new Raw("thread:" + t.name(), t.name(),
                (t.done() ? "done" : t.operationText() + (t.phase().isEmpty() ? "" : ", next: " + t.phase()))
                        + (t.registers().isEmpty() ? "" : "   registers " + String.join(" ", t.registers())),
                List.of())).toList()));
        if (!s.signalledEvents().isEmpty()) {
            top.add(new Raw("events", "events signalled", String.join(", ", s.signalledEvents()), List.of()));
        }
        return top;
    }

    private static Raw group(String id, String label, List<Raw> children) {
        return new Raw("group:" + id, label, children.isEmpty() ? "none" : String.valueOf(children.size()), children);
    }

    private static Raw page(String prefix, StateSnapshot.Page p) {
        StringJoiner flags = new StringJoiner(" ");
        if (p.free()) {
            flags.add("FREE");
        }
        if (p.anon()) {
            flags.add("anon");
        }
        if (p.anonExclusive()) {
            flags.add("AnonExclusive");
        }
        if (p.locked()) {
            flags.add("PG_locked");
        }
        if (p.ksm()) {
            flags.add("KSM");
        }
        if (p.gup()) {
            flags.add("PG_gup");
        }
        if (p.dontCow()) {
            flags.add("PG_dontcow");
        }
        String detail = "count " + p.count() + (p.pins() > 0 ? " (" + p.pins() + " pinned)" : "") + ", mapcount "
                + p.mapcount() + (flags.length() > 0 ? ", " + flags : "") + "   sectors " + p.content();
        return new Raw("page:" + prefix + p.pfn(), "page#" + p.pfn(), detail, List.of());
    }

    private static String vmaFlags(StateSnapshot.Vma v) {
        StringJoiner j = new StringJoiner(" ");
        j.add(v.shared() ? "shared" : "private");
        if (v.write()) {
            j.add("VM_WRITE");
        }
        if (v.mayWrite()) {
            j.add("VM_MAYWRITE");
        }
        if (v.dontCopy()) {
            j.add("VM_DONTCOPY");
        }
        if (v.mergeable()) {
            j.add("VM_MERGEABLE");
        }
        if (!v.present()) {
            j.add("(unmapped)");
        }
        return j.toString();
    }

    private static String mmDetail(StateSnapshot.Mm mm) {
        return mm.state() + (mm.hasPinned() ? ", has_pinned" : "")
                + (mm.writeProtectSeq() != 0 ? ", write_protect_seq " + mm.writeProtectSeq() : "");
    }
}
