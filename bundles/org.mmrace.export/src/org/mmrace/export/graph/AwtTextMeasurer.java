package org.mmrace.export.graph;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;

/**
 * Measures with java.awt fonts; works headless (no display needed). The same font settings are
 * used by {@link PngWriter}, so PNG text fits its boxes exactly.
 */
public final class AwtTextMeasurer implements TextMeasurer {

    /** DejaVu Sans ships with every Linux desktop and with the JDK's fontconfig fallbacks. */
    public static final String DEFAULT_FAMILY = "DejaVu Sans";
    public static final double DEFAULT_SIZE = 12;

    private final Font plain;
    private final Font bold;
    private final FontRenderContext context = new FontRenderContext(new AffineTransform(), true, true);
    private final double lineHeight;
    private final double ascent;

    public AwtTextMeasurer() {
        this(DEFAULT_FAMILY, DEFAULT_SIZE);
    }

    public AwtTextMeasurer(String family, double size) {
        this.plain = new Font(family, Font.PLAIN, 1).deriveFont((float) size);
        this.bold = plain.deriveFont(Font.BOLD);
        LineMetrics metrics = plain.getLineMetrics("Xgjp|", context);
        this.ascent = Math.ceil(metrics.getAscent());
        this.lineHeight = Math.ceil(metrics.getAscent() + metrics.getDescent() + metrics.getLeading());
    }

    /** The font this measurer measures, for painting with the same metrics. */
    public Font font(boolean isBold) {
        return isBold ? bold : plain;
    }

    public FontRenderContext renderContext() {
        return context;
    }

    @Override
    public double width(String text, boolean isBold) {
        return font(isBold).getStringBounds(text, context).getWidth();
    }

    @Override
    public double lineHeight() {
        return lineHeight;
    }

    @Override
    public double ascent() {
        return ascent;
    }

    @Override
    public String fontFamily() {
        return plain.getFamily();
    }

    @Override
    public double fontSize() {
        return plain.getSize2D();
    }
}
