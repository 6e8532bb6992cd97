package org.mmrace.core.spec;

import java.util.Optional;

/** `require|forbid|observe EXPR ["label"]`. */
public record ConditionSpec(ConditionKind kind, Expr expr, Optional<String> label, SourcePos pos) {
    /** The label if given, else the expression's text. */
    public String displayName() {
        return label.orElse(expr.text());
    }
}
