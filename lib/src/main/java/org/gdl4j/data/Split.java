package org.gdl4j.data;

/**
 * A part of a data set with a fixed role. MNIST-style IDX data sets (MNIST, FashionMNIST) ship
 * {@link #TRAIN} and {@link #TEST} only; MedMNIST ships all three.
 */
public enum Split {
    /** The training images ({@code train-*} in MNIST, {@code train_*} in MedMNIST). */
    TRAIN,
    /** The validation images ({@code val_*} in MedMNIST; MNIST-style sets have none). */
    VALIDATION,
    /** The test images ({@code t10k-*} in MNIST, {@code test_*} in MedMNIST). */
    TEST
}
