package app.redline.checks.languagetool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpTextsTest {

    @Test
    void aThousandWarmUpTextsAreAllDifferentSentences() {
        List<String> texts = WarmUpTexts.english(1_000);

        assertThat(texts).hasSize(1_000).allSatisfy(text -> assertThat(text).endsWith(".").hasSizeGreaterThanOrEqualTo(40));
        assertThat(new HashSet<>(texts)).hasSize(1_000);
    }
}
