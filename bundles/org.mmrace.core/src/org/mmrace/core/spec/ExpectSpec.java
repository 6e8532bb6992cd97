package org.mmrace.core.spec;

/** `expect STRATEGY holds|violated|deadlock|error`. */
public record ExpectSpec(String strategy, ExpectedOutcome outcome, SourcePos pos) {
}
