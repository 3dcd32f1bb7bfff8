package app.redline.checks.qa;

import app.redline.checks.Issue;
import app.redline.checks.Severity;
import java.util.List;

/** The issues {@link NumbersCheck} raises, worded for the translator. */
final class NumberIssues {

    static final String MISSING = "number-missing";
    static final String MISSING_FROM_SOURCE = "source-number-missing";
    static final String CHANGED = "number-changed";
    static final String YEAR_DROPPED = "date-year-missing";
    static final String EXTRA = "number-extra";

    /** A number the readout (or the source) has and the clean text lacks. */
    record Missing(NumberMention mention, boolean fromSource) {

        String origin() {
            return fromSource ? "source" : "readout";
        }
    }

    private NumberIssues() {}

    /** Nowhere better to point, so the issue spans the whole clean text. */
    static Issue missing(Missing miss, String clean) {
        String text = miss.mention().text();
        String message = miss.fromSource()
                ? "The source has “%s” but the clean text does not.".formatted(text)
                : "“%s” from the readout is missing from the clean text.".formatted(text);
        return issue(miss.fromSource() ? MISSING_FROM_SOURCE : MISSING, Severity.ERROR, 0, clean.length(), message,
                List.of());
    }

    static Issue changed(Missing miss, NumberMention found) {
        NumberMention wanted = miss.mention();
        String message = "The %s has “%s” where the clean text has “%s”."
                .formatted(miss.origin(), wanted.text(), found.text());
        return issue(CHANGED, Severity.ERROR, found.start(), found.end(), message, replacementFor(wanted, found));
    }

    static Issue yearDropped(Missing miss, NumberMention found) {
        String message = "The %s has “%s”; the year is missing here.".formatted(miss.origin(), miss.mention().text());
        return issue(YEAR_DROPPED, Severity.ERROR, found.start(), found.end(), message,
                List.of(miss.mention().date().formatLike(found.date())));
    }

    static Issue extra(NumberMention extra) {
        String message = "“%s” is in neither the readout nor the source; check that it is right."
                .formatted(extra.text());
        return issue(EXTRA, Severity.WARNING, extra.start(), extra.end(), message, List.of());
    }

    private static List<String> replacementFor(NumberMention wanted, NumberMention found) {
        if (wanted.date() != null && found.date() != null) {
            return List.of(wanted.date().formatLike(found.date()));
        }
        // A source number like "1000万" is no fit for an English sentence; let the translator word it.
        boolean fitsEnglish = wanted.text().chars().allMatch(c -> c < 128);
        return fitsEnglish ? List.of(wanted.text().strip()) : List.of();
    }

    private static Issue issue(String ruleId, Severity severity, int start, int end, String message,
                               List<String> replacements) {
        return new Issue(NumbersCheck.ID, ruleId, severity, start, end, message, replacements);
    }
}
