package app.redline.checks.languagetool;

import app.redline.checks.Check;
import app.redline.checks.CheckInput;
import app.redline.checks.Issue;
import app.redline.checks.Severity;
import java.util.List;
import org.languagetool.rules.Categories;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.RuleMatch;
import org.springframework.stereotype.Component;

/**
 * Grammar and spelling of the clean text. Spelling hits on glossary terms are dropped: the glossary, not the
 * dictionary, decides how "Changchun", "CPC" or "Two Upholds" are written.
 */
@Component
class LanguageToolCheck implements Check {

    private static final int MAX_SUGGESTIONS = 5;
    private final LanguageToolEngine engine;

    LanguageToolCheck(LanguageToolEngine engine) {
        this.engine = engine;
    }

    @Override
    public String id() {
        return "languagetool";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        String text = input.cleanText();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        GlossarySpans approved = GlossarySpans.of(input);
        return engine.check(text, input.targetLanguage()).stream()
                .filter(match -> !(isSpelling(match) && approved.covers(match.getFromPos(), match.getToPos())))
                // The rule id carries its category ("TYPOS/MORFOLOGIK_RULE_EN_US"), so a project can switch off either.
                .map(match -> new Issue(id(), match.getRule().getCategory().getId() + "/" + match.getRule().getId(),
                        severity(match), match.getFromPos(), match.getToPos(),
                        match.getMessage().replaceAll("</?suggestion>", "\""),
                        match.getSuggestedReplacements().stream().limit(MAX_SUGGESTIONS).toList()))
                .toList();
    }

    private static boolean isSpelling(RuleMatch match) {
        return match.getRule().isDictionaryBasedSpellingRule()
                || match.getRule().getCategory().getId().equals(Categories.TYPOS.getId());
    }

    private static Severity severity(RuleMatch match) {
        ITSIssueType type = match.getRule().getLocQualityIssueType();
        if (isSpelling(match) || type == ITSIssueType.Misspelling || type == ITSIssueType.Grammar) {
            return Severity.ERROR;
        }
        return type == ITSIssueType.Style || type == ITSIssueType.Register ? Severity.INFO : Severity.WARNING;
    }
}
