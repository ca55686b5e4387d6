package org.gdl4j.ntk.empirical;

import java.util.Random;
import org.gdl4j.ntk.NtkFixtures;
import org.gdl4j.ntk.PlanarImage;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Small inputs shared by the empirical-kernel tests: 5×5 images with 2 channels, in float64 NCHW. */
final class EmpiricalFixtures {

    static final int CHANNELS = 2;
    static final int SIZE = 5;

    private EmpiricalFixtures() {
    }

    /** The two golden images of the analytic tests and one standard normal image: {@code [3, 2, 5, 5]}. */
    static INDArray threeImages() {
        return threeImages(0);
    }

    /** The same three images turned by {@code quarterTurns} quarter turns. */
    static INDArray threeImages(int quarterTurns) {
        PlanarImage[] images = {NtkFixtures.goldenA().rotate90(quarterTurns),
                NtkFixtures.goldenB().rotate90(quarterTurns),
                NtkFixtures.random(new Random(7), CHANNELS, SIZE).rotate90(quarterTurns)};
        INDArray batch = Nd4j.create(DataType.DOUBLE, images.length, CHANNELS, SIZE, SIZE);
        for (int n = 0; n < images.length; n++) {
            batch.get(org.nd4j.linalg.indexing.NDArrayIndex.point(n))
                    .assign(Nd4j.create(images[n].values(), new long[] {CHANNELS, SIZE, SIZE}, DataType.DOUBLE));
        }
        return batch;
    }
}
