package org.mmrace.core.trace;

import java.util.List;
import java.util.Optional;

/**
 * A decoded, immutable machine state, built only for traces. Page frames are named {@code page#N}
 * (N >= 1); a pte's {@code pfn} is 0 when not present.
 */
public record StateSnapshot(List<Mm> mms, List<Page> pages, List<Thread> threads, List<Io> ios, List<Pin> pins,
        List<Pipe> pipes, List<Lock> locks, List<File> files, List<String> signalledEvents) {

    public StateSnapshot {
        mms = List.copyOf(mms);
        pages = List.copyOf(pages);
        threads = List.copyOf(threads);
        ios = List.copyOf(ios);
        pins = List.copyOf(pins);
        pipes = List.copyOf(pipes);
        locks = List.copyOf(locks);
        files = List.copyOf(files);
        signalledEvents = List.copyOf(signalledEvents);
    }

    /** An mm: {@code state} is one of not-created, alive, exiting, gone. */
    public record Mm(String process, String state, boolean hasPinned, int writeProtectSeq, List<Vma> vmas) {
        public Mm {
            vmas = List.copyOf(vmas);
        }
    }

    /**
     * A VMA with its flags, its ptes (one per page) and the process's logical memory for each page
     * (8 symbols, what sequential semantics says the process holds).
     */
    public record Vma(String region, boolean present, boolean shared, boolean write, boolean mayWrite,
            boolean dontCopy, boolean mergeable, List<Pte> ptes, List<String> logical) {
        public Vma {
            ptes = List.copyOf(ptes);
            logical = List.copyOf(logical);
        }
    }

    public record Pte(int index, boolean present, boolean write, int pfn) {
    }

    /**
     * A page frame. {@code count} is page_count (FOLL_PIN references count 1024 each; {@code pins}
     * says how many of those); {@code content} is 8 sector symbols.
     */
    public record Page(int pfn, boolean free, int count, int mapcount, int pins, boolean anon, boolean locked,
            boolean ksm, boolean anonExclusive, boolean dontCow, boolean gup, String content) {
    }

    /** A thread: where it is ({@code operation} index, -1 when done) and the kernel step it will run next. */
    public record Thread(String name, int operation, String operationText, String phase, boolean done,
            List<String> registers) {
        public Thread {
            registers = List.copyOf(registers);
        }
    }

    /** An O_DIRECT/AIO request: {@code state} is one of not-submitted, in-flight, dma-done, completed. */
    public record Io(String name, String owner, String kind, String state, int pfn, String ref, boolean pageLocked) {
    }

    public record Pin(String name, String owner, int pfn, String ref) {
    }

    /** A pipe and the pages its buffers hold, oldest first. */
    public record Pipe(String name, List<Integer> pfns) {
        public Pipe {
            pfns = List.copyOf(pfns);
        }
    }

    /** A lock held: {@code lock} like {@code mmap_sem(P)}, {@code mode} read/write/held, {@code holder} a thread. */
    public record Lock(String lock, String mode, String holder) {
    }

    public record File(String name, List<String> pages) {
        public File {
            pages = List.copyOf(pages);
        }
    }

    public Optional<Mm> mm(String process) {
        return mms.stream().filter(m -> m.process().equals(process)).findFirst();
    }

    public Optional<Page> page(int pfn) {
        return pages.stream().filter(p -> p.pfn() == pfn).findFirst();
    }
}
