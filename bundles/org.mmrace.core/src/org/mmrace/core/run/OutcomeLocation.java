package org.mmrace.core.run;

/**
 * A place whose final value a run can observe, both in the model and in a reproducer on a real
 * kernel: one sector of a process's memory (what a load by that process reads at the end, '!' when
 * unmapped or the process is gone), a thread's register, or one sector of a file on disk.
 * {@link #name()} is the format's address words; the C reproducer prints the same names.
 */
public sealed interface OutcomeLocation {
    String name();

    /** {@code P.buf[0].7}. */
    record Memory(String process, String region, int page, int sector) implements OutcomeLocation {
        public String name() {
            return process + "." + region + "[" + page + "]." + sector;
        }
    }

    /** {@code P.main.r1}: the value is one symbol per sector read ({@code width} of them). */
    record Register(String thread, String register, int width) implements OutcomeLocation {
        public String name() {
            return thread + "." + register;
        }
    }

    /** {@code F[0].0}: a sector of page 0 of a file written by dio_write/aio_write. */
    record File(String file, int sector) implements OutcomeLocation {
        public String name() {
            return file + "[0]." + sector;
        }
    }
}
