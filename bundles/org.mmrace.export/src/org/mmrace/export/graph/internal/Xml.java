package org.mmrace.export.graph.internal;

import java.util.Locale;

/** Escaping for XML text and attribute values, and number formatting for SVG. */
public final class Xml {

    private Xml() {
    }

    /**
     * Escapes markup characters and drops characters XML 1.0 does not allow at all (most control
     * characters, U+FFFE, U+FFFF, unpaired surrogates), so any label gives a well-formed document.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\t', '\n', '\r' -> out.append("&#").append((int) c).append(';');
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c >= 0x20 && c != 0xfffe && c != 0xffff && !Character.isSurrogate(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Shortest plain decimal with at most two fraction digits, in the root locale. */
    public static String num(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String s = String.format(Locale.ROOT, "%.2f", value);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
