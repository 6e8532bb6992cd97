package org.mmrace.core.spec;

import java.util.List;
import java.util.Optional;

/**
 * `thread P.dio` (process present) or `kthread ksmd` (no process). {@link #qualifiedName()} is
 * how conditions name it ({@code P.dio}, {@code ksmd}).
 */
public record ThreadSpec(Optional<String> process, String name, List<OpSpec> ops, SourcePos pos) {
    public ThreadSpec {
        ops = List.copyOf(ops);
    }

    public boolean kernelThread() {
        return process.isEmpty();
    }

    public String qualifiedName() {
        return process.map(p -> p + "." + name).orElse(name);
    }
}
