/**
 * Reading measured data files: one {@link org.evofit.wrapper.data.DataFormat} per file format (column
 * text, ORSO, the instruments' own formats), chosen by {@link org.evofit.wrapper.formats.DataFormats} from
 * a model file's {@code format:}, the file name's extension or the file's first bytes, each reading a
 * file into {@link org.evofit.wrapper.data.LoadedFile}: the curves with what x means, the wavelength
 * and every correction applied, so {@code evofit data} can show what was read before it is fitted.
 */
package org.evofit.wrapper.data;
