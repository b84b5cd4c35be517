/**
 * The laboratory X-ray diffractometers' own files: PANalytical {@code .xrdml}, Bruker {@code .brml} and
 * Rigaku {@code .ras} and {@code .rasx}, each read into 2θ curves with the attenuator and counting-time
 * corrections GenX applies, and each recognised by its content (root element, zip entries, header line).
 */
package org.evofit.wrapper.data.xrd;
