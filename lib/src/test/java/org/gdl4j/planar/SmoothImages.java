package org.gdl4j.planar;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Smooth, band-limited test images for checks of interpolated rotations. */
final class SmoothImages {

    private SmoothImages() {
    }

    /** A {@code [1, 1, size, size]} image of three Gaussian bumps (σ = 4 px) inside a centred disc. */
    static INDArray bumpsInDisc(int size, long seed) {
        java.util.Random random = new java.util.Random(seed);
        double centre = (size - 1) / 2.0;
        double[][] bumps = new double[3][];
        for (int b = 0; b < 3; b++) {
            double radius = 6 * random.nextDouble();
            double angle = 2 * Math.PI * random.nextDouble();
            bumps[b] = new double[] {centre + radius * Math.cos(angle), centre + radius * Math.sin(angle),
                    0.5 + random.nextDouble()};
        }
        INDArray image = Nd4j.zeros(DataType.DOUBLE, 1, 1, size, size);
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                double value = 0;
                for (double[] b : bumps) {
                    double d2 = (r - b[0]) * (r - b[0]) + (c - b[1]) * (c - b[1]);
                    value += b[2] * Math.exp(-d2 / (2 * 16.0));
                }
                image.putScalar(new long[] {0, 0, r, c}, value);
            }
        }
        return image;
    }

    /** Zeroes everything outside the disc of the given radius about the centre; {@code [N, C, H, W]}. */
    static INDArray maskDisc(INDArray maps, double radius) {
        INDArray out = maps.dup();
        long h = maps.size(2);
        long w = maps.size(3);
        double cr = (h - 1) / 2.0;
        double cc = (w - 1) / 2.0;
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                if ((r - cr) * (r - cr) + (c - cc) * (c - cc) > radius * radius) {
                    for (int n = 0; n < maps.size(0); n++) {
                        for (int ch = 0; ch < maps.size(1); ch++) {
                            out.putScalar(new long[] {n, ch, r, c}, 0.0);
                        }
                    }
                }
            }
        }
        return out;
    }
}
