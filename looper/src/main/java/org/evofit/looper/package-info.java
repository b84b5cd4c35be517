/**
 * Sweeps: one sweep file expands into many fits (models × data files × parameter grids × seeds),
 * each with a stable id, run by a {@link org.evofit.looper.Dispatcher}, resumable, summarised in
 * one CSV file. Start at {@link org.evofit.looper.SweepFile} and {@link org.evofit.looper.Looper}.
 */
package org.evofit.looper;
