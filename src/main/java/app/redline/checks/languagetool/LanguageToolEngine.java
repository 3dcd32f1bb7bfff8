package app.redline.checks.languagetool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.Categories;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LanguageTool in-process. JLanguageTool is not thread-safe, so every thread gets its own instance per
 * language, created on the thread's first check in that language (an extra instance is cheap once the
 * language's data is loaded).
 */
final class LanguageToolEngine implements GrammarEngine {

    private static final Logger log = LoggerFactory.getLogger(LanguageToolEngine.class);
    private static final String TYPOS = Categories.TYPOS.getId().toString();
    private final ThreadLocal<Map<String, JLanguageTool>> tools = ThreadLocal.withInitial(HashMap::new);
    private final int jitWarmUpChecks;

    /** @param jitWarmUpChecks checks of sample sentences after loading English, so the JIT compiles LanguageTool early */
    LanguageToolEngine(int jitWarmUpChecks) {
        this.jitWarmUpChecks = jitWarmUpChecks;
    }

    LanguageToolEngine() {
        this(0);
    }

    @Override
    public List<GrammarMatch> check(String text, String languageTag) {
        JLanguageTool tool = tools.get().computeIfAbsent(languageTag, tag -> new JLanguageTool(TargetLanguage.of(tag)));
        try {
            return tool.check(text).stream().map(match -> toGrammarMatch(match, tool.getLanguage())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads a language's rules and dictionaries ahead of the first check (several seconds for English), then for
     * English checks sample sentences until the JIT has compiled LanguageTool's hot code: the first thousand checks
     * after a start are otherwise up to 40% slower than later ones.
     */
    @Override
    public void warm(String languageTag) {
        long start = System.nanoTime();
        try {
            check("This is a warm-up sentence.", languageTag);
            log.info("LanguageTool {} ready in {} ms", languageTag, (System.nanoTime() - start) / 1_000_000);
            if (jitWarmUpChecks > 0 && languageTag.startsWith("en")) {
                long compiling = System.nanoTime();
                WarmUpTexts.english(jitWarmUpChecks).forEach(text -> check(text, languageTag));
                log.info("LanguageTool {} warmed with {} checks in {} ms", languageTag, jitWarmUpChecks,
                        (System.nanoTime() - compiling) / 1_000_000);
            }
        } catch (RuntimeException e) {
            log.warn("LanguageTool {} could not be loaded ahead; the first check will try again", languageTag, e);
        }
    }

    /**
     * Says what LanguageTool's HTTP API would say about the match, so the remote engine gives the same issues:
     * the message in the language's typography ("‘he’", “suggestion”), the ITS issue type in its lower-case name.
     */
    static GrammarMatch toGrammarMatch(RuleMatch match, Language language) {
        Rule rule = match.getRule();
        String category = Objects.toString(rule.getCategory().getId(), "");
        // The HTTP API has no isDictionaryBasedSpellingRule(); its "UnknownWord" type is what spelling rules set.
        boolean spelling = rule.isDictionaryBasedSpellingRule() || category.equals(TYPOS)
                || match.getType() == RuleMatch.Type.UnknownWord;
        return new GrammarMatch(match.getFromPos(), match.getToPos(), rule.getId(), category,
                language.toAdvancedTypography(match.getMessage()), match.getSuggestedReplacements(), spelling,
                Objects.toString(rule.getLocQualityIssueType(), "uncategorized"));
    }
}
