package app.redline.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlArraysTest {

    @Test
    void writesTheIdsIntoTheStatementAsOneArrayConstant() {
        assertThat(SqlArrays.inline("select 1 from t where id = any(cast(:ids as bigint[]))", "ids", List.of(3L, 1L, 2L)))
                .isEqualTo("select 1 from t where id = any(cast('{3,1,2}' as bigint[]))");
        assertThat(SqlArrays.inline("select 1 from t where not (id = any(cast(:ids as bigint[])))", "ids", List.of()))
                .isEqualTo("select 1 from t where not (id = any(cast('{}' as bigint[])))");
    }

    @Test
    void refusesAStatementWithoutThePlaceholder() {
        assertThatThrownBy(() -> SqlArrays.inline("select 1", "ids", List.of(1L))).isInstanceOf(IllegalArgumentException.class);
    }
}
