package org.mmrace.lang.assist;

/**
 * The smallest single replacement that turns one text into another: the common prefix and suffix
 * are left alone, so a formatted file keeps the editor's markers, undo steps and cursor where the
 * text did not change. Used by the workbench's Format and the language server's formatting.
 *
 * @param offset where the replaced text starts in the old text
 * @param length how many characters of the old text are replaced
 * @param replacement the new text in their place
 */
public record TextChange(int offset, int length, String replacement) {

    /** The change from {@code before} to {@code after}; empty (length 0, "") when they are equal. */
    public static TextChange between(String before, String after) {
        int max = Math.min(before.length(), after.length());
        int prefix = 0;
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return new TextChange(prefix, before.length() - suffix - prefix,
                after.substring(prefix, after.length() - suffix));
    }

    public boolean isEmpty() {
        return length == 0 && replacement.isEmpty();
    }

    public int end() {
        return offset + length;
    }
}
