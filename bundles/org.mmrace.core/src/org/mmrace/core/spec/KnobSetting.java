package org.mmrace.core.spec;

/** One `knob=value` of a `strategy NAME = BASE with ...` line. */
public record KnobSetting(String knob, String value, SourcePos pos) {
}
