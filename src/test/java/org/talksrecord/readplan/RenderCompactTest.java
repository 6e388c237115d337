package org.talksrecord.readplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

class RenderCompactTest {

    @Test
    void unusedPlacesAreDroppedAndTheRestRenumberedInOrder() {
        Render.Finished finished = Render.compact("select $1::int8, '$' || $3::text, $12::int4 where $3::text <> ''",
                List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"));
        assertEquals("select $1::int8, '$' || $2::text, $3::int4 where $2::text <> ''", finished.sql());
        assertEquals(List.of("a", "c", "l"), finished.params());
    }

    @Test
    void aStatementUsingEveryPlaceIsKeptAsItIs() {
        String sql = "select $2::int8, $1::text";
        List<Object> params = List.of("a", "b");
        Render.Finished finished = Render.compact(sql, params);
        assertSame(sql, finished.sql());
        assertEquals(params, finished.params());
    }
}
