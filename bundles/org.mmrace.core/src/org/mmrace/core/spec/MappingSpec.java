package org.mmrace.core.spec;

/**
 * `map P.buf anon private rw pages=1 fill=A`. {@code fill} holds one symbol per sector (8 chars);
 * a one-symbol fill in the file means that symbol in all 8 sectors. {@code thp} is the `thp=` option.
 */
public record MappingSpec(String process, String region, String kind, Sharing sharing, Prot prot, int pages,
        String fill, ThpMode thp, SourcePos pos) {

    /** A mapping of order-0 pages (no `thp=`). */
    public MappingSpec(String process, String region, String kind, Sharing sharing, Prot prot, int pages, String fill,
            SourcePos pos) {
        this(process, region, kind, sharing, prot, pages, fill, ThpMode.NONE, pos);
    }

    public MappingSpec {
        if (fill.length() == 1) {
            fill = fill.repeat(8);
        }
        if (fill.length() != 8) {
            throw new IllegalArgumentException("fill must be one symbol or 8 symbols: " + fill);
        }
    }
}
