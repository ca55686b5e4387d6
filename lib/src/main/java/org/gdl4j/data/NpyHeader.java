package org.gdl4j.data;

import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsed dictionary of an NPY header, such as
 * {@code {'descr': '<f4', 'fortran_order': False, 'shape': (3, 28, 28), }}.
 *
 * @param type element type from {@code descr}
 * @param order byte order from {@code descr}
 * @param fortranOrder whether the data are stored column-major
 * @param shape axis sizes; {@code []} for a scalar
 */
record NpyHeader(ElementType type, ByteOrder order, boolean fortranOrder, int[] shape) {

    private static final Pattern STRUCTURED = Pattern.compile("'descr'\\s*:\\s*\\[");
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");
    static final String SUPPORTED = "|u1, |i1, |b1, <i2, <i4, <i8, <f4, <f8 and the big-endian >i2, >i4, >i8, >f4, >f8";

    /** Parses the header dictionary text; {@code source} names the file in messages. */
    static NpyHeader parse(String text, String source) {
        if (STRUCTURED.matcher(text).find()) {
            throw new MalformedDataException("NPY " + source + " holds a structured dtype, which is not supported; "
                    + "supported dtypes: " + SUPPORTED + " (header: " + text.strip() + ")");
        }
        String descr = group(DESCR, text, "descr", source);
        boolean fortran = group(FORTRAN, text, "fortran_order", source).equals("True");
        int[] shape = parseShape(group(SHAPE, text, "shape", source), source);
        return new NpyHeader(typeOf(descr, source), orderOf(descr), fortran, shape);
    }

    private static String group(Pattern pattern, String text, String key, String source) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new MalformedDataException("NPY " + source + ": header has no readable '" + key
                    + "' entry: " + text.strip());
        }
        return matcher.group(1);
    }

    private static int[] parseShape(String tuple, String source) {
        return Arrays.stream(tuple.split(","))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .mapToInt(item -> parseAxis(item, tuple, source))
                .toArray();
    }

    private static int parseAxis(String item, String tuple, String source) {
        String digits = item.endsWith("L") ? item.substring(0, item.length() - 1) : item;
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new MalformedDataException("NPY " + source + ": shape (" + tuple + ") has an axis size '" + item
                    + "' that is not an int between 0 and " + Integer.MAX_VALUE, e);
        }
    }

    private static ElementType typeOf(String descr, String source) {
        String kind = descr.length() == 3 ? descr.substring(1) : "";
        char order = descr.isEmpty() ? '?' : descr.charAt(0);
        boolean singleByte = kind.endsWith("1");
        boolean orderOk = singleByte ? "|<>=".indexOf(order) >= 0 : "<>=".indexOf(order) >= 0;
        ElementType type = orderOk ? typeOfKind(kind) : null;
        if (type == null) {
            throw new MalformedDataException("NPY " + source + ": unsupported dtype '" + descr
                    + "'; supported dtypes: " + SUPPORTED);
        }
        return type;
    }

    private static ElementType typeOfKind(String kind) {
        return switch (kind) {
            case "u1", "b1" -> ElementType.UINT8;
            case "i1" -> ElementType.INT8;
            case "i2" -> ElementType.INT16;
            case "i4" -> ElementType.INT32;
            case "i8" -> ElementType.INT64;
            case "f4" -> ElementType.FLOAT32;
            case "f8" -> ElementType.FLOAT64;
            default -> null;
        };
    }

    private static ByteOrder orderOf(String descr) {
        return switch (descr.charAt(0)) {
            case '>' -> ByteOrder.BIG_ENDIAN;
            case '=' -> ByteOrder.nativeOrder();
            default -> ByteOrder.LITTLE_ENDIAN;
        };
    }
}
