package org.mmrace.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mmrace.core.graph.GraphResult;
import org.mmrace.core.graph.StateGraph;
import org.mmrace.core.graph.ViolationKey;
import org.mmrace.core.run.CancellationToken;
import org.mmrace.core.run.Oracle;
import org.mmrace.core.run.ViolationClass;
import org.mmrace.core.spec.ConditionKind;
import org.mmrace.core.spec.ConditionSpec;
import org.mmrace.core.spec.OpSpec;

/**
 * Explores a small run completely and keeps its graph: a plain sequential breadth-first search with
 * a tracing observer on every step (labels are cheap at a few thousand states). It visits states in
 * the order {@link Search} stores them (frontier order, actors ascending), so node ids are the
 * explorer's state indices and the shortest counterexample per key is the one a run reports. Like the
 * run, it keeps states up to the renaming of page frames and the exchange of interchangeable threads
 * ({@link Symmetry}), so the graph has the run's states and transitions; its edges name the threads of
 * the representatives, and a path replayed as a trace is mapped back to the real threads.
 */
public final class GraphBuilder {
    private final Model m;
    private final Machine k;
    private final Checks checks;

    public GraphBuilder(Model m) {
        this.m = m;
        this.k = new Machine(m);
        this.checks = new Checks(k);
    }


