package org.gdl4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FashionMnistTest {

    @TempDir
    Path dir;

    @Test
    void defaultFolderIsTheDebianPackageWhenTheVariableIsUnsetOrBlank() {
        Path debian = Path.of("/usr/share/datasets/fashion-mnist");

        assertEquals(debian, FashionMnist.defaultFolder(null));
        assertEquals(debian, FashionMnist.defaultFolder(""));
        assertEquals(debian, FashionMnist.defaultFolder("  "));
    }

    @Test
    void defaultFolderFollowsTheEnvironmentValue() {
        assertEquals(Path.of("/data/fmnist"), FashionMnist.defaultFolder("/data/fmnist"));
    }

    @Test
    void missingFolderMessageSaysHowToInstallTheData() {
        Path missing = dir.resolve("no-such-folder");

        MissingDataException e = assertThrows(MissingDataException.class,
                () -> FashionMnist.load(Split.TRAIN, missing));

        String message = e.getMessage();
        assertTrue(message.contains(missing.toString()), message);
        assertTrue(message.contains("train-images-idx3-ubyte.gz"), message);
        assertTrue(message.contains("apt-get install dataset-fashion-mnist"), message);
        assertTrue(message.contains("GDL4J_DATA"), message);
    }

    @Test
    void emptyFolderMessageNamesTheMissingFilesAndTheRemedy() {
        MissingDataException e = assertThrows(MissingDataException.class,
                () -> FashionMnist.loadFirst(Split.TEST, 5, dir));

        String message = e.getMessage();
        assertTrue(message.contains("TEST files not found in " + dir), message);
        assertTrue(message.contains("t10k-labels-idx1-ubyte.gz"), message);
        assertTrue(message.contains("dataset-fashion-mnist"), message);
        assertTrue(message.contains("GDL4J_DATA"), message);
    }

    @Test
    void generatedFolderLoadsWithFashionClassNames() {
        IdxImagesTest.writeSplit(dir, "train", 10, false);

        LabeledImages data = FashionMnist.load(Split.TRAIN, dir);

        assertEquals(10, data.size());
        assertEquals("Ankle boot", data.classNames().get(data.label(9)));
    }

    @Test
    void installedTestSplitHasAThousandImagesOfEachClass() {
        LabeledImages test = FashionMnist.load(Split.TEST);

        assertArrayEquals(new long[] {10000, 1, 28, 28}, test.images().shape());
        int[] thousandEach = new int[10];
        Arrays.fill(thousandEach, 1000);
        assertArrayEquals(thousandEach, test.classCounts().counts());
        assertEquals(0.0, test.images().minNumber().doubleValue());
        assertEquals(1.0, test.images().maxNumber().doubleValue());
        assertEquals("Ankle boot", test.classNames().get(test.label(0)));
    }

    @Test
    void installedTrainingSplitCanBeSampledWithoutDecodingItAll() {
        LabeledImages first = FashionMnist.loadFirst(Split.TRAIN, 100);

        assertArrayEquals(new long[] {100, 1, 28, 28}, first.images().shape());
        assertEquals(FashionMnist.CLASS_NAMES, first.classNames());
    }
}
