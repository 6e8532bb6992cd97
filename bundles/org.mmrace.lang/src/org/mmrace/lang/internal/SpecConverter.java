package org.mmrace.lang.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mmrace.core.spec.Address;
import org.mmrace.core.spec.Advice;
import org.mmrace.core.spec.ConditionKind;
import org.mmrace.core.spec.ConditionSpec;
import org.mmrace.core.spec.ExpectSpec;
import org.mmrace.core.spec.ExpectedOutcome;
import org.mmrace.core.spec.Expr;
import org.mmrace.core.spec.GupMode;
import org.mmrace.core.spec.KnobSetting;
import org.mmrace.core.spec.MappingSpec;
import org.mmrace.core.spec.OpSpec;
import org.mmrace.core.spec.ProcessSpec;
import org.mmrace.core.spec.Prot;
import org.mmrace.core.spec.RefKind;
import org.mmrace.core.spec.ScenarioSpec;
import org.mmrace.core.spec.Sharing;
import org.mmrace.core.spec.SourcePos;
import org.mmrace.core.spec.StrategyDef;
import org.mmrace.core.spec.ThreadSpec;
import org.mmrace.model.scenario.Comparison;
import org.mmrace.model.scenario.ComparisonOperator;
import org.mmrace.model.scenario.Condition;
import org.mmrace.model.scenario.DirectIo;
import org.mmrace.model.scenario.Element;
import org.mmrace.model.scenario.Expectation;
import org.mmrace.model.scenario.Expression;
import org.mmrace.model.scenario.FileTarget;
import org.mmrace.model.scenario.Mapping;
import org.mmrace.model.scenario.MemoryTarget;
import org.mmrace.model.scenario.Operation;
import org.mmrace.model.scenario.RegisterTarget;
import org.mmrace.model.scenario.Scenario;
import org.mmrace.model.scenario.ScenarioProcess;
import org.mmrace.model.scenario.ScenarioProperty;
import org.mmrace.model.scenario.ScenarioThread;
import org.mmrace.model.scenario.StrategyDefinition;

/**
 * The EMF scenario (what the parser, the validator and the editors share) as the engine's
 * immutable input. Called only on scenarios the validator passed, so every reference resolves;
 * what the engine's records still reject arrives as an {@link IllegalArgumentException} that
 * {@link org.mmrace.lang.ScenarioLoader} reports at the element's position.
 */
public final class SpecConverter {

    private SpecConverter() {
    }

    public static ScenarioSpec toSpec(Scenario s) {
        Optional<String> title = property(s, "TITLE");
        Optional<String> source = property(s, "SOURCE");
        Optional<String> about = property(s, "ABOUT");
        List<ProcessSpec> processes = new ArrayList<>();
        for (ScenarioProcess p : s.getProcesses()) {
            processes.add(new ProcessSpec(p.getName(), pos(p)));
        }
        List<MappingSpec> mappings = new ArrayList<>();
        for (Mapping m : s.getMappings()) {
            mappings.add(new MappingSpec(m.getProcess(), m.getRegion(), m.getKind().getLiteral().toLowerCase(),
                    m.getSharing() == org.mmrace.model.scenario.Sharing.SHARED ? Sharing.SHARED : Sharing.PRIVATE,
                    prot(m.getProtection()), m.getPages(), m.getFill() == null || m.getFill().isEmpty() ? "." : m.getFill(),
                    org.mmrace.core.spec.ThpMode.valueOf(m.getThp().name()), pos(m)));
        }
        List<ThreadSpec> threads = new ArrayList<>();
        for (ScenarioThread t : s.getThreads()) {
            List<OpSpec> ops = new ArrayList<>();
            for (Operation op : t.getOperations()) {
                ops.add(op(op));
            }
            Optional<String> process = t.isKernel() || t.getProcess() == null ? Optional.empty() : Optional.of(t.getProcess());
            threads.add(new ThreadSpec(process, t.getName(), ops, pos(t)));
        }
        List<ConditionSpec> conditions = new ArrayList<>();
        for (Condition c : s.getConditions()) {
            conditions.add(new ConditionSpec(ConditionKind.valueOf(c.getKind().name()), expr(c.getExpression()),
                    Optional.ofNullable(c.getLabel()), pos(c)));
        }
        List<ExpectSpec> expectations = new ArrayList<>();
        for (Expectation e : s.getExpectations()) {
            expectations.add(new ExpectSpec(e.getStrategy(), ExpectedOutcome.valueOf(e.getOutcome().name()), pos(e)));
        }
        List<StrategyDef> strategies = new ArrayList<>();
        for (StrategyDefinition d : s.getStrategies()) {
            List<KnobSetting> settings = new ArrayList<>();
            d.getKnobs().forEach(k -> settings.add(new KnobSetting(k.getName(), k.getValue(), pos(k))));
            strategies.add(new StrategyDef(d.getName(), d.getBase(), settings, pos(d)));
        }
        return new ScenarioSpec(s.getName(), title, source, about, processes, mappings, threads, conditions, expectations,
                strategies, pos(s));
    }