    private record Key(long[] s) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key x && Arrays.equals(s, x.s);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(s);
        }
    }

    public GraphResult build(String scenario, String strategy, int maxStates, CancellationToken token) {
        List<long[]> states = new ArrayList<>();
        List<Integer> parent = new ArrayList<>();
        List<Integer> actorOf = new ArrayList<>();
        List<Integer> depth = new ArrayList<>();
        Map<Key, Integer> index = new HashMap<>();
        List<StateGraph.Edge> edges = new ArrayList<>();
        List<Set<ViolationKey>> finalKeys = new ArrayList<>(); // found by the checks of the state itself
        List<Set<ViolationKey>> edgeKeysInto = new ArrayList<>(); // found by steps into it
        List<Integer> edgeActor = new ArrayList<>();
        List<Integer> parentEdges = new ArrayList<>(); // the edge that discovered each node
        List<boolean[]> flags = new ArrayList<>(); // final, deadlock
        long[] init = m.initialState();
        Symmetry sym = Symmetry.forModel(m, true);
        Symmetry.Scratch symX = sym == null ? null : sym.scratch(m.words);
        states.add(init);
        parent.add(-1);
        actorOf.add(-1);
        depth.add(0);
        index.put(new Key(init.clone()), 0);
        finalKeys.add(new LinkedHashSet<>());
        edgeKeysInto.add(new LinkedHashSet<>());
        parentEdges.add(-1);
        Step c = new Step(m);
        for (int i = 0; i < states.size(); i++) {
            if ((i & 63) == 0 && token.isCancelled()) {
                return new GraphResult.Cancelled(states.size());
            }
            long[] src = states.get(i);
            boolean any = false;
            for (int a = 0; a < m.actorCount; a++) {
                StepRecorder obs = new StepRecorder();
                c.obs = obs;
                k.summarise(src, c);
                System.arraycopy(src, 0, c.s, 0, src.length);
                String thread = actorName(src, a);
                String op = operation(src, a);
                if (!k.step(c, a)) {
                    continue;
                }
                any = true;
                long[] succ = c.s.clone();
                if (sym != null) {
                    sym.canonicalize(succ, symX); // the run's graph: states up to renaming frames, exchanging threads
                }
                Integer to = index.get(new Key(succ));
                if (to == null) {
                    if (states.size() >= maxStates) {
                        return new GraphResult.TooLarge(maxStates, depth.get(i), "more than " + maxStates
                                + " distinct states (reached at depth " + (depth.get(i) + 1)
                                + "): too many to draw; run the scenario to get its verdict and traces");
                    }
                    to = states.size();
                    states.add(succ);
                    parent.add(i);
                    actorOf.add(a);
                    depth.add(depth.get(i) + 1);
                    index.put(new Key(succ), to);
                    finalKeys.add(new LinkedHashSet<>());
                    edgeKeysInto.add(new LinkedHashSet<>());
                    parentEdges.add(edges.size());
                }
                edgeKeysInto.get(to).addAll(obs.keys);
                edgeActor.add(a);
                edges.add(new StateGraph.Edge(i, to, thread, a >= m.threadCount, op, obs.words.toString(), obs.keys));
            }
            boolean fin = false;
            boolean dead = false;
            if (!any) {
                StepRecorder obs = new StepRecorder();
                c.obs = obs;
                k.summarise(src, c);
                System.arraycopy(src, 0, c.s, 0, src.length);
                checks.refcounts(c, new int[m.maxPages + 1], new int[m.maxPages + 1]);
                if (k.isFinal(src)) {
                    fin = true;
                    checks.finalIsolation(c);
                    for (int ci = 0; ci < m.conds.length; ci++) {
                        boolean v = checks.condition(c, ci);
                        ConditionSpec cs = m.conditions.get(ci);
                        if ((cs.kind() == ConditionKind.REQUIRE && !v) || (cs.kind() == ConditionKind.FORBID && v)) {
                            obs.keys.add(new ViolationKey(Oracle.CONDITION, cs.kind() == ConditionKind.REQUIRE
                                    ? ViolationClass.REQUIRE_FAILED : ViolationClass.FORBID_FAILED,
                                    Optional.of(cs.displayName())));
                        }
                    }
                } else {
                    dead = true;
                    obs.keys.add(ViolationKey.of(Oracle.DEADLOCK, ViolationClass.DEADLOCK));
                }
                finalKeys.get(i).addAll(obs.keys);
            }
            while (flags.size() <= i) {
                flags.add(new boolean[2]);
            }
            flags.get(i)[0] = fin;
            flags.get(i)[1] = dead;
        }
        List<StateGraph.Node> nodes = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            nodes.add(new StateGraph.Node(i, depth.get(i), flags.get(i)[0], flags.get(i)[1], finalKeys.get(i)
                    .isEmpty() && edgeKeysInto.get(i).isEmpty() ? Set.of() : union(finalKeys.get(i),
                            edgeKeysInto.get(i))));
        }
        // the shortest route per key, chosen as Search does: least (depth, state, actor), where a step's
        // violation is found at depth(from) + 1 from state `from` by its actor, a final check's at the
        // state itself (actor -1)
        Map<ViolationKey, long[]> best = new java.util.LinkedHashMap<>(); // depth, state, actor, edge or -1
        for (int i = 0; i < states.size(); i++) {
            for (ViolationKey key : finalKeys.get(i)) {
                better(best, key, new long[] {depth.get(i), i, -1, -1});
            }
        }
        for (int ei = 0; ei < edges.size(); ei++) {
            StateGraph.Edge e = edges.get(ei);
            for (ViolationKey key : e.violations()) {
                better(best, key, new long[] {depth.get(e.from()) + 1, e.from(), edgeActor.get(ei), ei});
            }
        }
        int[] parents = parent.stream().mapToInt(Integer::intValue).toArray();
        int[] actors = actorOf.stream().mapToInt(Integer::intValue).toArray();
        int[] parentEdge = parentEdges.stream().mapToInt(Integer::intValue).toArray();
        List<StateGraph.Counterexample> cex = new ArrayList<>();
        for (Map.Entry<ViolationKey, long[]> e : best.entrySet()) {
            long[] b = e.getValue();
            int at = (int) b[1];
            List<Integer> edgePath = edgePath(parents, parentEdge, at);
            List<Integer> nodePath = pathNodes(parent, at);
            if (b[3] >= 0) {
                edgePath.add((int) b[3]);
                nodePath.add(edges.get((int) b[3]).to());
            }
            cex.add(new StateGraph.Counterexample(e.getKey(), nodePath, edgePath));
        }
        int[] allEdgeActors = edgeActor.stream().mapToInt(Integer::intValue).toArray();
        Replay replay = new Replay(k);
        StateGraph.Replayer replayer = new StateGraph.Replayer() {
            @Override
            public org.mmrace.core.trace.Trace toNode(int id) {
                return replay.replay(real(actorPath(parents, actors, id)), -1, false).trace();
            }

            /** The actors of a real run for a path of the graph's (representatives') actors. */
            private int[] real(int[] path) {
                return sym == null ? path : sym.concreteActors(k, m.initialState(), path);
            }

            @Override
            public org.mmrace.core.trace.Trace alongEdges(List<Integer> edgeIndices) {
                int[] p = new int[edgeIndices.size()];
                for (int j = 0; j < p.length; j++) {
                    p[j] = allEdgeActors[edgeIndices.get(j)];
                }
                return replay.replay(real(p), -1, false).trace();
            }
        };
        return new StateGraph(scenario, strategy, nodes, edges, cex, replayer);
    }

    private static Set<ViolationKey> union(Set<ViolationKey> a, Set<ViolationKey> b) {
        Set<ViolationKey> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return s;
    }

    private static void better(Map<ViolationKey, long[]> best, ViolationKey key, long[] cand) {
        long[] old = best.get(key);
        if (old == null || java.util.Arrays.compare(cand, 0, 3, old, 0, 3) < 0) {
            best.put(key, cand);
        }
    }

    private static List<Integer> edgePath(int[] parents, int[] parentEdge, int node) {
        List<Integer> l = new ArrayList<>();
        for (int n = node; n > 0; n = parents[n]) {
            l.add(0, parentEdge[n]);
        }
        return l;
    }

    private static List<Integer> pathNodes(List<Integer> parent, int node) {
        List<Integer> l = new ArrayList<>();
        for (int n = node; n >= 0; n = parent.get(n)) {
            l.add(0, n);
        }
        return l;
    }

    private static int[] actorPath(int[] parents, int[] actors, int node) {
        List<Integer> l = new ArrayList<>();
        for (int n = node; n > 0; n = parents[n]) {
            l.add(0, actors[n]);
        }
        return l.stream().mapToInt(Integer::intValue).toArray();
    }

    private String actorName(long[] s, int a) {
        return a >= m.threadCount ? "device" : m.threadNames.get(a);
    }

    private String operation(long[] s, int a) {
        if (a >= m.threadCount) {
            int io = a - m.threadCount;
            return m.ioSites.get(io).spec.text() + " (" + m.ioNames.get(io) + " of "
                    + m.threadNames.get(m.ioThread[io]) + ")";
        }
        int pc = m.layout.get(s, m.fPc[a]);
        if (pc >= m.ops[a].length) {
            return "";
        }
        OpSpec os = m.ops[a][pc].spec;
        return os.text();
    }
}
