package org.evofit.core.refl;

import java.util.Arrays;

/**
 * What the last {@link EdgeQuadrature#lay} in a workspace was laid for: the plan, its grid's
 * frequency, the stack's edges and the bounds on its reflections ({@link ChirpSteps}). The layout
 * (nodes and weights near the edges) depends on nothing else, so a call whose stack has the same edges as the last one (a fit that varies
 * thicknesses and roughnesses but not scattering length densities, or the spin channels of one
 * polarised stack) reuses it instead of computing its Gaussian weights again.
 */
final class EdgeLayoutMemo {

    private Object plan;
    private double frequency;
    private int edgeCount = -1;
    private double[] edges = new double[0];
    private double[] thickness = new double[0];
    private int points;
    private double stepMax;
    private double stepMin;
    private int interfaces;

    /** Whether ws holds the layout for this plan, frequency and ws's current edges; -1 if not, else its points. */
    int pointsIfSame(Object forPlan, double forFrequency, int count, SmearingWorkspace ws) {
        boolean same = forPlan == plan && forFrequency == frequency && count == edgeCount
                && Arrays.equals(edges, 0, count, ws.edges, 0, count)
                && Arrays.equals(thickness, 0, count, ws.edgeThickness, 0, count)
                && stepMax == ws.stepMax && stepMin == ws.stepMin && interfaces == ws.interfaces;
        return same ? points : -1;
    }

    /**
     * Whether ws holds a layout laid for this plan and frequency, whatever its edges: the same points, whose
     * weights {@link EdgeQuadrature#lay} may keep where their pieces did not move.
     */
    boolean samePlan(Object forPlan, double forFrequency) {
        return forPlan == plan && forFrequency == frequency;
    }

    /** Records that ws now holds the layout for this plan, frequency and ws's current edges. */
    void remember(Object forPlan, double forFrequency, int count, SmearingWorkspace ws, int laidPoints) {
        if (edges.length < count) {
            edges = new double[count];
            thickness = new double[count];
        }
        System.arraycopy(ws.edges, 0, edges, 0, count);
        System.arraycopy(ws.edgeThickness, 0, thickness, 0, count);
        plan = forPlan;
        frequency = forFrequency;
        edgeCount = count;
        points = laidPoints;
        stepMax = ws.stepMax;
        stepMin = ws.stepMin;
        interfaces = ws.interfaces;
    }
}
