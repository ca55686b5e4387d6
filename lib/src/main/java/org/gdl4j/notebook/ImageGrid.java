package org.gdl4j.notebook;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Lays out a batch of images as one picture: a grid of tiles with a thin border, optionally with
 * a caption under each tile, ready for {@code display(...)} in a notebook (IJava shows any
 * {@link BufferedImage} as PNG).
 *
 * <p>An {@code ImageGrid} is an immutable recipe; each method returns a changed copy:
 * <pre>{@code
 * BufferedImage samples = ImageGrid.columns(8).scale(2).captions(classNames).render(x);
 * BufferedImage saliency = ImageGrid.columns(4).scale(3).diverging().render(heat);
 * }</pre>
 *
 * <p><b>Input.</b> {@code [N, C, H, W]} with {@code C = 1} (grayscale) or {@code C = 3} (RGB), or
 * {@code [N, H, W]} as grayscale, in any ND4J data type. By default values are intensities in
 * {@code [0, 1]}: 0 is black, 1 is white, values outside are clipped and NaN is drawn as 0 (divide
 * 8-bit images by 255 first). With {@link #diverging()} a single channel holds signed values in
 * {@code [-a, a]}, drawn blue (negative), white (zero) and red (positive), as for heat maps of a
 * counterfactual's change.
 *
 * <p><b>Output.</b> Tiles of {@code H·scale × W·scale} pixels (nearest-neighbour upscaling, so
 * pixels stay sharp), left to right and top to bottom, separated and framed by {@code padding}
 * pixels of {@link #BACKGROUND}. Captions, when given, sit in a band under each tile in a logical
 * sans-serif font (drawn headless; Debian needs {@code fonts-dejavu-core} or another font
 * installed), shortened with an ellipsis when wider than the tile.
 */
public final class ImageGrid {

    /** Colour of the border between tiles and behind captions. */
    public static final Color BACKGROUND = new Color(0xDDDDDD);
    /** Colour of caption text. */
    public static final Color CAPTION_COLOUR = new Color(0x202020);

    private static final int CAPTION_FONT_SIZE = 11;

    private final int columns;
    private final int scale;
    private final int padding;
    private final List<String> captions;
    private final TileColours colours;
    private final OptionalDouble amplitude;

    private ImageGrid(int columns, int scale, int padding, List<String> captions,
                      TileColours colours, OptionalDouble amplitude) {
        this.columns = columns;
        this.scale = scale;
        this.padding = padding;
        this.captions = captions;
        this.colours = colours;
        this.amplitude = amplitude;
    }

    /**
     * Starts a recipe with the given number of columns, upscaling 1, padding 1 and no captions;
     * fewer images than columns give a single, narrower row.
     *
     * @param columns tiles per row, {@code >= 1}
     * @return a new recipe
     */
    public static ImageGrid columns(int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("expected columns >= 1 but got " + columns);
        }
        return new ImageGrid(columns, 1, 1, List.of(), TileColours.DIRECT, OptionalDouble.empty());
    }

    /**
     * Sets the integer upscaling factor: each image pixel becomes {@code factor × factor} pixels.
     *
     * @param factor {@code >= 1}; 2 or 3 suits 28 × 28 images
     * @return a changed copy
     */
    public ImageGrid scale(int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("expected a scale factor >= 1 but got " + factor);
        }
        return new ImageGrid(columns, factor, padding, captions, colours, amplitude);
    }

    /**
     * Sets the width of the border around and between tiles.
     *
     * @param pixels {@code >= 0}; 1 or 2 reads well
     * @return a changed copy
     */
    public ImageGrid padding(int pixels) {
        if (pixels < 0) {
            throw new IllegalArgumentException("expected padding >= 0 pixels but got " + pixels);
        }
        return new ImageGrid(columns, scale, pixels, captions, colours, amplitude);
    }

    /**
     * Sets one caption per image, drawn under its tile, for example class names.
     *
     * @param texts {@code N} captions, in image order; checked against {@code N} by {@link #render}
     * @return a changed copy
     */
    public ImageGrid captions(List<String> texts) {
        List<String> copy = List.copyOf(Objects.requireNonNull(texts, "texts"));
        return new ImageGrid(columns, scale, padding, copy, colours, amplitude);
    }

    /**
     * Draws signed single-channel values with the blue–white–red map, scaled so that the largest
     * absolute value in the whole batch is full colour (all tiles share one scale).
     *
     * @return a changed copy
     */
    public ImageGrid diverging() {
        return new ImageGrid(columns, scale, padding, captions, TileColours.DIVERGING,
                OptionalDouble.empty());
    }

    /**
     * Draws signed single-channel values with the blue–white–red map: {@code -amplitude} is full
     * blue, 0 white, {@code +amplitude} full red; values beyond are clipped.
     *
     * @param amplitude the value drawn in full colour, positive and finite
     * @return a changed copy
     */
    public ImageGrid diverging(double amplitude) {
        if (!(amplitude > 0) || Double.isInfinite(amplitude)) {
            throw new IllegalArgumentException("expected a positive, finite amplitude but got " + amplitude);
        }
        return new ImageGrid(columns, scale, padding, captions, TileColours.DIVERGING,
                OptionalDouble.of(amplitude));
    }

    /**
     * Draws the images as a grid.
     *
     * @param images {@code [N, C, H, W]} with {@code C} 1 or 3, or {@code [N, H, W]}; with
     *               {@link #diverging()} only one channel
     * @return an RGB image of {@code cols·W·scale + (cols + 1)·padding} by
     *         {@code rows·(H·scale + captionHeight) + (rows + 1)·padding} pixels, where
     *         {@code cols = min(columns, N)} and {@code rows = ceil(N / cols)}
     * @throws IllegalArgumentException if the shape, the channel count or the number of captions is wrong
     */
    public BufferedImage render(INDArray images) {
        ImageBatch batch = ImageBatch.of(images);
        check(batch);
        Font font = captions.isEmpty() ? null : new Font(Font.SANS_SERIF, Font.PLAIN, CAPTION_FONT_SIZE);
        GridLayout layout = GridLayout.of(batch, columns, scale, padding, captionHeight(font));
        BufferedImage grid = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grid.createGraphics();
        try {
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, layout.width(), layout.height());
            double a = colours == TileColours.DIVERGING ? amplitude.orElseGet(() -> maxAbs(batch)) : 1;
            for (int i = 0; i < batch.n(); i++) {
                paintTile(grid, batch, i, layout.tileX(i), layout.tileY(i), a);
            }
            if (font != null) {
                drawCaptions(g, font, layout);
            }
        } finally {
            g.dispose();
        }
        return grid;
    }

    private void check(ImageBatch batch) {
        if (colours == TileColours.DIVERGING && batch.channels() != 1) {
            throw new IllegalArgumentException("expected one channel for the diverging colour map, "
                    + "[N, 1, H, W] or [N, H, W], but got " + batch.shapeText());
        }
        if (!captions.isEmpty() && captions.size() != batch.n()) {
            throw new IllegalArgumentException("expected one caption per image (N = " + batch.n()
                    + ") but got " + captions.size() + " captions");
        }
    }

    private void paintTile(BufferedImage grid, ImageBatch batch, int i, int x0, int y0, double a) {
        for (int y = 0; y < batch.height(); y++) {
            for (int x = 0; x < batch.width(); x++) {
                int rgb = colours.rgb(batch, i, y, x, a);
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        grid.setRGB(x0 + x * scale + dx, y0 + y * scale + dy, rgb);
                    }
                }
            }
        }
    }

    private void drawCaptions(Graphics2D g, Font font, GridLayout layout) {
        g.setFont(font);
        g.setColor(CAPTION_COLOUR);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        FontMetrics metrics = g.getFontMetrics();
        for (int i = 0; i < captions.size(); i++) {
            String text = fit(captions.get(i), metrics, layout.tileWidth());
            int x = layout.tileX(i) + (layout.tileWidth() - metrics.stringWidth(text)) / 2;
            int y = layout.tileY(i) + layout.tileHeight() + 1 + metrics.getAscent();
            g.drawString(text, x, y);
        }
    }

    private static String fit(String text, FontMetrics metrics, int width) {
        String shown = text == null ? "" : text;
        if (metrics.stringWidth(shown) <= width) {
            return shown;
        }
        while (!shown.isEmpty() && metrics.stringWidth(shown + "\u2026") > width) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown + "\u2026";
    }

    private static int captionHeight(Font font) {
        if (font == null) {
            return 0;
        }
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            return g.getFontMetrics(font).getHeight() + 2;
        } finally {
            g.dispose();
        }
    }

    private static double maxAbs(ImageBatch batch) {
        double max = 0;
        for (double v : batch.values()) {
            if (Double.isFinite(v)) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return max > 0 ? max : 1;
    }
}
