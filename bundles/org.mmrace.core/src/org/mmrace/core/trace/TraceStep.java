package org.mmrace.core.trace;

import java.util.List;

import org.mmrace.core.spec.SourcePos;

/**
 * One kernel step: who ran it ({@code thread} is a thread's qualified name, or {@code device} for a
 * DMA or a bio completion), the scenario operation it belongs to, the kernel step in kernel words
 * ({@code copy_one_pte: wrprotect parent pte}), the locks held after it, the changes it made
 * ({@code page#1 count 2->3}) and the whole state after it.
 */
public record TraceStep(int index, String thread, boolean device, String operation, SourcePos operationPos,
        String kernelStep, List<String> locksHeld, List<String> changes, StateSnapshot after) {
    public TraceStep {
        locksHeld = List.copyOf(locksHeld);
        changes = List.copyOf(changes);
    }
}
