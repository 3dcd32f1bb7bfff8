package app.redline.checks.languagetool;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the matches of a LanguageTool {@code /v2/check} answer. Its offsets count Java (UTF-16) chars, as the server
 * is Java too, so a span after an emoji or a Chinese character lines up with the clean text without conversion.
 */
final class LanguageToolResponse {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TYPOS = "TYPOS";
    private static final String UNKNOWN_WORD = "UnknownWord";

    private LanguageToolResponse() {}

    /** @throws IllegalArgumentException when the body is not a LanguageTool answer */
    static List<GrammarMatch> matches(String body) {
        JsonNode matches;
        try {
            matches = JSON.readTree(body).get("matches");
        } catch (RuntimeException notJson) {
            throw new IllegalArgumentException("The answer is not JSON", notJson);
        }
        if (matches == null || !matches.isArray()) {
            throw new IllegalArgumentException("The answer has no matches array");
        }
        List<GrammarMatch> result = new ArrayList<>();
        for (JsonNode match : matches) {
            result.add(match(match));
        }
        return result;
    }

    private static GrammarMatch match(JsonNode match) {
        int offset = match.path("offset").asInt();
        JsonNode rule = match.path("rule");
        String category = rule.path("category").path("id").asString("");
        List<String> replacements = new ArrayList<>();
        for (JsonNode replacement : match.path("replacements")) {
            replacements.add(replacement.path("value").asString(""));
        }
        boolean spelling = category.equals(TYPOS) || match.path("type").path("typeName").asString("").equals(UNKNOWN_WORD);
        return new GrammarMatch(offset, offset + match.path("length").asInt(), rule.path("id").asString(""), category,
                match.path("message").asString(""), replacements, spelling,
                rule.path("issueType").asString("uncategorized"));
    }
}
