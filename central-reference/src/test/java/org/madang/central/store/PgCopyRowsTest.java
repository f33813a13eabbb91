package org.madang.central.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PgCopyRowsTest {

    @Test
    void refusesARowWithMoreValuesThanColumns() {
        PgCopyRows rows = new PgCopyRows("t", new String[] {"a", "b"}, 0);
        rows.row().int8(1).text("x");
        assertThatThrownBy(() -> rows.int4(2)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("more values than its 2 columns");
    }

    @Test
    void refusesToStartARowBeforeThePreviousIsComplete() {
        PgCopyRows rows = new PgCopyRows("t", new String[] {"a", "b"}, 0);
        rows.row().int8(1);
        assertThatThrownBy(rows::row).isInstanceOf(IllegalStateException.class).hasMessageContaining("lacks 1 value");
    }
}
