package org.mmrace.core.spec;

import java.util.Optional;

/** One operation of a thread, as format v1 lists them. {@link #text()} renders it in the format's words. */
public sealed interface OpSpec {
    SourcePos pos();

    String text();

    record Store(Address addr, char data, SourcePos pos) implements OpSpec {
        public String text() { return "store " + addr + " data=" + data; }
    }

    record Load(Address addr, String register, SourcePos pos) implements OpSpec {
        public String text() { return "load " + addr + " -> " + register; }
    }

    record Fork(String child, SourcePos pos) implements OpSpec {
        public String text() { return "fork " + child; }
    }

    record Exit(SourcePos pos) implements OpSpec {
        public String text() { return "exit"; }
    }

    /** `munmap REGION` ({@code firstPage} -1) or `munmap REGION[N-M]` (pages N to M of the region). */
    record Munmap(String region, int firstPage, int lastPage, SourcePos pos) implements OpSpec {
        public Munmap(String region, SourcePos pos) { this(region, -1, -1, pos); }

        public String text() { return "munmap " + region + pages(firstPage, lastPage); }
    }

    /** `mprotect REGION ro|rw` or `mprotect REGION[N-M] ro|rw`. */
    record Mprotect(String region, int firstPage, int lastPage, Prot prot, SourcePos pos) implements OpSpec {
        public Mprotect(String region, Prot prot, SourcePos pos) { this(region, -1, -1, prot, pos); }

        public String text() { return "mprotect " + region + pages(firstPage, lastPage) + " " + prot.name().toLowerCase(); }
    }

    /**
     * `collapse REGION` (a user thread: MADV_COLLAPSE, 6.1+) or `collapse P.REGION` (in `kthread khugepaged`):
     * collapse the region into one THP (mm/khugepaged.c). {@code region} may carry the `P.` prefix.
     */
    record Collapse(String region, SourcePos pos) implements OpSpec {
        public String text() { return "collapse " + region; }
    }

        /** `[N]` or `[N-M]` for a page range, "" for the whole region (first -1). */
    static String pages(int first, int last) {
        return first < 0 ? "" : first == last ? "[" + first + "]" : "[" + first + "-" + last + "]";
    }

    record Madvise(String region, Advice advice, SourcePos pos) implements OpSpec {
        public String text() { return "madvise " + region + " " + advice.word(); }
    }

    /** `dio_read` (async false) or `aio_read ... as ioN` (async true). */
    record DioRead(Address addr, char data, Optional<GupMode> gup, Optional<RefKind> ref, boolean async,
            Optional<String> ioName, SourcePos pos) implements OpSpec {
        public String text() {
            return (async ? "aio_read " : "dio_read ") + addr + " data=" + data + IoWords.of(gup, ref, ioName);
        }
    }

    /** `dio_write` (async false) or `aio_write ... as ioN` (async true). */
    record DioWrite(Address addr, String file, Optional<GupMode> gup, Optional<RefKind> ref, boolean async,
            Optional<String> ioName, SourcePos pos) implements OpSpec {
        public String text() {
            return (async ? "aio_write " : "dio_write ") + addr + " file=" + file + IoWords.of(gup, ref, ioName);
        }
    }

    record AioWait(String ioName, SourcePos pos) implements OpSpec {
        public String text() { return "aio_wait " + ioName; }
    }

    record Vmsplice(Address addr, String pipe, SourcePos pos) implements OpSpec {
        public String text() { return "vmsplice " + addr + " pipe=" + pipe; }
    }

    record PipeRead(String pipe, String register, SourcePos pos) implements OpSpec {
        public String text() { return "pipe_read " + pipe + " -> " + register; }
    }

    record Pin(Address addr, Prot prot, boolean fast, boolean longterm, String name, SourcePos pos) implements OpSpec {
        public String text() {
            return "pin " + addr + " " + prot.name().toLowerCase() + (fast ? " fast" : "") + (longterm ? " longterm" : "")
                    + " as " + name;
        }
    }

    record DmaWrite(String pin, int firstSector, int lastSector, char data, SourcePos pos) implements OpSpec {
        public String text() { return "dma_write " + pin + " " + IoWords.sectors(firstSector, lastSector) + " data=" + data; }
    }

    record DmaRead(String pin, int firstSector, int lastSector, String register, SourcePos pos) implements OpSpec {
        public String text() { return "dma_read " + pin + " " + IoWords.sectors(firstSector, lastSector) + " -> " + register; }
    }

    record Unpin(String pin, SourcePos pos) implements OpSpec {
        public String text() { return "unpin " + pin; }
    }

    record KsmMerge(Address first, Address second, SourcePos pos) implements OpSpec {
        public String text() { return "ksm_merge " + first + " " + second; }
    }

    record Signal(String event, SourcePos pos) implements OpSpec {
        public String text() { return "signal " + event; }
    }

    record Wait(String event, SourcePos pos) implements OpSpec {
        public String text() { return "wait " + event; }
    }

    /** Rendering helpers for the optional words of I/O operations. */
    final class IoWords {
        private IoWords() {
        }

        static String of(Optional<GupMode> gup, Optional<RefKind> ref, Optional<String> ioName) {
            return gup.map(g -> " gup=" + g.name().toLowerCase()).orElse("")
                    + ref.map(r -> " pin=" + r.name().toLowerCase()).orElse("")
                    + ioName.map(n -> " as " + n).orElse("");
        }

        static String sectors(int first, int last) {
            return first == last ? Integer.toString(first) : first + "-" + last;
        }
    }
}
