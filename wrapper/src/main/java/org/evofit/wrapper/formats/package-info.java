/**
 * The registry of the data formats evofit reads ({@link org.evofit.wrapper.formats.DataFormats}): it knows every
 * format, from column text and ORSO in {@code wrapper.data} to the instruments' own in its sub-packages, which all
 * implement {@code wrapper.data}'s interface; kept apart so that the interface's package does not depend on them.
 */
package org.evofit.wrapper.formats;
