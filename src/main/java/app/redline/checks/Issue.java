package app.redline.checks;

import java.util.List;

/**
 * One finding in the clean text: which check and rule found it, how bad it is, the character span
 * {@code [start, end)} in the clean text, a message for the translator and replacements to offer.
 */
public record Issue(String checkId, String ruleId, Severity severity, int start, int end, String message,
                    List<String> replacements) {

    public Issue {
        replacements = replacements == null ? List.of() : List.copyOf(replacements);
    }
}
