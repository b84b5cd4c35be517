package org.evofit.core.de;

/** What happens to a trial parameter that falls outside its bounds. */
public enum BoundaryHandling {
    /** Drawn again uniformly inside the bounds (GenX's "use boundaries"). */
    REINITIALIZE,
    /** Moved to the nearest bound. */
    CLAMP,
    /** Left where it is: the bounds only shape the initial population (GenX without boundaries). */
    IGNORE
}
