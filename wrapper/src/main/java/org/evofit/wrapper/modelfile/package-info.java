/**
 * Model files (YAML or JSON): the reader that builds a model definition from one, reporting every
 * mistake with its location, and the one writer that writes a model as a model file (Model.save and
 * the GenX importer, whose comments it carries as {@link org.evofit.wrapper.modelfile.ModelNotes}),
 * beside the writer of a sweep over a sequence of data files; both spell values by one policy,
 * {@link org.evofit.wrapper.modelfile.YamlScalars}.
 */
package org.evofit.wrapper.modelfile;
