package app.redline.checks.languagetool;

import app.redline.checks.Check;
import app.redline.checks.CheckInput;
import app.redline.checks.Issue;
import app.redline.checks.Severity;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Grammar and spelling of the clean text. Spelling hits on glossary terms are dropped: the glossary, not the
 * dictionary, decides how "Changchun", "CPC" or "Two Upholds" are written.
 */
@Component
class LanguageToolCheck implements Check {

    private static final int MAX_SUGGESTIONS = 5;
    private final GrammarEngine engine;

    LanguageToolCheck(GrammarEngine engine) {
        this.engine = engine;
    }

    @Override
    public String id() {
        return "languagetool";
    }

    @Override
    public String unavailableMessage() {
        return "Grammar checks are unavailable right now (LanguageTool is not answering); editing and saving go on.";
    }

    @Override
    public String couldNotRunMessage() {
        return "The grammar check could not run (LanguageTool is not answering)";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        String text = input.cleanText();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        GlossarySpans approved = GlossarySpans.of(input);
        return engine.check(text, input.targetLanguage()).stream()
                .filter(match -> !(match.spelling() && approved.covers(match.from(), match.to())))
                // The rule id carries its category ("TYPOS/MORFOLOGIK_RULE_EN_US"), so a project can switch off either.
                .map(match -> new Issue(id(), match.categoryId() + "/" + match.ruleId(), severity(match),
                        match.from(), match.to(), match.message(),
                        match.replacements().stream().limit(MAX_SUGGESTIONS).toList()))
                .toList();
    }

    private static Severity severity(GrammarMatch match) {
        String type = match.issueType();
        if (match.spelling() || type.equals("misspelling") || type.equals("grammar")) {
            return Severity.ERROR;
        }
        return type.equals("style") || type.equals("register") ? Severity.INFO : Severity.WARNING;
    }
}
