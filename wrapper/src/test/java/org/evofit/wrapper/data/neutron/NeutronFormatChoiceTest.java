package org.evofit.wrapper.data.neutron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evofit.wrapper.data.FormatSamples.sample;
import static org.evofit.wrapper.data.FormatSamples.variant;

import java.nio.file.Path;
import org.evofit.wrapper.formats.DataFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NeutronFormatChoiceTest {

    @TempDir
    Path dir;

    @Test
    void tellsTheDatFormatsApartByTheirHeaders() {
        assertThat(DataFormats.of(sample("SNS_MAGREF.dat"), null).name()).isEqualTo("quicknxs");
        assertThat(DataFormats.of(sample("narziss2024n000689.dat"), null).name()).isEqualTo("narziss");
    }

    @Test
    void choosesByExtensionAndByContentWhenTheNameHasNone() {
        assertThat(DataFormats.of(sample("D17_SiO.out"), null).name()).isEqualTo("d17");
        assertThat(DataFormats.of(sample("d17_example.mft"), null).name()).isEqualTo("mft");
        assertThat(DataFormats.of(variant(dir, "D17_SiO.out", "run1", text -> text), null).name())
                .isEqualTo("d17");
        assertThat(DataFormats.of(variant(dir, "d17_example.mft", "run2", text -> text), null).name())
                .isEqualTo("mft");
    }
}
