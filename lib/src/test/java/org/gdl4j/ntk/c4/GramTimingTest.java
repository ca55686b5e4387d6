package org.gdl4j.ntk.c4;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gdl4j.ntk.Gram;
import org.gdl4j.ntk.GramMatrices;
import org.gdl4j.ntk.GramOptions;
import org.gdl4j.ntk.ImageSet;
import org.gdl4j.ntk.KernelLayer;
import org.gdl4j.ntk.NtkFixtures;
import org.gdl4j.ntk.Padding;
import org.gdl4j.ntk.PlanarImage;
import org.gdl4j.ntk.ProgressDisplay;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wall-clock time of a symmetric 100×100 C4 GCNTK Gram (lifting, one group convolution, 3×3 SAME), on all
 * available processors. Slow, so it runs only with {@code -Dgdl4j.ntk.timing=true}.
 */
@EnabledIfSystemProperty(named = "gdl4j.ntk.timing", matches = "true")
class GramTimingTest {

    private static final Logger LOG = LoggerFactory.getLogger(GramTimingTest.class);

    @ParameterizedTest
    @ValueSource(ints = {7, 14})
    void symmetricGramOfOneHundredImages(int size) {
        Random random = new Random(71);
        List<PlanarImage> images = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            images.add(NtkFixtures.random(random, 1, size));
        }
        ImageSet data = new ImageSet(images);
        KernelLayer network = NtkFixtures.gcnn(2, 3, Padding.SAME, C4Form.ORBIT);
        GramOptions options = new GramOptions(ProgressDisplay.NONE, Runtime.getRuntime().availableProcessors());
        Gram.symmetric(network, new ImageSet(images.subList(0, 8)), options);
        long start = System.nanoTime();
        GramMatrices gram = Gram.symmetric(network, data, options);
        double seconds = (System.nanoTime() - start) / 1e9;
        String line = String.format("C4 GCNTK 100x100 Gram of %dx%d images: %.2f s on %d threads (%.3f ms per pair)",
                size, size, seconds, options.parallelism(), 1e3 * seconds * options.parallelism() / 5050);
        LOG.info(line);
        System.out.println(line);
        assertTrue(gram.ntk()[0][0] > 0);
    }
}
