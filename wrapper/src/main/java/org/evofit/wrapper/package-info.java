/**
 * The front door of the wrapper: {@code ModelFiles} loads a model file or a model script into a
 * {@code org.evofit.wrapper.model.ModelDefinition}. Nothing below it depends on this package.
 */
package org.evofit.wrapper;
