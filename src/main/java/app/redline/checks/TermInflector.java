package app.redline.checks;

import app.redline.checks.LanguageToolForms.Tags;
import app.redline.checks.LanguageToolForms.WordClass;
import app.redline.glossary.TermData;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The inflected forms of a term ("special team" → "special teams"), cased like the term. Only the head word is
 * inflected: the last word of a noun phrase (the first in French and Spanish), the first word of a verb phrase
 * ("put the people first" → "putting the people first"). A term without a part of speech gets both unless it
 * starts with a capital, since a form that never occurs costs nothing. Cached per term, so rebuilding an index
 * after an edit is cheap.
 */
final class TermInflector {

    private static final TermInflector SHARED = new TermInflector(new LanguageToolForms());

    private final LanguageToolForms wordForms;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    TermInflector(LanguageToolForms wordForms) {
        this.wordForms = wordForms;
    }

    static TermInflector shared() {
        return SHARED;
    }

    /** The term's other forms; empty when its language has no LanguageTool module here. */
    List<String> inflectedForms(TermData term) {
        Tags tags = LanguageToolForms.tags(term.language());
        String text = term.text().strip();
        if (tags == null || text.isEmpty()) {
            return List.of();
        }
        String key = tags.languageCode() + '\u0000' + term.partOfSpeech() + '\u0000' + text;
        return cache.computeIfAbsent(key, k -> inflect(tags, text, term.partOfSpeech()));
    }

    private List<String> inflect(Tags tags, String text, String partOfSpeech) {
        String[] words = text.split("\\s+");
        String pos = partOfSpeech == null ? "" : partOfSpeech.strip().toLowerCase(Locale.ROOT);
        Set<String> forms = new LinkedHashSet<>();
        if (!pos.startsWith("v")) {
            int head = tags.nounFirst() ? 0 : words.length - 1;
            forms.addAll(replaceWord(words, head, formsOf(tags, words[head], WordClass.NOUN)));
        }
        if (!pos.startsWith("n") && !Character.isUpperCase(words[0].charAt(0))) { // "Party group" starts with no verb
            forms.addAll(replaceWord(words, 0, formsOf(tags, words[0], WordClass.VERB)));
        }
        forms.remove(text);
        return List.copyOf(forms);
    }

    /** Forms of one word, keeping punctuation around it and inflecting only the last part of a hyphenated word. */
    private List<String> formsOf(Tags tags, String word, WordClass wordClass) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetter(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(word.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return List.of();
        }
        String core = word.substring(start, end);
        List<String> found = wordForms.forms(tags, core, wordClass);
        int hyphen = core.lastIndexOf('-');
        if (found.isEmpty() && hyphen > 0 && hyphen < core.length() - 1) {
            String prefix = core.substring(0, hyphen + 1);
            found = wordForms.forms(tags, core.substring(hyphen + 1), wordClass).stream().map(f -> prefix + f).toList();
        }
        List<String> forms = new ArrayList<>(found.size());
        for (String form : found) {
            forms.add(word.substring(0, start) + casedLike(core, form) + word.substring(end));
        }
        return forms;
    }

    private static List<String> replaceWord(String[] words, int index, List<String> replacements) {
        List<String> terms = new ArrayList<>(replacements.size());
        for (String replacement : replacements) {
            String[] copy = words.clone();
            copy[index] = replacement;
            terms.add(String.join(" ", copy));
        }
        return terms;
    }

    /** "Team" → "Teams", "CPC" → "CPCs": LanguageTool may hand back lower case, and the term's casing wins. */
    static String casedLike(String model, String form) {
        if (form.toLowerCase(Locale.ROOT).startsWith(model.toLowerCase(Locale.ROOT))) {
            return model + form.substring(model.length());
        }
        boolean allUpper = model.length() > 1 && model.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (allUpper) {
            return form.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(model.charAt(0)) && !form.isEmpty()) {
            return Character.toUpperCase(form.charAt(0)) + form.substring(1);
        }
        return form;
    }
}
