package app.redline.checks.glossary;

import app.redline.checks.Check;
import app.redline.checks.CheckInput;
import app.redline.checks.GlossaryIndex;
import app.redline.checks.Issue;
import app.redline.checks.Severity;
import app.redline.checks.TermHit;
import app.redline.glossary.TermStatus;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** A forbidden target term in the clean text is an error, a deprecated one a warning; the fix is the preferred term. */
@Component
public class ForbiddenTermCheck implements Check {

    public static final String ID = "glossary-forbidden";
    public static final String FORBIDDEN_RULE = "forbidden-term";
    public static final String DEPRECATED_RULE = "deprecated-term";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Issue> check(CheckInput input) {
        GlossaryIndex glossary = input.glossary();
        String text = input.cleanText();
        if (glossary == null || text == null || text.isBlank()) {
            return List.of();
        }
        List<Issue> issues = new ArrayList<>();
        for (TermHit hit : unapprovedRenderings(input.termHits().inCleanText(), text)) {
            issues.add(issueFor(hit, glossary, text));
        }
        return issues;
    }

    /**
     * The forbidden and deprecated terms among the hits that are not part of a longer term; a case-sensitive one
     * ("CCP") only as the glossary writes it.
     */
    static List<TermHit> unapprovedRenderings(List<TermHit> hits, String text) {
        List<TermHit> renderings = new ArrayList<>();
        for (TermHit hit : Overlaps.longestMatches(hits)) {
            if (!hit.approved() && (!hit.term().caseSensitive() || TermCasing.casedAsTerm(hit, text))) {
                renderings.add(hit);
            }
        }
        return renderings;
    }

    private static Issue issueFor(TermHit hit, GlossaryIndex glossary, String text) {
        boolean forbidden = hit.term().status() == TermStatus.FORBIDDEN;
        List<String> replacements = Renderings.replacements(glossary, hit.concept(), text, hit.start());
        String message = Renderings.quoted(hit.matched()) + (forbidden ? " is a forbidden rendering" : " is deprecated")
                + (replacements.isEmpty() ? "" : ": use " + Renderings.quoted(replacements.getFirst()));
        return new Issue(ID, forbidden ? FORBIDDEN_RULE : DEPRECATED_RULE, forbidden ? Severity.ERROR : Severity.WARNING,
                hit.start(), hit.end(), message, replacements);
    }
}
