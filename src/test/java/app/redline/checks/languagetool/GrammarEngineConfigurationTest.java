package app.redline.checks.languagetool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GrammarEngineConfigurationTest {

    private final GrammarEngineConfiguration configuration = new GrammarEngineConfiguration();

    @Test
    void noUrlMeansInProcess() {
        assertThat(configuration.grammarEngine("", Duration.ofSeconds(3))).isInstanceOf(LanguageToolEngine.class);
        assertThat(configuration.grammarEngine("  ", Duration.ofSeconds(3))).isInstanceOf(LanguageToolEngine.class);
    }

    @Test
    void aUrlMeansThatLanguageToolServer() {
        assertThat(configuration.grammarEngine("http://languagetool:8010", Duration.ofSeconds(3)))
                .isInstanceOf(RemoteLanguageTool.class);
    }

    @Test
    void aUrlThatIsNotHttpIsRefusedAtStart() {
        assertThatThrownBy(() -> configuration.grammarEngine("languagetool:8010", Duration.ofSeconds(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("redline.languagetool.url");
    }
}
