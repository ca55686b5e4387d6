package org.gdl4j.ntk;

/**
 * A feature map on a group (after a lifting convolution): positions are group elements, and
 * {@link GroupPool} averages the kernel over all of them.
 */
public interface GroupDomain extends KernelDomain {

    /**
     * Order of the finite rotation part, {@code |G|}, for example 4 for C4.
     *
     * @return the number of rotation channels per pixel
     */
    int rotations();
}
