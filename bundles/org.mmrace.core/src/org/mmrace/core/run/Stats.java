package org.mmrace.core.run;

/**
 * {@code states}: states generated (including duplicates), {@code distinct}: stored states,
 * {@code transitions}: steps taken from distinct states, {@code finalStates}: distinct final states,
 * {@code stateBytes}: bytes of one packed state; {@code reduction}: how the partial-order reduction
 * ran; {@code omissionProbability}: with hash compaction, the bound on the probability that some
 * state was wrongly taken for one already seen (the verdict is then probabilistic), else 0.
 */
public record Stats(long states, long distinct, long transitions, long millis, int maxDepth, long finalStates,
        int stateBytes, Reduction reduction, boolean compact, double omissionProbability) {

    /**
     * What the reduction did: {@code on} whether the reported run used it, {@code pruned} the steps it
     * did not take, {@code passes} the runs it needed (a run that learned new step footprints is
     * repeated), {@code note} why it was off although asked for ("" when it was not asked for or ran).
     */
    /**
     * In {@link Reduction#note()} when the symmetry reduction ran: distinct and final states (and the
     * per-condition counts) are counted up to the renaming of page frames and the exchange of
     * interchangeable threads.
     */
    public static final String SYMMETRY_NOTE = String.valueOf("symmetry: states counted up to the renaming of page"
            + " frames and the exchange of interchangeable threads"); // not a constant: never inlined stale

    public record Reduction(boolean asked, boolean on, long pruned, int passes, String note) {
        public static final Reduction NONE = new Reduction(false, false, 0, 1, "");

        /** Made by the engine: why the partial-order reduction was off (may be empty), then the symmetry note. */
        public static String note(String off, boolean symmetric) {
            return !symmetric ? off : (off.isEmpty() ? "" : off + "; ") + SYMMETRY_NOTE;
        }

        /** Whether states were stored up to symmetry (the note ends in {@link #SYMMETRY_NOTE}). */
        public boolean symmetric() {
            return note.endsWith(SYMMETRY_NOTE);
        }

        /** Why the partial-order reduction was off, without the symmetry note ("" when it was on). */
        public String offReason() {
            return symmetric() ? note.substring(0, note.length() - SYMMETRY_NOTE.length()).replaceFirst("; $", "")
                    : note;
        }
    }

    public Stats(long states, long distinct, long transitions, long millis, int maxDepth, long finalStates,
            int stateBytes) {
        this(states, distinct, transitions, millis, maxDepth, finalStates, stateBytes, Reduction.NONE, false, 0);
    }

    /** Whether the verdict rests on hash compaction (a state may have been omitted, with the probability given). */
    public boolean probabilistic() {
        return compact;
    }
}
