package org.mmrace.core.run;

/** The built-in checks of docs/semantics.md section 4, plus the scenario's own conditions. */
public enum Oracle { ISOLATION, REFCOUNT, KSM, DEADLOCK, CONDITION }
