package org.mmrace.export.graph;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

import javax.imageio.ImageIO;

import org.mmrace.export.graph.internal.AwtScenePainter;

/**
 * Renders a {@link Scene} to PNG with java.awt, headless: anti-aliased shapes and text, at a
 * scale (2 gives crisp images for high-density screens and slides). Small drawings are centred
 * on a canvas of at least {@value #MIN_WIDTH}x{@value #MIN_HEIGHT} pixels.
 */
public final class PngWriter {

    public static final int MIN_WIDTH = 400;
    public static final int MIN_HEIGHT = 300;
    /** Larger images would exhaust memory (4 bytes per pixel). */
    public static final long MAX_PIXELS = 120_000_000L;

    private final double scale;

    public PngWriter(double scale) {
        if (!(scale > 0 && scale <= 8)) {
            throw new IllegalArgumentException("PNG scale out of (0,8]: " + scale);
        }
        this.scale = scale;
    }

    public PngWriter() {
        this(1);
    }

    public BufferedImage render(Scene scene) {
        int width = Math.max(MIN_WIDTH, (int) Math.ceil(scene.width() * scale));
        int height = Math.max(MIN_HEIGHT, (int) Math.ceil(scene.height() * scale));
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("graph too large for PNG at scale " + scale + ": " + width + "x"
                    + height + " pixels; use SVG or a smaller scale");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Rgb bg = scene.background();
            g.setColor(new Color(bg.red(), bg.green(), bg.blue()));
            g.fillRect(0, 0, width, height);
            g.translate((width - scene.width() * scale) / 2, (height - scene.height() * scale) / 2);
            g.scale(scale, scale);
            new AwtScenePainter(scene).paint(scene, g);
        } finally {
            g.dispose();
        }
        return image;
    }

    public void write(Scene scene, OutputStream out) throws IOException {
        if (!ImageIO.write(render(scene), "png", out)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }
}
