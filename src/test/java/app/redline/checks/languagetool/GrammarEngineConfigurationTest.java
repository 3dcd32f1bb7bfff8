package app.redline.checks.languagetool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GrammarEngineConfigurationTest {

    private final GrammarEngineConfiguration configuration = new GrammarEngineConfiguration();

    @Test
    void noUrlMeansInProcess() {
        assertThat(engine("")).isInstanceOf(LanguageToolEngine.class);
        assertThat(engine("  ")).isInstanceOf(LanguageToolEngine.class);
    }

    @Test
    void aUrlMeansThatLanguageToolServer() {
        assertThat(engine("http://languagetool:8010")).isInstanceOf(RemoteLanguageTool.class);
    }

    private GrammarEngine engine(String url) {
        return ((CachedGrammarEngine) configuration.grammarEngine(url, Duration.ofSeconds(3), 0)).uncached();
    }

    @Test
    void aUrlThatIsNotHttpIsRefusedAtStart() {
        assertThatThrownBy(() -> configuration.grammarEngine("languagetool:8010", Duration.ofSeconds(3), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("redline.languagetool.url");
    }
}
