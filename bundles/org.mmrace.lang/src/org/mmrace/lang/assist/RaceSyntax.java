package org.mmrace.lang.assist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words of the .race format (version 1) and what each one means, for colouring, content
 * assist and hovers. The operation texts say what the kernel does, in the kernel's words; the
 * strategy-dependent parts come from the strategy descriptions at hover time.
 */
public final class RaceSyntax {

    /** Statements that start a line outside a thread block. */
    public static final Map<String, String> KEYWORDS = docs(
            "scenario", "scenario NAME — the scenario's name; the first statement of a file.",
            "title", "title \"...\" — a one-line title shown in results.",
            "source", "source \"...\" — where the race comes from (mail, commit).",
            "about", "about \"\"\"...\"\"\" — free text, several lines.",
            "process", "process P — declares a process (an mm) that exists at the start.",
            "map", "map P.REGION anon private|shared rw|ro [pages=N] [fill=S] — a VMA of process P. "
                    + "Pages start present, mapped, exclusive to the process, refcount 1, mapcount 1.",
            "thread", "thread P.NAME — a user thread of process P; its operations follow, one a line.",
            "kthread", "kthread NAME — a kernel thread (no process), e.g. ksmd.",
            "require", "require CONDITION \"label\" — must hold in every final state (Always).",
            "forbid", "forbid CONDITION \"label\" — must hold in no final state (Never).",
            "observe", "observe CONDITION \"label\" — reported as Always/Sometimes/Never, never judged.",
            "expect", "expect STRATEGY holds|violated|deadlock|error — the expected verdict under a strategy; "
                    + "a result that differs is marked.",
            "strategy", "strategy NAME = BASE with knob=value ... — a strategy of this file: a built-in one "
                    + "plus knob settings.");

    /** Operations inside a thread block, with what the kernel does for each. */
    public static final Map<String, String> OPERATIONS = docs(
            "store", "store ADDR data=S — a CPU store of S into each sector of ADDR. A write to a "
                    + "write-protected pte faults: do_wp_page either reuses the page (the strategy's wp.reuse / "
                    + "PageAnonExclusive rule) or copies it (COW) and maps the copy writable.",
            "load", "load ADDR -> rN — a CPU load; register rN of this thread gets the sector symbols.",
            "fork", "fork CHILD — fork(): dup_mmap takes mmap_sem for write and copy_one_pte walks every pte: "
                    + "for a private anon page it write-protects the parent pte, maps the page read-only in the "
                    + "child and takes a reference (get_page, page_dup_rmap) — unless the strategy's fork.pinned "
                    + "rule copies a page that may be under GUP. Ends with a TLB flush.",
            "exit", "exit — exit_group(): every thread of the process stops (I/O already submitted still "
                    + "completes), then all its mappings are torn down (zap_pte_range, put_page).",
            "munmap", "munmap REGION[PAGES] — unmap a region (or pages N-M of a thp= region, which splits its "
                    + "huge PMD): zap its ptes and drop the page references.",
            "mprotect", "mprotect REGION[PAGES] ro|rw — change the protection of a region or of pages N-M of a "
                    + "thp= region (split_huge_pmd first); ptes made read-only or writable on the next fault.",
            "madvise", "madvise REGION dontfork|dofork|mergeable|hugepage|nohugepage — set VM_DONTCOPY (fork "
                    + "skips the VMA), VM_MERGEABLE (ksmd may merge its pages) or VM_HUGEPAGE / VM_NOHUGEPAGE "
                    + "(khugepaged may or may not collapse it).",
            "collapse", "collapse REGION — khugepaged (in a kthread: collapse P.REGION) or MADV_COLLAPSE collapses "
                    + "the region into one THP; refused while a page has extra references (GUP).",
            "dio_read", "dio_read ADDR data=S [gup=fast|slow] [pin=get|pin] — a synchronous O_DIRECT read: "
                    + "get_user_pages(write) takes a reference on the page (FOLL_GET before 6.3, FOLL_PIN after), "
                    + "the device DMA writes S into that page at some later point, completion releases it "
                    + "(put_page / unpin). The thread resumes after completion.",
            "dio_write", "dio_write ADDR file=F [gup=fast|slow] [pin=get|pin] — a synchronous O_DIRECT write: "
                    + "GUP(read) takes a reference, the device DMA reads the page into file F later.",
            "aio_read", "aio_read ADDR data=S ... as ioN — as dio_read, but asynchronous: the thread goes on; "
                    + "aio_wait ioN waits for completion.",
            "aio_write", "aio_write ADDR file=F ... as ioN — as dio_write, asynchronous.",
            "aio_wait", "aio_wait ioN — wait for the completion of an asynchronous request.",
            "vmsplice", "vmsplice ADDR pipe=NAME — a read-only GUP reference (FOLL_GET, gup_fast) held by the "
                    + "pipe until it is read.",
            "pipe_read", "pipe_read NAME -> rN — read the pipe: the referenced page's sectors, then put_page.",
            "pin", "pin ADDR ro|rw [fast] [longterm] as pinN — pin_user_pages (FOLL_PIN, +1024 on the count), "
                    + "as io_uring fixed buffers or RDMA do.",
            "dma_write", "dma_write pinN SECTORS data=S — the device writes through the pin.",
            "dma_read", "dma_read pinN SECTORS -> rN — the device reads through the pin.",
            "unpin", "unpin pinN — unpin_user_page: release the pin.",
            "ksm_merge", "ksm_merge ADDR ADDR — ksmd tries to merge two pages with equal content: "
                    + "write_protect_page (checks mapcount + 1 == count under the PT lock, write-protects the "
                    + "pte) then replace_page maps the shared KSM page.",
            "signal", "signal E — fire the one-shot event E (as a pipe handshake would).",
            "wait", "wait E — block until event E has been signalled.");

