package org.evofit.wrapper.pickle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pickles written out by hand, as Python's pickle module writes them (protocols 0, 2 and 4). */
class SafePickleTest {

    private static Object read(String pickle) {
        return SafePickle.read(pickle.getBytes(StandardCharsets.ISO_8859_1), Set.of("data.DataSet"));
    }

    @Test
    void readsProtocolZeroValuesWithTheirMemo() {
        // pickle.dumps([1, 2.5, 'a\nb', u'caf\u00e9', {'k': None}, <the same 'a\nb'>, True], 0) in Python 2
        Object value = read("(lp0\nI1\naF2.5\naS'a\\nb'\np1\naVcaf\\u00e9\np2\na(dp3\nS'k'\np4\nNsag1\naI01\na.");

        Map<Object, Object> dict = new HashMap<>();
        dict.put("k", null);
        assertThat(value).isEqualTo(Arrays.asList(1L, 2.5, "a\nb", "café", dict, "a\nb", true));
    }

    @Test
    void buildsAnAllowedClassAsItsAttributes() {
        // protocol 2: data.DataSet() with __dict__ {'name': 'XRR', 'use': True}
        Object value = read("\u0080\u0002cdata\nDataSet\nq\u0000)\u0081q\u0001}q\u0002(X\u0004\u0000\u0000\u0000nameq"
                + "\u0003X\u0003\u0000\u0000\u0000XRRq\u0004X\u0003\u0000\u0000\u0000useq\u0005\u0088ub.");

        assertThat(value).isInstanceOf(PickledObject.class);
        PickledObject object = (PickledObject) value;
        assertThat(object.className()).isEqualTo("data.DataSet");
        assertThat(object.state()).containsEntry("name", "XRR").containsEntry("use", true);
    }

    @Test
    void readsPython2sOldStyleInstancesAndNumpyArrays() {
        // GenX 2 on Python 2: pickle.dumps(DataSet(), 0) of an old-style class, and numpy.array([1, 2.5, -3])
        Object set = read("(idata\nDataSet\np0\n(dp1\nS'name'\np2\nS'XRR'\np3\nsb.");
        Object array = read("cnumpy.core.multiarray\n_reconstruct\np1\n(cnumpy\nndarray\np2\n(I0\ntp3\nS'b'\np4\n"
                + "tp5\nRp6\n(I1\n(I3\ntp7\ncnumpy\ndtype\np8\n(S'f8'\np9\nI0\nI1\ntp10\nRp11\n(I3\nS'<'\np12\n"
                + "NNNI-1\nI-1\nI0\ntp13\nbI00\nS'\\x00\\x00\\x00\\x00\\x00\\x00\\xf0?\\x00\\x00\\x00\\x00"
                + "\\x00\\x00\\x04@\\x00\\x00\\x00\\x00\\x00\\x00\\x08\\xc0'\np14\ntp15\nb.");

        assertThat(((PickledObject) set).state()).containsEntry("name", "XRR");
        assertThat(((NumpyArray) array).shape()).containsExactly(3);
        assertThat(((NumpyArray) array).values()).containsExactly(1.0, 2.5, -3.0);
    }

    @Test
    void refusesAnyOtherGlobalByNameBeforeCallingIt() {
        // protocol 4: builtins.eval('1') through STACK_GLOBAL
        String stackGlobal = "\u0080\u0004\u008c\u0008builtins\u0094\u008c\u0004eval\u0094\u0093\u0094\u008c\u00011\u0085R.";
        // protocol 0: os.system('true')
        String global = "cos\nsystem\n(S'true'\ntR.";

        assertThatThrownBy(() -> read(stackGlobal)).isInstanceOf(PickleException.class)
                .hasMessageContaining("names builtins.eval, which is not a class evofit reads")
                .extracting(e -> ((PickleException) e).refusedName()).isEqualTo("builtins.eval");
        assertThatThrownBy(() -> read(global)).isInstanceOf(PickleException.class)
                .hasMessageContaining("names os.system");
    }

    @Test
    void refusesCallingANameThatIsOnlyAllowedAsAnArgument() {
        // numpy.ndarray may appear as _reconstruct's argument, never be called itself
        assertThatThrownBy(() -> read("cnumpy\nndarray\n(I0\ntR."))
                .isInstanceOf(PickleException.class)
                .hasMessageContaining("a call of numpy.ndarray");
    }

    @Test
    void refusesATruncatedPickle() {
        assertThatThrownBy(() -> read("(lp0\nI1\na"))
                .isInstanceOf(PickleException.class)
                .hasMessageContaining("expected the pickle's STOP instruction but the data ends at byte 9");
    }

    private static Object readHex(String hex) {
        return SafePickle.read(java.util.HexFormat.of().parseHex(hex), Set.of());
    }

    @Test
    void readsDatesAsIsoTextAndRefusesTimeZones() {
        // pickle.dumps(datetime.datetime(2024, 3, 1, 9, 30, 0, 5), protocol=4), as GenX keeps an ORSO start_date
        assertThat(readHex("8004952a000000000000008c086461746574696d65948c086461746574696d65949394430a07e80301091e00"
                + "00000594859452942e")).isEqualTo("2024-03-01T09:30:00.000005");
        // pickle.dumps(datetime.date(2024, 3, 1), protocol=2): the bytes come through _codecs.encode
        assertThat(readHex("8002636461746574696d650a646174650a7100635f636f646563730a656e636f64650a7101580500000007c3a8"
                + "0301710258060000006c6174696e3171038671045271058571065271072e")).isEqualTo("2024-03-01");
        // with tzinfo=datetime.timezone.utc: the zone is a class of its own, refused by name
        assertThatThrownBy(() -> readHex("80049557000000000000008c086461746574696d65948c086461746574696d6594939443"
                + "0a07e80301091e000000009468008c0874696d657a6f6e6594939468008c0974696d6564656c74619493944b004b004b00"
                + "8794529485945294869452942e")).isInstanceOf(PickleException.class)
                .hasMessageContaining("names datetime.timezone");
    }
}
