package org.mmrace.export.mm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mmrace.core.trace.StateSnapshot;
import org.mmrace.core.trace.StateSnapshot.Io;
import org.mmrace.core.trace.StateSnapshot.Mm;
import org.mmrace.core.trace.StateSnapshot.Pin;
import org.mmrace.core.trace.StateSnapshot.Pte;
import org.mmrace.core.trace.StateSnapshot.Vma;

/**
 * The moment of the fork/GUP bugs: a reference (a pin, or an O_DIRECT request whose DMA is in
 * flight) holds page {@code referenced} while its owner process no longer maps that page. When the
 * owner's pte at the same address now maps another page ({@code ownerPte} -> {@code ownerPfn}, and
 * another process still maps the referenced page there), the reference and the owner's pte have
 * "parted": the COW gave the copy to the wrong side (Andrea Arcangeli, linux-mm 2008-09-25,
 * "RFC: race between o_direct and fork").
 *
 * @param reference the pin's or request's name ({@code io0}, {@code pin0})
 * @param what      kernel words for the reference: {@code O_DIRECT read DMA}, {@code FOLL_PIN}
 * @param owner     the thread or process that took it ({@code P.dio})
 * @param ownerPte  where the owner's pte parted from the reference ({@code P.buf[0]}), if found
 */
public record Parting(String reference, String what, String owner, int referenced, Optional<String> ownerPte,
        int ownerPfn) {

    /** One line for a banner: what points where. */
    public String describe() {
        String ref = what + " " + reference + " (" + owner + ") -> page#" + referenced;
        return ownerPte.map(pte -> ref + ", but " + pte + " pte -> "
                + (ownerPfn > 0 ? "page#" + ownerPfn : "none") + ": they parted")
                .orElse(ref + ", but " + process(owner) + " no longer maps page#" + referenced);
    }

    /** Every reference of {@code state} whose owner no longer maps its page. */
    public static List<Parting> in(StateSnapshot state) {
        List<Parting> out = new ArrayList<>();
        for (Io io : state.ios()) {
            if (inFlight(io) && !maps(state, io.owner(), io.pfn())) {
                out.add(parting(state, io.name(), io.kind() + " DMA", io.owner(), io.pfn()));
            }
        }
        for (Pin pin : state.pins()) {
            if (pin.pfn() > 0 && !maps(state, pin.owner(), pin.pfn())) {
                out.add(parting(state, pin.name(), pin.ref().toUpperCase(java.util.Locale.ROOT).replace('-', '_'),
                        pin.owner(), pin.pfn()));
            }
        }
        return List.copyOf(out);
    }

    /** A request still referencing its page: submitted and not yet completed. */
    static boolean inFlight(Io io) {
        return io.pfn() > 0 && !io.state().equals("completed") && !io.state().equals("not-submitted");
    }

    private static Parting parting(StateSnapshot state, String name, String what, String owner, int pfn) {
        String process = process(owner);
        Optional<Mm> mm = state.mm(process);
        if (mm.isPresent()) {
            for (Vma vma : mm.get().vmas()) {
                if (!vma.present()) {
                    continue;
                }
                for (Pte pte : vma.ptes()) {
                    // The owner's pte is the one at an address where another process still maps the
                    // referenced page: fork shared it there, and the COW moved one side away.
                    if (pte.pfn() != pfn && othersMapAt(state, process, vma.region(), pte.index(), pfn)) {
                        return new Parting(name, what, owner, pfn,
                                Optional.of(process + "." + vma.region() + "[" + pte.index() + "]"),
                                pte.present() ? pte.pfn() : 0);
                    }
                }
            }
        }
        return new Parting(name, what, owner, pfn, Optional.empty(), 0);
    }

    private static boolean othersMapAt(StateSnapshot state, String process, String region, int index, int pfn) {
        return state.mms().stream().filter(m -> !m.process().equals(process))
                .flatMap(m -> m.vmas().stream()).filter(v -> v.present() && v.region().equals(region))
                .flatMap(v -> v.ptes().stream())
                .anyMatch(p -> p.index() == index && p.present() && p.pfn() == pfn);
    }

    /** Whether {@code owner}'s process (a thread name like P.dio resolves to P) maps {@code pfn}. */
    static boolean maps(StateSnapshot state, String owner, int pfn) {
        return state.mm(process(owner)).map(mm -> mm.vmas().stream().filter(Vma::present)
                .flatMap(v -> v.ptes().stream()).anyMatch(p -> p.present() && p.pfn() == pfn)).orElse(true);
    }

    static String process(String owner) {
        return owner.contains(".") ? owner.substring(0, owner.indexOf('.')) : owner;
    }
}
