/**
 * Model files (YAML or JSON): the reader that builds a model definition from one, reporting every
 * mistake with its location, and the writer that writes a model back as a model file (used by the
 * GenX importer too).
 */
package org.evofit.wrapper.modelfile;
