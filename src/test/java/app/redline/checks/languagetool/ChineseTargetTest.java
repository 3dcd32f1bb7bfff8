package app.redline.checks.languagetool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** Chinese is a target language a project can choose: LanguageTool checks it as Chinese, not as English. */
class ChineseTargetTest {

    @Test
    void chineseIsCheckedAsChinese() {
        assertThat(TargetLanguage.tag("zh-CN")).isEqualTo("zh-CN");
        assertThat(TargetLanguage.of("zh-CN").getShortCode()).isEqualTo("zh");
        assertThatCode(() -> new LanguageToolEngine().check("会议传达学习了习近平总书记的重要讲话精神。", "zh-CN"))
                .doesNotThrowAnyException();
    }
}
