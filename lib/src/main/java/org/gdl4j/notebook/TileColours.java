package org.gdl4j.notebook;

/** How image values become RGB pixels. */
enum TileColours {
    /** One channel as gray or three as RGB; values in {@code [0, 1]}, clipped; NaN is 0. */
    DIRECT,
    /** One signed channel: {@code -a} blue, 0 white, {@code +a} red; clipped to {@code [-a, a]}; NaN is 0. */
    DIVERGING;

    /** Red end of the diverging map, as {@code 0xRRGGBB}. */
    static final int RED = 0xB2182B;
    /** Blue end of the diverging map, as {@code 0xRRGGBB}. */
    static final int BLUE = 0x2166AC;
    private static final int WHITE = 0xFFFFFF;

    /** The {@code 0xRRGGBB} colour of pixel ({@code y}, {@code x}) of image {@code i}. */
    int rgb(ImageBatch batch, int i, int y, int x, double amplitude) {
        return switch (this) {
            case DIRECT -> direct(batch, i, y, x);
            case DIVERGING -> diverging(batch.at(i, 0, y, x), amplitude);
        };
    }

    private static int direct(ImageBatch batch, int i, int y, int x) {
        if (batch.channels() == 1) {
            int g = level(batch.at(i, 0, y, x));
            return g << 16 | g << 8 | g;
        }
        return level(batch.at(i, 0, y, x)) << 16
                | level(batch.at(i, 1, y, x)) << 8
                | level(batch.at(i, 2, y, x));
    }

    private static int diverging(double value, double amplitude) {
        double t = Double.isNaN(value) ? 0 : Math.max(-1, Math.min(1, value / amplitude));
        return blend(WHITE, t >= 0 ? RED : BLUE, Math.abs(t));
    }

    private static int level(double value) {
        double clipped = Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
        return (int) Math.round(clipped * 255);
    }

    private static int blend(int from, int to, double t) {
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int a = from >> shift & 0xFF;
            int b = to >> shift & 0xFF;
            rgb |= (int) Math.round(a + (b - a) * t) << shift;
        }
        return rgb;
    }
}
