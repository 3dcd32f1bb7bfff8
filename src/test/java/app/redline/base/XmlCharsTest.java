package app.redline.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlCharsTest {

    @Test
    void marksWhatXmlCannotCarryOrLeavesItOutAndKeepsSurrogatePairs() {
        String text = "Bell\u0007 \uD83D\uDE00 lone \uD800 end\uFFFE";

        assertThat(XmlChars.clean(text)).isEqualTo("Bell\uFFFD \uD83D\uDE00 lone \uFFFD end\uFFFD");
        assertThat(XmlChars.withoutInvalid(text)).isEqualTo("Bell \uD83D\uDE00 lone  end");
        assertThat(XmlChars.clean(null)).isEmpty();
    }
}
