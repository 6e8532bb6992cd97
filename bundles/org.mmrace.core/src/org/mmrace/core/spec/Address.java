package org.mmrace.core.spec;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * `P.buf[2].0-3`: process (optional inside a thread of that process), region, page of the
 * region, first and last sector (0..7; a whole page is 0-7).
 */
public record Address(Optional<String> process, String region, int page, int firstSector, int lastSector,
        SourcePos pos) {

    private static final Pattern FORM = Pattern.compile(
            "(?:([A-Za-z_][A-Za-z0-9_-]*)\\.)?([A-Za-z_][A-Za-z0-9_-]*)\\[(\\d+)\\](?:\\.(\\d)(?:-(\\d))?)?");

    public Address {
        if (page < 0 || firstSector < 0 || lastSector > 7 || firstSector > lastSector) {
            throw new IllegalArgumentException("bad address " + region + "[" + page + "]." + firstSector + "-" + lastSector);
        }
    }

    /** Parses the format's address words, e.g. {@code P.buf[0].7}, {@code buf[1].0-3}, {@code Q.buf[0]}. */
    public static Address parse(String text, SourcePos pos) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an address: '" + text + "' (expected like P.buf[0].0-3)");
        }
        int first = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        int last = m.group(4) == null ? 7 : m.group(5) == null ? first : Integer.parseInt(m.group(5));
        return new Address(Optional.ofNullable(m.group(1)), m.group(2), Integer.parseInt(m.group(3)), first, last, pos);
    }

    public static Address parse(String text) {
        return parse(text, SourcePos.NONE);
    }

    /** The same address with the process filled in (inside a thread of process {@code p}). */
    public Address in(String p) {
        return process.isPresent() ? this : new Address(Optional.of(p), region, page, firstSector, lastSector, pos);
    }

    public int sectorCount() {
        return lastSector - firstSector + 1;
    }

    @Override
    public String toString() {
        String s = process.map(p -> p + ".").orElse("") + region + "[" + page + "]";
        if (firstSector == 0 && lastSector == 7) {
            return s;
        }
        return s + "." + firstSector + (lastSector != firstSector ? "-" + lastSector : "");
    }
}
