package org.gdl4j.notebook;

import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The kind of value a table cell holds, and so the Tablesaw column type that can hold a whole
 * column of them. Kinds widen: {@code INT} to {@code LONG} to {@code DOUBLE}; anything mixed with
 * a boolean or a text cell becomes {@code TEXT}.
 */
enum CellKind {
    /** Integral Java numbers that fit an {@code int}. */
    INT,
    /** Integral Java numbers that need a {@code long}. */
    LONG,
    /** Any other number: {@code Float}, {@code Double}, {@code BigDecimal}. */
    DOUBLE,
    /** {@code Boolean}. */
    BOOLEAN,
    /** Everything else, shown through {@code toString()}. */
    TEXT;

    /** The kind of one non-null cell. */
    static CellKind of(Object cell) {
        if (cell instanceof Boolean) {
            return BOOLEAN;
        }
        if (!(cell instanceof Number number)) {
            return TEXT;
        }
        if (cell instanceof Integer || cell instanceof Short || cell instanceof Byte
                || cell instanceof AtomicInteger) {
            return INT;
        }
        if (cell instanceof Long || cell instanceof AtomicLong) {
            return fitsInt(number.longValue()) ? INT : LONG;
        }
        if (cell instanceof BigInteger big) {
            return big.bitLength() < 32 ? INT : big.bitLength() < 64 ? LONG : DOUBLE;
        }
        return DOUBLE;
    }

    /** The narrowest kind that holds cells of both kinds. */
    CellKind join(CellKind other) {
        if (this == other) {
            return this;
        }
        if (this == BOOLEAN || other == BOOLEAN || this == TEXT || other == TEXT) {
            return TEXT;
        }
        return ordinal() > other.ordinal() ? this : other;
    }

    private static boolean fitsInt(long value) {
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
    }
}
