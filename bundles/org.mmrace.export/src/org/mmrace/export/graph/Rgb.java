package org.mmrace.export.graph;

import java.util.Locale;

/** An sRGB colour; the one colour type shared by the DOT, SVG, PNG and SWT renderings. */
public record Rgb(int red, int green, int blue) {

    public static final Rgb BLACK = new Rgb(0, 0, 0);
    public static final Rgb WHITE = new Rgb(255, 255, 255);

    public Rgb {
        check(red);
        check(green);
        check(blue);
    }

    private static void check(int component) {
        if (component < 0 || component > 255) {
            throw new IllegalArgumentException("colour component out of 0..255: " + component);
        }
    }

    /** Parses {@code #rrggbb}. */
    public static Rgb hex(String hex) {
        if (hex.length() != 7 || hex.charAt(0) != '#') {
            throw new IllegalArgumentException("expected #rrggbb, got " + hex);
        }
        int value = Integer.parseInt(hex.substring(1), 16);
        return new Rgb(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
    }

    /** {@code #rrggbb}, as SVG and Graphviz want it. */
    public String toHex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }
}
