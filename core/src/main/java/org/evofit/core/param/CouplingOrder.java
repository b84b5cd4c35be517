package org.evofit.core.param;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Orders couplings so that each runs after the couplings whose targets it reads (a depth-first
 * topological sort), keeping the input order wherever dependencies allow, and reports a cycle by
 * naming the targets along it.
 */
final class CouplingOrder {

    private static final int NEW = 0;
    private static final int ON_PATH = 1;
    private static final int DONE = 2;

    private final List<Coupling> couplings;
    private final List<int[]> dependencies;
    private final int[] state;
    private final List<Integer> path = new ArrayList<>();
    private final int[] order;
    private int filled;

    private CouplingOrder(List<Coupling> couplings, List<int[]> dependencies) {
        this.couplings = couplings;
        this.dependencies = dependencies;
        this.state = new int[couplings.size()];
        this.order = new int[couplings.size()];
    }

    /**
     * Indices of {@code couplings} in an order in which every coupling comes after those it reads.
     *
     * @param dependencies for each coupling, the indices of the couplings whose targets it reads
     * @throws CouplingException on a cycle, at the coupling where the cycle was entered
     */
    static int[] of(List<Coupling> couplings, List<int[]> dependencies) {
        CouplingOrder sort = new CouplingOrder(couplings, dependencies);
        for (int i = 0; i < couplings.size(); i++) {
            sort.visit(i);
        }
        return sort.order;
    }

    private void visit(int i) {
        if (state[i] == DONE) {
            return;
        }
        if (state[i] == ON_PATH) {
            throw cycleFrom(i);
        }
        state[i] = ON_PATH;
        path.add(i);
        for (int dependency : dependencies.get(i)) {
            visit(dependency);
        }
        path.remove(path.size() - 1);
        state[i] = DONE;
        order[filled++] = i;
    }

    private CouplingException cycleFrom(int start) {
        List<Integer> cycle = new ArrayList<>(path.subList(path.indexOf(start), path.size()));
        cycle.add(start);
        String names = cycle.stream().map(k -> couplings.get(k).target()).collect(Collectors.joining(" -> "));
        Coupling first = couplings.get(start);
        return new CouplingException("cyclic couplings: " + names, start, first.expressionOffset(), null);
    }
}
