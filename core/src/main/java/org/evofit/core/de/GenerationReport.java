package org.evofit.core.de;

/**
 * What a listener learns after each generation.
 *
 * @param generation          1-based generation just finished (0 = the initial population)
 * @param maxGenerations      the planned number of generations
 * @param bestFom             best figure of merit so far
 * @param spread              largest population range over bound width among the parameters
 * @param evaluations         figure-of-merit evaluations so far
 * @param evaluationsPerSecond evaluations per wall-clock second since the start
 * @param elapsedSeconds      wall-clock seconds since the start
 */
public record GenerationReport(int generation, int maxGenerations, double bestFom, double spread,
                               long evaluations, double evaluationsPerSecond, double elapsedSeconds) {
}
