package org.mmrace.ui.graph.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.mmrace.export.graph.TextMeasurer;

/**
 * Measures text with an SWT GC in the viewer's fonts, caching extents (a 500-node graph has about
 * 1,500 label lines, most of them repeated). UI thread only; dispose with the viewer.
 */
public final class SwtTextMeasurer implements TextMeasurer {

    private final Font plain;
    private final Font bold;
    private final Image scratch;
    private final GC gc;
    private final Map<String, Double> plainWidths = new HashMap<>();
    private final Map<String, Double> boldWidths = new HashMap<>();
    private final double lineHeight;
    private final double ascent;
    private final String family;
    private final double sizePixels;

    public SwtTextMeasurer(Display display, Font plain, Font bold) {
        this.plain = plain;
        this.bold = bold;
        this.scratch = new Image(display, 1, 1);
        this.gc = new GC(scratch);
        gc.setFont(plain);
        FontMetrics metrics = gc.getFontMetrics();
        this.lineHeight = metrics.getHeight();
        this.ascent = metrics.getAscent() + metrics.getLeading();
        FontData data = plain.getFontData()[0];
        this.family = data.getName();
        this.sizePixels = data.getHeight() * display.getDPI().y / 72.0;
    }

    public Font font(boolean isBold) {
        return isBold ? bold : plain;
    }

    @Override
    public double width(String text, boolean isBold) {
        Map<String, Double> cache = isBold ? boldWidths : plainWidths;
        Double width = cache.get(text);
        if (width == null) {
            gc.setFont(font(isBold));
            width = (double) gc.stringExtent(text).x;
            cache.put(text, width);
        }
        return width;
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
        return family;
    }

    @Override
    public double fontSize() {
        return sizePixels;
    }

    public void dispose() {
        gc.dispose();
        scratch.dispose();
    }
}