    private static Optional<String> property(Scenario s, String key) {
        for (ScenarioProperty p : s.getProperties()) {
            if (p.getKey().name().equals(key)) {
                return Optional.ofNullable(p.getValue());
            }
        }
        return Optional.empty();
    }

    static SourcePos pos(Element e) {
        return e.getLine() > 0 ? new SourcePos(e.getLine(), e.getColumn()) : SourcePos.NONE;
    }

    private static Prot prot(org.mmrace.model.scenario.Protection p) {
        return p == org.mmrace.model.scenario.Protection.RO ? Prot.RO : Prot.RW;
    }

    private static Address address(org.mmrace.model.scenario.Address a) {
        return new Address(Optional.ofNullable(a.getProcess()).filter(p -> !p.isEmpty()), a.getRegion(), a.getPage(),
                a.getFirstSector(), a.getLastSector(), pos(a));
    }

    private static char symbol(String s) {
        if (s == null || s.length() != 1) {
            throw new IllegalArgumentException("a data symbol is one character, not '" + s + "'");
        }
        return s.charAt(0);
    }

    private static Optional<GupMode> gup(DirectIo io) {
        return switch (io.getGup()) {
            case FAST -> Optional.of(GupMode.FAST);
            case SLOW -> Optional.of(GupMode.SLOW);
            case DEFAULT -> Optional.empty();
        };
    }

    private static Optional<RefKind> ref(DirectIo io) {
        return switch (io.getReference()) {
            case GET -> Optional.of(RefKind.GET);
            case PIN -> Optional.of(RefKind.PIN);
            case DEFAULT -> Optional.empty();
        };
    }

    private static Optional<String> handle(DirectIo io) {
        return Optional.ofNullable(io.getHandle()).filter(h -> !h.isEmpty());
    }

    private static String region(org.mmrace.model.scenario.RegionRef r) {
        return r.getProcess() == null || r.getProcess().isEmpty() ? r.getRegion() : r.getProcess() + "." + r.getRegion();
    }

