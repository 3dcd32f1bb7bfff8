package app.redline.checks.languagetool;

import java.util.List;

/**
 * One LanguageTool finding, the same whether it came from the in-process engine or a LanguageTool server.
 *
 * @param from        start in the text, in Java (UTF-16) chars
 * @param to          end (exclusive)
 * @param message     as LanguageTool's HTTP API shows it: suggestion tags turned into the language's quotes
 * @param spelling    a dictionary (unknown word) finding, which an approved glossary term overrides
 * @param issueType   LanguageTool's ITS issue type as its HTTP API spells it: "grammar", "misspelling", "style"...
 */
record GrammarMatch(int from, int to, String ruleId, String categoryId, String message, List<String> replacements,
                    boolean spelling, String issueType) {

    GrammarMatch {
        replacements = replacements == null ? List.of() : List.copyOf(replacements);
    }
}
