/**
 * Scattering factors, scattering lengths and atomic weights of the elements, and compositions that
 * combine them per formula unit: what a layer of a reflectivity model needs to turn "MgO at 3.58 g/cm³"
 * into a scattering length density.
 *
 * <ul>
 *   <li>{@link org.evofit.core.materials.XrayScatteringFactors}: f = f1 − i·f2 of H to U from the NIST
 *       FFAST tables, as GenX's {@code fp}.</li>
 *   <li>{@link org.evofit.core.materials.NeutronScatteringLengths}: coherent b of the elements and many
 *       isotopes (Neutron News 1992), as GenX's {@code bc}.</li>
 *   <li>{@link org.evofit.core.materials.AtomicWeights}: g/mol, and the conversion from g/cm³ to formula
 *       units per Å³.</li>
 *   <li>{@link org.evofit.core.materials.Composition}: {@code Mg + O}, {@code Si + 2*O}, {@code SiO2}.</li>
 * </ul>
 *
 * <p>The tables are resources of this package, copied unchanged from the published files:
 * {@code f1f2_nist/*.nff} (with its README.txt on provenance), {@code DeBe_NeutronNews.dat} and
 * {@code AtomicWeights.dat}. GenX's table folder also holds {@code fmfe.nff}, a magnetic-iron data set
 * near the Fe L edges that is not an element table; it is left out.
 */
package org.evofit.core.materials;
