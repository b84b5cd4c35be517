package org.evofit.core.de;

/** Receives a report after every generation, on the optimizer's thread. Keep it quick. */
@FunctionalInterface
public interface GenerationListener {

    /** A listener that ignores every report. */
    GenerationListener NONE = report -> { };

    /** Called after each generation (and once for the initial population). */
    void generationDone(GenerationReport report);
}
