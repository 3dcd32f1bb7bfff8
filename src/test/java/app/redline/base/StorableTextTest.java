package app.redline.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void acceptsOrdinaryTextEmojiAndNothing() {
        assertThat(StorableText.problem("双碳 dual carbon \uD83D\uDE00 \uFFFD \t\n")).isNull();
        assertThat(StorableText.problem("")).isNull();
        assertThat(StorableText.problem(null)).isNull();
    }

    @Test
    void namesANulAndWhereItIs() {
        assertThat(StorableText.problem("ab\0c")).isEqualTo("contains a NUL character (at character 3)");
    }

    @Test
    void namesAnUnpairedSurrogateWhereverItIs() {
        assertThat(StorableText.problem("a\uD800")).isEqualTo("contains a broken character (unpaired surrogate U+D800 at character 2)");
        assertThat(StorableText.problem("\uDC00a")).contains("unpaired surrogate U+DC00 at character 1");
        assertThat(StorableText.problem("\uD83D\uD83D\uDE00")).contains("U+D83D at character 1");
        assertThat(StorableText.problem("\uDE00\uD83D")).contains("U+DE00");
    }

    @Test
    void requireSaysWhichFieldAndWhatIsWrong() {
        assertThat(StorableText.require("The comment", "fine")).isEqualTo("fine");
        assertThatThrownBy(() -> StorableText.require("The comment", "bad\0"))
                .isInstanceOf(UserMessageException.class)
                .hasMessage("The comment contains a NUL character (at character 4). Remove that character and try again.");
    }
}
