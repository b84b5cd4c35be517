package org.evofit.looper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits runs into chains that must run one after another: a run that starts from another run of
 * the same list goes after it, in the same chain. Runs of different chains are independent; a run
 * whose predecessor is not in the list (done earlier, resumed) starts a chain of its own.
 */
final class Chains {

    private Chains() {
    }

    /** The chains, each in run order; the list's order is kept (a predecessor precedes its runs). */
    static List<List<RunSpec>> of(List<RunSpec> runs) {
        List<List<RunSpec>> chains = new ArrayList<>();
        Map<String, List<RunSpec>> chainOf = new HashMap<>();
        for (RunSpec r : runs) {
            List<RunSpec> chain = r.startFrom() == null ? null : chainOf.get(r.startFrom());
            if (chain == null) {
                chain = new ArrayList<>();
                chains.add(chain);
            }
            chain.add(r);
            chainOf.put(r.id(), chain);
        }
        return chains;
    }
}
