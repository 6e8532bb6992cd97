package org.mmrace.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mmrace.lang.assist.RaceDefinitions;
import org.mmrace.lang.assist.TextChange;

/** Go-to-definition on names the language server's test does not reach: registers, pipes, files, I/O. */
class RaceDefinitionsTest {

    static final String TEXT = """
            scenario defs
            process P
            map P.buf anon private rw pages=2
            thread P.io
              aio_write buf[1] file=F as io1
              vmsplice buf[0] pipe=pp
              aio_wait io1
              pipe_read pp -> r2
            thread P.reader
              load buf[0] -> r1
            kthread ksmd
              load P.buf[0] -> r3
            observe P.reader.r1 == A   "loaded"
            observe ksmd.r3 == A       "ksmd loaded"
            observe F[0] == A          "written"
            """;

    /** The text of the declaration found for the word that starts at the first {@code marker}. */
    private static List<String> declared(String marker, int into) {
        int offset = TEXT.indexOf(marker) + into;
        return RaceDefinitions.at(TEXT, offset).stream()
                .map(s -> TEXT.substring(s.offset(), s.offset() + s.length()) + "@" + line(s.offset())).toList();
    }

    private static int line(int offset) {
        return (int) TEXT.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void aRegisterOfAUserThreadIsTheLoadThatWritesIt() {
        assertEquals(List.of("r1@10"), declared("P.reader.r1", 10));
        assertEquals(List.of("P.reader@9"), declared("P.reader.r1", 4));
        assertEquals(List.of("P@2"), declared("P.reader.r1", 0));
    }

    @Test
    void aRegisterOfAKernelThreadIsQualifiedByTheThreadAlone() {
        assertEquals(List.of("r3@12"), declared("ksmd.r3", 6));
        assertEquals(List.of("ksmd@11"), declared("ksmd.r3", 1));
    }

    @Test
    void aPipeIsDeclaredByItsVmspliceAndAnAsynchronousRequestByItsAs() {
        assertEquals(List.of("pp@6"), declared("pipe_read pp", 11));
        assertEquals(List.of("io1@5"), declared("aio_wait io1", 10));
    }

    @Test
    void aFileIsDeclaredByTheFirstDirectWriteToIt() {
        assertEquals(List.of("F@5"), declared("F[0] ==", 0));
    }

    @Test
    void aWordThatNamesNothingHasNoDefinition() {
        assertEquals(List.of(), declared("== A   \"loaded\"", 3));
        assertEquals(List.of(), declared("observe P.reader", 2));
    }

    @Test
    void theChangeBetweenTwoTextsKeepsTheirCommonPrefixAndSuffix() {
        assertEquals(new TextChange(4, 3, "X"), TextChange.between("abcdEFGhij", "abcdXhij"));
        assertEquals(new TextChange(3, 0, ""), TextChange.between("abc", "abc"));
        assertEquals(new TextChange(0, 0, "new "), TextChange.between("text", "new text"));
    }
}
