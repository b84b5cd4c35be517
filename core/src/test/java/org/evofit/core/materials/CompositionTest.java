package org.evofit.core.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompositionTest {

    private static final XrayScatteringFactors FP = XrayScatteringFactors.standard();

    private static AtomCount atoms(String species, double count) {
        return new AtomCount(Species.parse(species), count);
    }

    @Test
    void readsTheExplicitFormGenxUsersWrite() {
        assertThat(Composition.parse("Fe").atoms()).containsExactly(atoms("Fe", 1));
        assertThat(Composition.parse("Mg + O").atoms()).containsExactly(atoms("Mg", 1), atoms("O", 1));
        assertThat(Composition.parse("Si + 2*O").atoms()).containsExactly(atoms("Si", 1), atoms("O", 2));
        assertThat(Composition.parse("2*Fe + 3*O").atoms()).containsExactly(atoms("Fe", 2), atoms("O", 3));
        assertThat(Composition.parse(" 0.5 * Fe+0.5*Ni ").atoms())
                .containsExactly(atoms("Fe", 0.5), atoms("Ni", 0.5));
    }

    @Test
    void readsChemicalFormulas() {
        assertThat(Composition.parse("SiO2")).isEqualTo(Composition.parse("Si + 2*O"));
        assertThat(Composition.parse("Fe2O3")).isEqualTo(Composition.parse("2*Fe + 3*O"));
        assertThat(Composition.parse("Fe0.9O").atoms()).containsExactly(atoms("Fe", 0.9), atoms("O", 1));
        assertThat(Composition.parse("2*SiO2").atoms()).containsExactly(atoms("Si", 2), atoms("O", 4));
        // Co is cobalt, CO is carbon and oxygen
        assertThat(Composition.parse("Co").atoms()).containsExactly(atoms("Co", 1));
        assertThat(Composition.parse("CO").atoms()).containsExactly(atoms("C", 1), atoms("O", 1));
        // a species named twice is one entry with the summed count
        assertThat(Composition.parse("H2O + H").atoms()).containsExactly(atoms("H", 3), atoms("O", 1));
    }

    @Test
    void readsIsotopes() {
        assertThat(Composition.parse("D2O").atoms()).containsExactly(atoms("2H", 2), atoms("O", 1));
        assertThat(Composition.parse("[2H]2O")).isEqualTo(Composition.parse("D2O"));
        assertThat(Composition.parse("[56Fe] + 0.5*[57Fe]").atoms())
                .containsExactly(atoms("56Fe", 1), atoms("57Fe", 0.5));
        assertThat(Composition.parse("Dy").atoms()).containsExactly(atoms("Dy", 1));
    }

    @Test
    void readsAMassNumberWrittenBeforeTheSymbolAsAnIsotope() {
        assertThat(Composition.parse("58Ni").atoms()).containsExactly(atoms("58Ni", 1));
        assertThat(Composition.parse("10B4C").atoms()).containsExactly(atoms("10B", 4), atoms("C", 1));
        assertThat(Composition.parse("2*58Ni + 0.5*Fe")).isEqualTo(Composition.parse("2*[58Ni] + 0.5*Fe"));
        // a number before a symbol is a mass number, never a count: heavy water, not two waters
        assertThat(Composition.parse("2H2O")).isEqualTo(Composition.parse("D2O"));
        assertThat(Composition.parse("2*H2O").atoms()).containsExactly(atoms("H", 4), atoms("O", 2));
    }

    @Test
    void isotopesTakeTheirOwnNeutronScatteringLengthsFromTheTable() {
        // Neutron News 3(3) 1992 (Sears): 58Ni 14.4 fm; 10B -0.1 - 1.066i fm; natural Ni 10.3 fm; 2H 6.671 fm
        assertThat(Composition.parse("58Ni").b().re()).isEqualTo(14.4);
        assertThat(Composition.parse("Ni").b().re()).isEqualTo(10.3);
        ComplexValue b10 = Composition.parse("10B").b();
        assertThat(b10.re()).isEqualTo(-0.1);
        assertThat(b10.im()).isEqualTo(-1.066);
        // 10B4C: 4 * (-0.1 - 1.066i) + 6.6460 (natural C, 6.646 fm)
        assertThat(Composition.parse("10B4C").b().re()).isCloseTo(4 * -0.1 + 6.646, within(1e-12));
        assertThat(Composition.parse("D2O").b().re()).isCloseTo(2 * 6.671 + 5.803, within(1e-12));
        // the isotope's own mass: 57.935347915 g/mol for 58Ni (NIST), not Ni's 58.6934
        assertThat(Composition.parse("58Ni").molarMass()).isCloseTo(57.935347915, within(1e-9));
    }

    @Test
    void printsTheExplicitFormThatReadsBack() {
        assertThat(Composition.parse("SiO2")).hasToString("Si + 2*O");
        assertThat(Composition.parse("D2O")).hasToString("2*[2H] + O");
        assertThat(Composition.parse("Fe0.9O")).hasToString("0.9*Fe + O");
        for (String text : List.of("SiO2", "D2O", "Fe0.9O", "0.00001*Fe + Ni")) {
            Composition composition = Composition.parse(text);
            assertThat(Composition.parse(composition.toString())).isEqualTo(composition);
        }
        assertThat(Composition.parse("Mg + O").text()).isEqualTo("Mg + O");
    }

    @Test
    void mgoSubstrateIsFpMgPlusFpO() {
        // GenX's X-ray example: substrate f = fp.Mg + fp.O at 1.54 Å. From mg.nff and o.nff
        // (rows 7902.609 and 8447.89 eV, t = 0.2719938489):
        //   fp.Mg = 12.1678698923 - 0.1767835767i, fp.O = 8.0455294725 - 0.0320263458i
        //   sum   = 20.2133993648 - 0.2088099225i
        ComplexValue f = Composition.parse("Mg + O").f(1.54);
        ComplexValue mg = FP.f("Mg", 1.54);
        ComplexValue o = FP.f("O", 1.54);
        assertThat(f.re()).isEqualTo(mg.re() + o.re());
        assertThat(f.im()).isEqualTo(mg.im() + o.im());
        assertThat(f.re()).isCloseTo(20.2133993648, within(1e-9));
        assertThat(f.im()).isCloseTo(-0.2088099225, within(1e-9));
        assertThat(Composition.parse("MgO").f(1.54)).isEqualTo(f);
    }

    @Test
    void xrayFactorsAreWeightedByCount() {
        // Fe2O3 at 1.54 Å: 2 * (24.7669961170 - 3.1786419530i) + 3 * (8.0455294725 - 0.0320263458i)
        //                = 73.6705806515 - 6.4533629434i
        ComplexValue f = Composition.parse("2*Fe + 3*O").f(1.54);
        assertThat(f.re()).isCloseTo(2 * FP.f("Fe", 1.54).re() + 3 * FP.f("O", 1.54).re(), within(1e-12));
        assertThat(f.re()).isCloseTo(73.6705806515, within(1e-9));
        assertThat(f.im()).isCloseTo(-6.4533629434, within(1e-9));
        // X-rays see the electrons only: D2O scatters like H2O
        assertThat(Composition.parse("D2O").f(1.54)).isEqualTo(Composition.parse("H2O").f(1.54));
    }

    @Test
    void neutronLengthsAreWeightedByCount() {
        // DeBe_NeutronNews.dat: Si 4.1491, O 5.803 -> SiO2: 4.1491 + 2 * 5.803 = 15.7551 fm
        assertThat(Composition.parse("SiO2").b().re()).isCloseTo(15.7551, within(1e-12));
        // D2O: 2 * 6.671 + 5.803 = 19.145 fm; H2O: 2 * (-3.739) + 5.803 = -1.675 fm
        assertThat(Composition.parse("D2O").b().re()).isCloseTo(19.145, within(1e-12));
        assertThat(Composition.parse("H2O").b().re()).isCloseTo(-1.675, within(1e-12));
        // Gd2O3: 2 * (6.5 - 13.82i) + 3 * 5.803 = 30.409 - 27.64i fm
        ComplexValue gd2o3 = Composition.parse("Gd2O3").b();
        assertThat(gd2o3.re()).isCloseTo(30.409, within(1e-12));
        assertThat(gd2o3.im()).isCloseTo(-27.64, within(1e-12));
    }

    @Test
    void molarMassAndDensity() {
        // AtomicWeights.dat: Mg 24.30506, O 15.99943 -> MgO 40.30449 g/mol
        Composition mgo = Composition.parse("Mg + O");
        assertThat(mgo.molarMass()).isCloseTo(40.30449, within(1e-12));
        // MgO at 3.58 g/cm³: 3.58 * 0.602214076 / 40.30449 = 0.0534909731 formula units per Å³
        assertThat(mgo.formulaUnitsPerCubicAngstrom(3.58)).isCloseTo(0.0534909731, within(1e-10));
        // Fe2O3: 2 * 55.8452 + 3 * 15.99943 = 159.68869; D2O: 2 * 2.01410177804 + 15.99943 = 20.02763355608
        assertThat(Composition.parse("Fe2O3").molarMass()).isCloseTo(159.68869, within(1e-12));
        assertThat(Composition.parse("D2O").molarMass()).isCloseTo(20.02763355608, within(1e-12));
    }

    @Test
    void lookupErrorsNameTheSpecies() {
        assertThatThrownBy(() -> Composition.parse("Po + O").b())
                .hasMessage("no neutron scattering length for 'Po': the table marks it as unknown (9999)");
        assertThatThrownBy(() -> Composition.parse("Np").f(1.54))
                .hasMessage("unknown element 'Np' for X-ray scattering factors: the tables cover H to U");
        assertThatThrownBy(() -> Composition.parse("Fe").f(0.01)).hasMessageContaining("wavelength 0.01 Å");
    }

    @Test
    void syntaxErrorsGiveThePosition() {
        assertSyntaxError("Mg + ", 6, "expected an element symbol");
        assertSyntaxError("", 1, "expected an element symbol");
        assertSyntaxError("Mg + + O", 6, "expected an element symbol");
        assertSyntaxError("Si + 2O", 6, "2O is not an isotope the tables know: write 2*O for 2 atoms of O, "
                + "or a mass number before the symbol for an isotope (16O, 17O, 18O)");
        assertSyntaxError("Si + 2 O", 8, "expected '*' after the factor 2");
        assertSyntaxError("3D2O", 2, "write D without a mass number, or 2H / 3H");
        assertSyntaxError("2*", 3, "expected an element symbol");
        assertSyntaxError("Mg + Xx", 6, "unknown element 'Xx'");
        assertSyntaxError("Si O2", 4, "expected '+' or the end");
        assertSyntaxError("Mg + o", 6,
                "expected an element symbol (element symbols are case-sensitive: did you mean 'O'?)");
        assertSyntaxError("fe", 1,
                "expected an element symbol (element symbols are case-sensitive: did you mean 'Fe'?)");
        assertSyntaxError("Fe(OH)2", 3, "parentheses are not supported: write Ca(OH)2 as Ca + 2*O + 2*H");
        assertSyntaxError("0*Fe", 1, "count must be positive but is 0");
        assertSyntaxError("FeO0", 4, "count must be positive but is 0");
        assertSyntaxError("Fe + .*O", 6, "expected a number");
        assertSyntaxError("[2H", 4, "expected ']' to close the isotope opened at position 1");
        assertSyntaxError("[H]", 2, "expected the mass number of an isotope, as in [2H]");
        assertSyntaxError("[0Fe]", 2, "mass number must be positive");
        assertSyntaxError("[2D]", 3, "write D without a mass number, or [2H] / [3H]");
        assertSyntaxError("[2]", 3, "expected an element symbol");
    }

    private static void assertSyntaxError(String text, int position, String detail) {
        assertThatThrownBy(() -> Composition.parse(text))
                .isInstanceOfSatisfying(CompositionSyntaxException.class, e -> {
                    assertThat(e.position()).as(text).isEqualTo(position);
                    assertThat(e.detail()).as(text).isEqualTo(detail);
                    assertThat(e.text()).isEqualTo(text);
                    assertThat(e).hasMessage(detail + " at position " + position);
                });
    }
}
