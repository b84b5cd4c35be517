package org.evofit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class CornerPlotTest {

    private static final int MAP_RGB = 0xc62828;

    @TempDir
    Path dir;

    /** Three parameters, b correlated with a, c constant (a parameter that never moved). */
    private static CornerData data() {
        SplittableRandom r = new SplittableRandom(9);
        int n = 4000;
        double[][] s = new double[3][n];
        for (int i = 0; i < n; i++) {
            s[0][i] = 10 + r.nextGaussian();
            s[1][i] = 0.5 * s[0][i] + 0.2 * r.nextGaussian();
            s[2][i] = 3;
        }
        return new CornerData(List.of("film.d (Å)", "film.sigma (Å)", "inst.I0"), s, new double[] {10.1, 5.02, 3},
                new double[] {10, 5, 3});
    }

    @Test
    void thePngIsTheDrawingsSizeAndShowsTheMapInRed() throws Exception {
        CornerPlot plot = new CornerPlot(data());

        byte[] png = ChartFiles.png(plot, plot.width(), plot.height(), 150);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(image.getWidth()).isEqualTo((int) Math.round(plot.width() * 150 / 72));
        assertThat(image.getHeight()).isEqualTo((int) Math.round(plot.height() * 150 / 72));
        int red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                red += (image.getRGB(x, y) & 0xffffff) == MAP_RGB ? 1 : 0;
            }
        }
        // The MAP's lines and points: more pure red pixels than one cell's side has.
        assertThat(red).isGreaterThan((int) (plot.cell() * 150 / 72));
    }

    @Test
    void theSvgLabelsTheBottomRowAndLeftColumnWithNamesAndUnitsAndHasOneDensityPerPair() throws Exception {
        CornerPlot plot = new CornerPlot(data());
        Path svg = Files.writeString(dir.resolve("corner.svg"), ChartFiles.svg(plot, plot.width(), plot.height()),
                StandardCharsets.UTF_8);

        Document doc = SvgFiles.parse(svg);
        String text = doc.getDocumentElement().getTextContent();

        assertThat(text).contains("film.d (Å)").contains("film.sigma (Å)").contains("inst.I0")
                .contains("solid red: MAP, dashed: median").contains("4000 samples");
        // The bottom row labels x with every parameter, the left column y with all but the first.
        assertThat(count(text, "film.d (Å)")).isEqualTo(1);
        assertThat(count(text, "film.sigma (Å)")).isEqualTo(2);
        assertThat(count(text, "inst.I0")).isEqualTo(2);
        assertThat(doc.getElementsByTagName("image").getLength()).isEqualTo(3);
    }

    @Test
    void aDensityImageIsDarkestAtTheFullestBinWithYUpwards() {
        int[][] counts = new int[4][3];
        counts[2][0] = 6;
        counts[1][2] = 3;

        BufferedImage image = DensityImage.of(counts);

        assertThat(image.getWidth()).isEqualTo(4);
        assertThat(image.getHeight()).isEqualTo(3);
        assertThat(image.getRGB(2, 2) & 0xffffff).isEqualTo(0x0d2c6b); // lowest y bin: bottom row
        assertThat(image.getRGB(0, 0) & 0xffffff).isEqualTo(0xffffff);
        int half = image.getRGB(1, 0) & 0xff; // blue channel half way from white to dark blue
        assertThat(half).isEqualTo((int) Math.round(255 - 0.5 * (255 - 0x6b)));
    }

    @Test
    void aParameterThatNeverMovedStillHasAnAxis() {
        double[] range = data().range(2);

        assertThat(range[1]).isGreaterThan(range[0]);
        assertThat(range[0]).isLessThan(3).isGreaterThan(2.99);
    }

    private static int count(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
            n++;
        }
        return n;
    }
}
