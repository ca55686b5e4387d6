package org.gdl4j.notebook;

/**
 * Where the tiles of an {@link ImageGrid} go.
 *
 * @param columns       tiles per row
 * @param rows          rows of tiles
 * @param tileWidth     width of one tile in pixels, {@code W·scale}
 * @param tileHeight    height of one tile's image in pixels, {@code H·scale}
 * @param captionHeight height of the caption band under each tile, 0 without captions
 * @param padding       pixels around and between cells
 */
record GridLayout(int columns, int rows, int tileWidth, int tileHeight, int captionHeight, int padding) {

    static GridLayout of(ImageBatch batch, int maxColumns, int scale, int padding, int captionHeight) {
        int columns = Math.min(maxColumns, batch.n());
        int rows = (batch.n() + columns - 1) / columns;
        long tileWidth = (long) batch.width() * scale;
        long tileHeight = (long) batch.height() * scale;
        long width = columns * tileWidth + (columns + 1L) * padding;
        long height = rows * (tileHeight + captionHeight) + (rows + 1L) * padding;
        if (width * height > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a grid of " + width + " x " + height
                    + " pixels is too large to draw; use fewer images or a smaller scale");
        }
        return new GridLayout(columns, rows, (int) tileWidth, (int) tileHeight, captionHeight, padding);
    }

    int width() {
        return columns * tileWidth + (columns + 1) * padding;
    }

    int height() {
        return rows * (tileHeight + captionHeight) + (rows + 1) * padding;
    }

    /** Left edge of tile {@code i}. */
    int tileX(int i) {
        return padding + (i % columns) * (tileWidth + padding);
    }

    /** Top edge of tile {@code i}. */
    int tileY(int i) {
        return padding + (i / columns) * (tileHeight + captionHeight + padding);
    }
}
