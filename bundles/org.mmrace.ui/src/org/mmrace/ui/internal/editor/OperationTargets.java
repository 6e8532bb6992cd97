package org.mmrace.ui.internal.editor;

import org.mmrace.lang.assist.RaceStructure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mmrace.lang.assist.RaceStructure.Kind;
import org.mmrace.lang.assist.RaceStructure.Statement;

/**
 * What the target of an operation may be, for the Design page's target combo: the addresses of
 * the thread's process (every region, page and sector, from the {@code map} lines; a forked child
 * has its parent's regions), the regions for mprotect/madvise/munmap, and the pins, pipes, I/O
 * names, events and children the scenario declares for the other operations.
 */
public final class OperationTargets {

    private static final Pattern PAGES = Pattern.compile("\\bpages=([0-9]+)");
    /** Pages beyond this are offered as whole pages only, so the list stays short. */
    private static final int SECTOR_PAGES = 4;
    private static final int SECTORS = 8;

    private OperationTargets() {
    }

    /** The choices for {@code operation} in {@code thread} (a thread or kthread statement). */
    public static List<String> of(RaceStructure s, Statement thread, String operation) {
        Set<String> out = new LinkedHashSet<>();
        if (OperationLine.ADDRESS_OPERATIONS.contains(operation)) {
            regions(s, thread).forEach(r -> addresses(r, pages(s, r.qualified()), out));
        } else if (OperationLine.REGION_OPERATIONS.contains(operation)) {
            regions(s, thread).forEach(r -> out.add(r.written()));
        } else {
            switch (operation) {
            case "unpin", "dma_write", "dma_read" -> out.addAll(s.pins());
            case "pipe_read" -> out.addAll(s.pipes());
            case "aio_wait" -> out.addAll(s.ios());
            case "signal", "wait" -> out.addAll(s.events());
            case "fork" -> s.processes().stream().filter(p -> !s.ofKind(Kind.PROCESS).stream()
                    .anyMatch(d -> d.name().equals(p))).forEach(out::add);
            default -> {
            }
            }
        }
        return List.copyOf(out);
    }

    /** A region as the thread writes it ({@code buf} in a thread of P, {@code P.buf} in a kthread). */
    private record Region(String qualified, String written) {
    }

    private static List<Region> regions(RaceStructure s, Statement thread) {
        String process = thread.kind() == Kind.THREAD && thread.name().contains(".")
                ? thread.name().substring(0, thread.name().indexOf('.')) : "";
        String home = process.isEmpty() ? "" : parentOf(s, process);
        List<Region> out = new ArrayList<>();
        for (String r : s.regions()) {
            if (process.isEmpty()) {
                out.add(new Region(r, r));
            } else if (r.startsWith(home + ".")) {
                out.add(new Region(r, r.substring(home.length() + 1)));
            }
        }
        return out;
    }

    /** The process whose map lines a (possibly forked) process has: fork copies the regions. */
    private static String parentOf(RaceStructure s, String process) {
        String p = process;
        for (int depth = 0; depth < 16; depth++) {
            String child = p;
            String parent = null;
            for (Statement t : s.threads()) {
                for (Statement op : t.children()) {
                    if (op.keyword().equals("fork") && op.name().equals(child) && t.name().contains(".")) {
                        parent = t.name().substring(0, t.name().indexOf('.'));
                    }
                }
            }
            if (parent == null || s.regions().stream().anyMatch(r -> r.startsWith(child + "."))) {
                return child;
            }
            p = parent;
        }
        return p;
    }

    private static int pages(RaceStructure s, String region) {
        for (Statement m : s.ofKind(Kind.MAP)) {
            if (m.name().equals(region)) {
                Matcher matcher = PAGES.matcher(m.code());
                return matcher.find() ? Math.max(1, Integer.parseInt(matcher.group(1))) : 1;
            }
        }
        return 1;
    }

    private static void addresses(Region r, int pages, Set<String> out) {
        for (int page = 0; page < pages; page++) {
            String p = r.written() + "[" + page + "]";
            out.add(p);
            if (page < SECTOR_PAGES) {
                for (int sector = 0; sector < SECTORS; sector++) {
                    out.add(p + "." + sector);
                }
            }
        }
    }
}
