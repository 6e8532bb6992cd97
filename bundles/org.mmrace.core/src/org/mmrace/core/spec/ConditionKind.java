package org.mmrace.core.spec;

/** require (must be Always), forbid (must be Never), observe (reported, never judged). */
public enum ConditionKind {
    REQUIRE, FORBID, OBSERVE;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
