package org.evofit.server.run;

import java.util.List;

/**
 * How a sweep finds each data file's sequence value, in the sweep file's words: a regular expression
 * on file names ({@code regex}, its first group the value), an ORSO header path ({@code ort}), or a
 * list of values in the data files' order ({@code list}).
 *
 * @param from         {@code regex}, {@code ort} or {@code list}
 * @param pattern      the regex or ORSO header path (null for a list)
 * @param values       the values of a list (empty otherwise)
 * @param keepFromLast whether each fit starts from the previous one's result (a chained batch)
 */
public record SequenceRule(String from, String pattern, List<Double> values, boolean keepFromLast) {
}
