/**
 * Reads Python pickles as plain data without running anything from them: {@link
 * org.evofit.wrapper.pickle.SafePickle} interprets the pickle's instructions itself and builds Java values
 * (null, booleans, numbers, strings, bytes, lists, tuples, dicts, numpy arrays and the state of the
 * classes a caller names), refusing every other class or callable by its name before anything is built.
 * No Java or Python deserialisation is involved.
 */
package org.evofit.wrapper.pickle;
