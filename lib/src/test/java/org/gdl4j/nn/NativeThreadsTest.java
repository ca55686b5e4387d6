package org.gdl4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class NativeThreadsTest {

    @Test
    void aScopeLimitsTheThreadsAndRestoresThemWhenClosed() {
        int before = NativeThreads.current();
        int blasBefore = Nd4j.factory().blas().getMaxThreads();
        try (NativeThreads.Scope single = NativeThreads.limit(1)) {
            assertEquals(1, NativeThreads.current());
            assertEquals(1, Nd4j.factory().blas().getMaxThreads());
        }
        assertEquals(before, NativeThreads.current());
        assertEquals(blasBefore, Nd4j.factory().blas().getMaxThreads());
    }

    @Test
    void zeroThreadsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> NativeThreads.limit(0));
    }
}
