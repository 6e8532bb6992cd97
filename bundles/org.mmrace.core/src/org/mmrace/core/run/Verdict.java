package org.mmrace.core.run;

/** The outcome of one exploration. */
public enum Verdict {
    /** every require/forbid satisfied, no built-in oracle failed, the whole state space explored */
    HOLDS,
    /** a require/forbid or an oracle failed (definitive even when the exploration was cut short) */
    VIOLATED,
    /** the only failure found is a deadlock: no step enabled while some thread has not finished */
    DEADLOCK,
    /** a state or time limit, or cancellation, ended the run before anything was found */
    INCOMPLETE,
    /** the scenario is invalid for the engine or too large; see {@link RunResult#error()} */
    ERROR
}
