package org.evofit.report;

import java.awt.Color;
import java.awt.image.BufferedImage;

/**
 * A corner plot's 2-D density as an image of one pixel per bin, stretched over the cell's data area:
 * a bin's sample count shaded linearly from white (none) to dark blue (the most in any bin of the
 * pair), so equal shades mean equal density. One small image per cell keeps the SVG and PDF small
 * where a rectangle per bin would make them megabytes.
 */
final class DensityImage {

    private static final Color DARK = new Color(0x0d, 0x2c, 0x6b);

    private DensityImage() {
    }

    /** The image of {@code counts[x][y]}, y upwards (the image's first row is the highest y bin). */
    static BufferedImage of(int[][] counts) {
        int nx = counts.length;
        int ny = counts[0].length;
        int max = 0;
        for (int[] column : counts) {
            for (int c : column) {
                max = Math.max(max, c);
            }
        }
        BufferedImage image = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < nx; x++) {
            for (int y = 0; y < ny; y++) {
                double f = max > 0 ? (double) counts[x][y] / max : 0;
                image.setRGB(x, ny - 1 - y, new Color(shade(DARK.getRed(), f), shade(DARK.getGreen(), f),
                        shade(DARK.getBlue(), f)).getRGB());
            }
        }
        return image;
    }

    private static int shade(int dark, double f) {
        return (int) Math.round(255 - f * (255 - dark));
    }
}
