package org.evofit.core.refl.instrument;

/**
 * The radiation (GenX's {@code probe}). It decides which scattering factor of a layer enters its
 * potential (see {@link GenxPotentials}); the instrument pipeline itself is the same for both.
 */
public enum Probe {
    /** X-rays: a layer's potential comes from its density and scattering factor f. */
    XRAY("x-ray"),
    /** Unpolarised neutrons: a layer's potential comes from its density, b and absorption. */
    NEUTRON("neutron");

    private final String genxName;

    Probe(String genxName) {
        this.genxName = genxName;
    }

    /** The name GenX uses for this probe. */
    public String genxName() {
        return genxName;
    }

    /**
     * The probe GenX calls {@code name}: {@code x-ray} or {@code neutron}.
     *
     * @throws IllegalArgumentException for any other name (GenX's polarised and time-of-flight
     *                                  probes are not supported here)
     */
    public static Probe of(String name) {
        for (Probe p : values()) {
            if (p.genxName.equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unsupported probe '" + name + "'; expected x-ray or neutron");
    }
}
