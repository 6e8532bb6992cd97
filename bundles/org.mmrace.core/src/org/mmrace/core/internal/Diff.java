package org.mmrace.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.mmrace.core.trace.StateSnapshot;

/** The changes a step made, in words ({@code page#1 count 2->3}, {@code P.buf[0] pte rw page#1 -> ro page#1}). */
final class Diff {
    private Diff() {
    }

    static List<String> changes(StateSnapshot a, StateSnapshot b) {
        List<String> l = new ArrayList<>();
        Map<Integer, StateSnapshot.Page> pa = new HashMap<>();
        for (StateSnapshot.Page p : a.pages()) {
            pa.put(p.pfn(), p);
        }
        for (StateSnapshot.Page q : b.pages()) {
            StateSnapshot.Page p = pa.remove(q.pfn());
            String n = "page#" + q.pfn();
            if (p == null) {
                l.add(n + " allocated, count " + q.count() + " mapcount " + q.mapcount() + " content " + q.content());
                continue;
            }
            num(l, n + " count", p.count(), q.count());
            num(l, n + " mapcount", p.mapcount(), q.mapcount());
            flag(l, n + " PG_locked", p.locked(), q.locked());
            flag(l, n + " KSM", p.ksm(), q.ksm());
            flag(l, n + " PageAnonExclusive", p.anonExclusive(), q.anonExclusive());
            flag(l, n + " PG_dontcow", p.dontCow(), q.dontCow());
            flag(l, n + " PG_gup", p.gup(), q.gup());
            if (!p.content().equals(q.content())) {
                l.add(n + " content " + p.content() + "->" + q.content());
            }
            if (!p.free() && q.free()) {
                l.add(n + " freed");
            }
        }
        for (StateSnapshot.Page p : pa.values()) {
            l.add("page#" + p.pfn() + " freed");
        }
        for (int i = 0; i < b.mms().size(); i++) {
            StateSnapshot.Mm x = a.mms().get(i);
            StateSnapshot.Mm y = b.mms().get(i);
            if (!x.state().equals(y.state())) {
                l.add(y.process() + " " + x.state() + "->" + y.state());
            }
            flag(l, y.process() + " has_pinned", x.hasPinned(), y.hasPinned());
            num(l, y.process() + " write_protect_seq", x.writeProtectSeq(), y.writeProtectSeq());
            for (int v = 0; v < y.vmas().size(); v++) {
                StateSnapshot.Vma va = x.vmas().get(v);
                StateSnapshot.Vma vb = y.vmas().get(v);
                String vn = y.process() + "." + vb.region();
                flag(l, vn + " vma", va.present(), vb.present());
                flag(l, vn + " VM_WRITE", va.write(), vb.write());
                flag(l, vn + " VM_DONTCOPY", va.dontCopy(), vb.dontCopy());
                flag(l, vn + " VM_MERGEABLE", va.mergeable(), vb.mergeable());
                for (int i2 = 0; i2 < vb.ptes().size(); i2++) {
                    StateSnapshot.Pte pa2 = va.ptes().get(i2);
                    StateSnapshot.Pte pb2 = vb.ptes().get(i2);
                    if (!pa2.equals(pb2)) {
                        l.add(vn + "[" + pb2.index() + "] pte " + pte(pa2) + " -> " + pte(pb2));
                    }
                    if (!va.logical().get(i2).equals(vb.logical().get(i2))) {
                        l.add(vn + "[" + pb2.index() + "] logical " + va.logical().get(i2) + "->" + vb.logical().get(i2));
                    }
                }
            }
        }
        for (int i = 0; i < b.ios().size(); i++) {
            StateSnapshot.Io x = a.ios().get(i);
            StateSnapshot.Io y = b.ios().get(i);
            if (!x.equals(y)) {
                l.add(y.name() + " " + x.state() + "->" + y.state() + (y.pfn() != 0 ? " page#" + y.pfn() : "")
                        + (x.pageLocked() != y.pageLocked() ? (y.pageLocked() ? " locked" : " unlocked") : ""));
            }
        }
        for (int i = 0; i < b.pins().size(); i++) {
            if (a.pins().get(i).pfn() != b.pins().get(i).pfn()) {
                StateSnapshot.Pin y = b.pins().get(i);
                l.add("pin " + y.name() + (y.pfn() == 0 ? " released" : " -> page#" + y.pfn()));
            }
        }
        for (int i = 0; i < b.pipes().size(); i++) {
            if (!a.pipes().get(i).equals(b.pipes().get(i))) {
                l.add("pipe " + b.pipes().get(i).name() + " holds " + b.pipes().get(i).pfns());
            }
        }
        for (int i = 0; i < b.threads().size(); i++) {
            StateSnapshot.Thread x = a.threads().get(i);
            StateSnapshot.Thread y = b.threads().get(i);
            if (!Objects.equals(x.registers(), y.registers())) {
                l.add(y.name() + " " + y.registers());
            }
            if (!x.done() && y.done()) {
                l.add(y.name() + " done");
            }
        }
        for (int i = 0; i < b.files().size(); i++) {
            if (!a.files().get(i).equals(b.files().get(i))) {
                l.add("file " + b.files().get(i).name() + " " + a.files().get(i).pages() + "->" + b.files().get(i).pages());
            }
        }
        for (String e : b.signalledEvents()) {
            if (!a.signalledEvents().contains(e)) {
                l.add("event " + e + " signalled");
            }
        }
        return l;
    }

    private static String pte(StateSnapshot.Pte p) {
        return p.present() ? (p.write() ? "rw" : "ro") + " page#" + p.pfn() : "none";
    }

    private static void num(List<String> l, String what, int x, int y) {
        if (x != y) {
            l.add(what + " " + x + "->" + y);
        }
    }

    private static void flag(List<String> l, String what, boolean x, boolean y) {
        if (x != y) {
            l.add(what + (y ? " set" : " cleared"));
        }
    }
}
