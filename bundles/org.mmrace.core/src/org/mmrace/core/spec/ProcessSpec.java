package org.mmrace.core.spec;

/** `process P`. */
public record ProcessSpec(String name, SourcePos pos) {
}