    /** Words that appear after a statement or an operation. */
    public static final Set<String> VALUES = Set.of("anon", "private", "shared", "rw", "ro", "fast", "slow",
            "get", "longterm", "as", "dontfork", "dofork", "mergeable", "hugepage", "nohugepage", "pmd", "pte",
            "single-pte", "partial-shared", "partial-mremap", "and", "or", "not", "with", "holds",
            "violated", "deadlock", "error");

    /** Options written {@code name=value}. */
    public static final List<String> OPTIONS = List.of("data=", "fill=", "pages=", "gup=", "pin=", "file=",
            "pipe=", "thp=");

    /** The outcomes an {@code expect} line may name. */
    public static final List<String> OUTCOMES = List.of("holds", "violated", "deadlock", "error");

    /** Top-level words that end a thread block. */
    public static final Set<String> BLOCK_ENDERS = Set.of("thread", "kthread", "require", "forbid", "observe",
            "expect", "strategy");

    private RaceSyntax() {
    }

    public static boolean isKeyword(String word) {
        return KEYWORDS.containsKey(word);
    }

    public static boolean isOperation(String word) {
        return OPERATIONS.containsKey(word);
    }

    public static Optional<String> doc(String word) {
        String d = KEYWORDS.get(word);
        return Optional.ofNullable(d != null ? d : OPERATIONS.get(word));
    }

    /** Identifier characters of the format, plus the ones strategy ids and addresses use. */
    public static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    /** The start and end offsets of the word around {@code offset} (a hover's or a definition's target). */
    public static int[] wordAt(CharSequence text, int offset) {
        int start = Math.max(0, Math.min(offset, text.length()));
        while (start > 0 && isWordPart(text.charAt(start - 1))) {
            start--;
        }
        int end = Math.max(start, Math.min(offset, text.length()));
        while (end < text.length() && isWordPart(text.charAt(end))) {
            end++;
        }
        return new int[] { start, end };
    }

    private static Map<String, String> docs(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