    private static OpSpec op(Operation op) {
        SourcePos pos = pos(op);
        if (op instanceof org.mmrace.model.scenario.Store o) {
            return new OpSpec.Store(address(o.getAddress()), symbol(o.getData()), pos);
        } else if (op instanceof org.mmrace.model.scenario.Load o) {
            return new OpSpec.Load(address(o.getAddress()), o.getRegister(), pos);
        } else if (op instanceof org.mmrace.model.scenario.Fork o) {
            return new OpSpec.Fork(o.getChild(), pos);
        } else if (op instanceof org.mmrace.model.scenario.Exit) {
            return new OpSpec.Exit(pos);
        } else if (op instanceof org.mmrace.model.scenario.Munmap o) {
            return new OpSpec.Munmap(region(o.getRegion()), o.getRegion().getFirstPage(), o.getRegion().getLastPage(), pos);
        } else if (op instanceof org.mmrace.model.scenario.Mprotect o) {
            return new OpSpec.Mprotect(region(o.getRegion()), o.getRegion().getFirstPage(), o.getRegion().getLastPage(),
                    prot(o.getProtection()), pos);
        } else if (op instanceof org.mmrace.model.scenario.Collapse o) {
            return new OpSpec.Collapse(region(o.getRegion()), pos);
        } else if (op instanceof org.mmrace.model.scenario.Madvise o) {
            return new OpSpec.Madvise(region(o.getRegion()), Advice.valueOf(o.getAdvice().name()), pos);
        } else if (op instanceof org.mmrace.model.scenario.DioRead o) {
            return new OpSpec.DioRead(address(o.getAddress()), symbol(o.getData()), gup(o), ref(o), o.isAsynchronous(),
                    handle(o), pos);
        } else if (op instanceof org.mmrace.model.scenario.DioWrite o) {
            return new OpSpec.DioWrite(address(o.getAddress()), o.getFile(), gup(o), ref(o), o.isAsynchronous(), handle(o), pos);
        } else if (op instanceof org.mmrace.model.scenario.AioWait o) {
            return new OpSpec.AioWait(o.getHandle(), pos);
        } else if (op instanceof org.mmrace.model.scenario.Vmsplice o) {
            return new OpSpec.Vmsplice(address(o.getAddress()), o.getPipe(), pos);
        } else if (op instanceof org.mmrace.model.scenario.PipeRead o) {
            return new OpSpec.PipeRead(o.getPipe(), o.getRegister(), pos);
        } else if (op instanceof org.mmrace.model.scenario.Pin o) {
            return new OpSpec.Pin(address(o.getAddress()), prot(o.getProtection()), o.isFast(), o.isLongterm(), o.getName(), pos);
        } else if (op instanceof org.mmrace.model.scenario.DmaWrite o) {
            return new OpSpec.DmaWrite(o.getPin(), o.getSectors().getFirst(), o.getSectors().getLast(), symbol(o.getData()), pos);
        } else if (op instanceof org.mmrace.model.scenario.DmaRead o) {
            return new OpSpec.DmaRead(o.getPin(), o.getSectors().getFirst(), o.getSectors().getLast(), o.getRegister(), pos);
        } else if (op instanceof org.mmrace.model.scenario.Unpin o) {
            return new OpSpec.Unpin(o.getPin(), pos);
        } else if (op instanceof org.mmrace.model.scenario.KsmMerge o) {
            return new OpSpec.KsmMerge(address(o.getFirst()), address(o.getSecond()), pos);
        } else if (op instanceof org.mmrace.model.scenario.Signal o) {
            return new OpSpec.Signal(o.getEvent(), pos);
        } else if (op instanceof org.mmrace.model.scenario.Wait o) {
            return new OpSpec.Wait(o.getEvent(), pos);
        }
        throw new IllegalArgumentException("operation " + op.eClass().getName() + " is not known to the engine");
    }

    private static Expr expr(Expression e) {
        SourcePos pos = pos(e);
        if (e instanceof org.mmrace.model.scenario.And a) {
            return fold(a.getOperands(), true, pos);
        } else if (e instanceof org.mmrace.model.scenario.Or o) {
            return fold(o.getOperands(), false, pos);
        } else if (e instanceof org.mmrace.model.scenario.Not n) {
            return new Expr.Not(expr(n.getOperand()), pos);
        } else if (e instanceof Comparison c) {
            boolean equal = c.getOperator() == ComparisonOperator.EQUAL;
            char symbol = symbol(c.getSymbol());
            if (c.getTarget() instanceof MemoryTarget m) {
                return new Expr.Memory(address(m.getAddress()), equal, symbol, pos);
            } else if (c.getTarget() instanceof RegisterTarget r) {
                String thread = r.getProcess() == null || r.getProcess().isEmpty() ? r.getThread() : r.getProcess() + "." + r.getThread();
                return new Expr.Register(thread, r.getRegister(), equal, symbol, pos);
            } else if (c.getTarget() instanceof FileTarget f) {
                return new Expr.File(f.getFile(), f.getPage(), f.getFirstSector(), f.getLastSector(), equal, symbol, pos);
            }
        }
        throw new IllegalArgumentException("expression " + e.eClass().getName() + " is not known to the engine");
    }

    /** The model keeps n-ary and/or; the engine's are binary, folded to the left. */
    private static Expr fold(List<Expression> operands, boolean and, SourcePos pos) {
        Expr acc = expr(operands.get(0));
        for (int i = 1; i < operands.size(); i++) {
            acc = and ? new Expr.And(acc, expr(operands.get(i)), pos) : new Expr.Or(acc, expr(operands.get(i)), pos);
        }
        return acc;
    }
}
