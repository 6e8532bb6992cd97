package org.mmrace.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mmrace.ui.internal.editor.MapLine;
import org.mmrace.ui.internal.editor.OperationLine;

/** The Design page's fields of an operation or map line: each edit rewrites only its own word. */
class OperationLineTest {

    @Test
    void fieldsOfAnAsynchronousReadAndTheirEditsKeepTheOtherWordsInPlace() {
        OperationLine l = OperationLine.parse("aio_read buf[0].0 data=D gup=fast as io1");
        assertEquals("aio_read", l.operation());
        assertEquals("buf[0].0", l.target());
        assertEquals("D", l.data());
        assertEquals("gup=fast as io1", l.options());
        assertEquals("aio_read buf[1].3 data=D gup=fast as io1", l.withTarget("buf[1].3").text());
        assertEquals("aio_read buf[0].0 data=E gup=fast as io1", l.withData("E").text());
        assertEquals("aio_read buf[0].0 gup=fast as io1", l.withData("").text());
        assertEquals("aio_read buf[0].0 data=D pin=pin as io2", l.withOptions("pin=pin as io2").text());
    }

    @Test
    void aNewDataSymbolGoesBeforeAsAndTheArrow() {
        assertEquals("aio_read buf[0] data=X as io1", OperationLine.parse("aio_read buf[0] as io1").withData("X").text());
        assertEquals("dma_write pin1 0-7 data=X", OperationLine.parse("dma_write pin1 0-7").withData("X").text());
        assertEquals("load buf[0].1 -> r2", OperationLine.parse("load buf[0].1 -> r2").withData("").text());
    }

    @Test
    void operationsWithoutAnAddressHaveTheirNameAsTarget() {
        assertEquals("pin1", OperationLine.parse("dma_write pin1 0-7 data=X").target());
        assertEquals("0-7", OperationLine.parse("dma_write pin1 0-7 data=X").options());
        assertEquals("C", OperationLine.parse("fork C").target());
        assertEquals("", OperationLine.parse("exit").target());
        assertEquals("exit", OperationLine.parse("exit").withOptions("").text());
    }

    @Test
    void aMapLineChangesOneWordOrOption() {
        MapLine m = MapLine.parse("map P.buf anon private rw pages=1 fill=A");
        assertEquals("map P.buf anon shared rw pages=1 fill=A", m.withWord(MapLine.SHARING, "shared").text());
        assertEquals("map P.buf anon private rw pages=4 fill=A", m.withOption("pages", "4").text());
        assertEquals("map P.buf anon private rw pages=1", m.withOption("fill", "").text());
        assertEquals("map Q.io anon private ro pages=2", MapLine.parse("map Q.io anon private ro")
                .withOption("pages", "2").text());
    }
}
