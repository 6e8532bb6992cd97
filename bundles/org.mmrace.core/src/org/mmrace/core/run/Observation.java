package org.mmrace.core.run;

/** herd7's words for a condition over all final states; UNREACHED when no final state was found. */
public enum Observation { ALWAYS, SOMETIMES, NEVER, UNREACHED }
