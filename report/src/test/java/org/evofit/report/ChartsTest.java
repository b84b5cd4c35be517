package org.evofit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class ChartsTest {

    private static RunData twoDataSets(Axes axes) {
        double[] x = {0.01, 0.02, 0.03, 0.04};
        CurveData a = new CurveData("up", x, new double[] {1, 0.1, 0.01, 0.001}, new double[] {0.1, 0.01, 0.001, 1e-4},
                new double[] {1, 0.11, 0.009, 0.001}, new double[] {0, -0.01, 0.001, 0});
        CurveData b = new CurveData("down", x, new double[] {0.9, 0.05, 0.004, 2e-4}, new double[] {0.1, 0.01, 0.001, 1e-4},
                new double[] {0.9, 0.05, 0.004, 2e-4}, new double[] {0, 0, 0, 0});
        return new RunData(Path.of("run"), null, null, List.of(a, b),
                List.of(), new double[] {3, 2, 1}, null, axes);
    }

    @Test
    void aFitOfTwoDataSetsLabelsEveryCurveAndGivesEachItsOwnMarkerAndDash() {
        JFreeChart chart = Charts.fit(twoDataSets(new Axes("Q", "1/Å", "reflectivity", "", true)), "t");
        List<String> legend = new ArrayList<>();
        List<LegendItem> items = new ArrayList<>();
        var collection = chart.getPlot().getLegendItems();
        for (int i = 0; i < collection.getItemCount(); i++) {
            items.add(collection.get(i));
            legend.add(collection.get(i).getLabel());
        }
        assertThat(legend).containsExactlyInAnyOrder("model up", "model down", "data up", "data down");
        LegendItem modelUp = items.get(legend.indexOf("model up"));
        LegendItem modelDown = items.get(legend.indexOf("model down"));
        assertThat(modelUp.getLineStroke()).isNotEqualTo(modelDown.getLineStroke());
        LegendItem dataUp = items.get(legend.indexOf("data up"));
        LegendItem dataDown = items.get(legend.indexOf("data down"));
        assertThat(dataUp.getShape().getClass()).isNotEqualTo(dataDown.getShape().getClass());

        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getPlot();
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("Q (1/Å)");
        XYPlot main = plot.getSubplots().get(0);
        XYPlot residual = plot.getSubplots().get(1);
        assertThat(main.getRangeAxis()).isInstanceOf(LogAxis.class);
        assertThat(main.getRangeAxis().getLabel()).isEqualTo("reflectivity");
        // With errors, residuals are in units of the error: the second point of "up" is −0.01 / 0.01.
        assertThat(residual.getRangeAxis().getLabel()).isEqualTo("(y − model)/σ");
        assertThat(residual.getDataset().getYValue(0, 1)).isEqualTo(-1.0);
    }

    @Test
    void linearDataGetALinearAxisAndAConvergenceWithANonPositiveFomToo() {
        JFreeChart chart = Charts.fit(twoDataSets(new Axes("x", "", "y", "", false)), "t");
        XYPlot main = ((CombinedDomainXYPlot) chart.getPlot()).getSubplots().get(0);
        assertThat(main.getRangeAxis()).isInstanceOf(NumberAxis.class);
        assertThat(((XYPlot) Charts.convergence(new double[] {3, 2, 1}, "chi2", "c").getPlot()).getRangeAxis())
                .isInstanceOf(LogAxis.class);
        assertThat(((XYPlot) Charts.convergence(new double[] {-1, -2}, "diff", "c").getPlot()).getRangeAxis())
                .isInstanceOf(NumberAxis.class);
    }

    @Test
    void pngFilesRecordTheirPrintResolution() throws Exception {
        byte[] png = ChartFiles.png(Charts.convergence(new double[] {3, 2, 1}, "chi2", "c"), ChartFiles.DPI);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getWidth(0)).isEqualTo(2000);
            assertThat(reader.getHeight(0)).isEqualTo(1500);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_1.0");
            IIOMetadataNode size = (IIOMetadataNode) root.getElementsByTagName("HorizontalPixelSize").item(0);
            double dpi = 25.4 / Double.parseDouble(size.getAttribute("value"));
            assertThat(dpi).isBetween(299.0, 301.0);
        }
    }
}
