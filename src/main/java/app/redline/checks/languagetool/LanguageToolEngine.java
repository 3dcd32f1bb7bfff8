package app.redline.checks.languagetool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * LanguageTool in-process. JLanguageTool is not thread-safe, so every thread gets its own instance per
 * language (an extra instance is cheap once the language's data is loaded).
 */
@Component
class LanguageToolEngine {

    private static final Logger log = LoggerFactory.getLogger(LanguageToolEngine.class);
    private final ThreadLocal<Map<String, JLanguageTool>> tools = ThreadLocal.withInitial(HashMap::new);

    List<RuleMatch> check(String text, String languageTag) {
        JLanguageTool tool = tools.get().computeIfAbsent(languageTag, LanguageToolEngine::create);
        try {
            return tool.check(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a language's rules and dictionaries ahead of the first check (several seconds for English). */
    void warm(String languageTag) {
        long start = System.nanoTime();
        check("This is a warm-up sentence.", languageTag);
        log.info("LanguageTool {} ready in {} ms", languageTag, (System.nanoTime() - start) / 1_000_000);
    }

    private static JLanguageTool create(String languageTag) {
        Language language;
        try {
            language = Languages.getLanguageForShortCode(languageTag);
        } catch (IllegalArgumentException unknown) {
            language = Languages.getLanguageForShortCode("en-US");
        }
        return new JLanguageTool(language);
    }
}
