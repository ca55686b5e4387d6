package org.gdl4j.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.gdl4j.Tabular;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;

class FiguresTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private static XYChart losses() {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("train", new double[] {1.0, 0.5, 0.25});
        series.put("test", new double[] {1.1, 0.7, 0.6});
        return Figures.lineChart("loss", "epoch", "loss", new double[] {1, 2, 3}, series);
    }

    @Test
    void pngBytesStartWithThePngSignatureAndDecodeToTheChartSize() throws IOException {
        byte[] png = Figures.png(losses());
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(Figures.WIDTH, image.getWidth());
        assertEquals(Figures.HEIGHT, image.getHeight());
    }

    @Test
    void base64DecodesToThePngBytes() {
        XYChart chart = losses();
        byte[] decoded = Base64.getDecoder().decode(Figures.pngBase64(chart));
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(decoded, 8));
    }

    @Test
    void lineChartKeepsSeriesInOrderWithTheirNames() {
        XYChart chart = losses();
        assertEquals(List.of("train", "test"), List.copyOf(chart.getSeriesMap().keySet()));
        assertEquals("epoch", chart.getXAxisTitle());
    }

    @Test
    void seriesOfTheWrongLengthIsRejectedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Figures.lineChart("t", "x", "y", new double[] {1, 2},
                        Map.of("short", new double[] {1})));
        assertTrue(e.getMessage().contains("'short'") && e.getMessage().contains("2"), e.getMessage());
    }

    @Test
    void lineChartWithoutSeriesIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> Figures.lineChart("t", "x", "y", new double[] {1}, Map.of()));
    }

    @Test
    void classCountsMakeOneBarPerClassAndRenderAsPng() throws IOException {
        CategoryChart chart =
                Figures.classCounts("classes", List.of("shirt", "bag", "boot"), new int[] {5, 3, 9});
        assertEquals(1, chart.getSeriesMap().size());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Figures.png(chart)));
        assertEquals(Figures.WIDTH, image.getWidth());
    }

    @Test
    void classCountsWithMismatchedLengthsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> Figures.classCounts("c", List.of("a", "b"), new int[] {1}));
    }

    @Test
    void barChartFromATabularUsesTheNamedColumns() {
        Tabular table = new Tabular() {
            public List<String> columnNames() {
                return List.of("element", "error");
            }

            public List<List<Object>> rows() {
                return List.of(List.of("r1", 1e-7), List.of("r2", 2e-7));
            }
        };
        CategoryChart chart = Figures.barChart("errors", table, "element", "error");
        assertEquals("element", chart.getXAxisTitle());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Figures.barChart("errors", table, "element", "missing"));
        assertTrue(e.getMessage().contains("[element, error]"), e.getMessage());
    }
}
