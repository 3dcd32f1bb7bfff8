package app.redline.checks.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberWordsTest {

    private static NumberWords.Parsed parse(String words) {
        return NumberWords.parse(Arrays.asList(words.split(" ")), 0);
    }

    private static long valueOf(String words) {
        return parse(words).value().longValueExact();
    }

    @Test
    void readsCardinalsWithMultipliers() {
        assertThat(valueOf("ten million")).isEqualTo(10_000_000L);
        assertThat(valueOf("one trillion")).isEqualTo(1_000_000_000_000L);
        assertThat(valueOf("one hundred and twenty five")).isEqualTo(125);
        assertThat(valueOf("two thousand twenty two")).isEqualTo(2022);
        assertThat(valueOf("fifteen hundred")).isEqualTo(1500);
        assertThat(valueOf("three billion five hundred million")).isEqualTo(3_500_000_000L);
        assertThat(valueOf("a million")).isEqualTo(1_000_000L);
        assertThat(parse("ten million").hasScale()).isTrue();
    }

    @Test
    void readsOrdinalsUpToHundredths() {
        assertThat(valueOf("third")).isEqualTo(3);
        assertThat(valueOf("thirteenth")).isEqualTo(13);
        assertThat(valueOf("twentieth")).isEqualTo(20);
        assertThat(valueOf("twenty first")).isEqualTo(21);
        assertThat(valueOf("one hundredth")).isEqualTo(100);
        assertThat(valueOf("one hundred and first")).isEqualTo(101);
        assertThat(parse("fourteenth").ordinal()).isTrue();
        assertThat(parse("fourteen").ordinal()).isFalse();
    }

    @Test
    void stopsWhereTheNumberEnds() {
        assertThat(parse("one two").wordCount()).isEqualTo(1);
        assertThat(parse("two and three").wordCount()).isEqualTo(1);
        assertThat(parse("first five").wordCount()).isEqualTo(1); // an ordinal ends the number
        assertThat(parse("one hundred and").wordCount()).isEqualTo(2);
        assertThat(parse("twenty twenty").value()).isEqualTo(BigDecimal.valueOf(20));
    }

    @Test
    void rejectsWordsThatAreNotNumbers() {
        assertThat(NumberWords.parse(List.of("million"), 0)).isNull();
        assertThat(NumberWords.parse(List.of("hundred"), 0)).isNull();
        assertThat(NumberWords.parse(List.of("meeting"), 0)).isNull();
        assertThat(NumberWords.parse(List.of("a", "second"), 0)).isNull();
        assertThat(NumberWords.parse(List.of(), 0)).isNull();
    }
}
