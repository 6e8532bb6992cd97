package org.mmrace.core.run;

/** herd7's words for a condition over all final states; UNREACHED when no final state was found. */
public enum Observation {
    ALWAYS, SOMETIMES, NEVER, UNREACHED;

    /** The word as herd7 prints it in its Observation lines: Always, Sometimes, Never (Unreached). */
    public String herdWord() {
        String name = name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
