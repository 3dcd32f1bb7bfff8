package app.redline.checks.glossary;

import app.redline.checks.Check;
import app.redline.checks.CheckInput;
import app.redline.checks.Issue;
import app.redline.checks.Severity;
import app.redline.checks.TermHit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An approved case-sensitive term written in another case ("xi jinping" for "Xi Jinping") is an error. A capital
 * that only starts a sentence is fine, and case-insensitive terms are never flagged.
 */
@Component
public class TermCasingCheck implements Check {

    public static final String ID = "glossary-casing";
    public static final String RULE = "term-casing";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Issue> check(CheckInput input) {
        String text = input.cleanText();
        if (input.glossary() == null || text == null || text.isBlank()) {
            return List.of();
        }
        List<TermHit> hits = input.termHits().inCleanText();
        List<TermHit> miscased = new ArrayList<>();
        for (TermHit hit : hits) {
            if (hit.approved() && hit.term().caseSensitive() && !TermCasing.casedAsTerm(hit, text)
                    && !rightForAnotherTerm(hit, hits, text)) {
                miscased.add(hit);
            }
        }
        // Inside a longer miscased term or a wrong rendering, the longer span's fix covers this one.
        List<TermHit> longerFixes = new ArrayList<>(miscased);
        longerFixes.addAll(ForbiddenTermCheck.unapprovedRenderings(hits, text));
        List<Issue> issues = new ArrayList<>();
        for (TermHit hit : miscased) {
            String expected = TermCasing.expected(hit.term().text(), hit.matched());
            boolean reported = issues.stream().anyMatch(i -> i.start() == hit.start() && i.end() == hit.end());
            if (!reported && !Overlaps.insideLonger(hit.start(), hit.end(), longerFixes)) {
                issues.add(new Issue(ID, RULE, Severity.ERROR, hit.start(), hit.end(),
                        Renderings.quoted(hit.matched()) + " is written " + Renderings.quoted(expected), List.of(expected)));
            }
        }
        return issues;
    }

    /** The same words may be another approved term that allows this case. */
    private static boolean rightForAnotherTerm(TermHit hit, List<TermHit> hits, String text) {
        for (TermHit other : hits) {
            if (other != hit && other.start() == hit.start() && other.end() == hit.end() && other.approved()
                    && (!other.term().caseSensitive() || TermCasing.casedAsTerm(other, text))) {
                return true;
            }
        }
        return false;
    }
}
