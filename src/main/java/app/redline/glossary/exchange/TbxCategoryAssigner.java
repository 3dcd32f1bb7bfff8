package app.redline.glossary.exchange;

import app.redline.glossary.TermStatus;
import java.util.Locale;
import java.util.Optional;

/** Puts one data category's text where it belongs: on the term, its language section, or the concept. */
final class TbxCategoryAssigner {

    private final ContentProblems problems;

    TbxCategoryAssigner(ContentProblems problems) {
        this.problems = problems;
    }

    void assign(TbxCapture capture, TbxConceptDraft concept, TbxLanguageSection section, TbxTermDraft term,
            boolean inDescripGroup) {
        String value = capture.value();
        if (concept == null || value == null) {
            return; // header, back matter, or an empty element: nothing to keep
        }
        if (capture.element.equals("term")) {
            if (term != null) {
                term.text = value;
            }
        } else if (capture.element.equals("note")) {
            assignNote(value, concept, section, term, inDescripGroup);
        } else if (capture.category != null) {
            assignCategory(capture, value, concept, section, term, inDescripGroup);
        }
    }

    // A note inside a descripGrp annotates the definition, not the term or concept.
    private void assignNote(String value, TbxConceptDraft concept, TbxLanguageSection section, TbxTermDraft term,
            boolean inDescripGroup) {
        if (inDescripGroup) {
            return;
        }
        if (term != null) {
            term.notes.add(value);
        } else if (section == null) {
            concept.notes.add(value);
        }
    }

    private void assignCategory(TbxCapture capture, String value, TbxConceptDraft concept, TbxLanguageSection section,
            TbxTermDraft term, boolean inDescripGroup) {
        switch (capture.category.toLowerCase(Locale.ROOT)) {
            case "subjectfield" -> concept.offerSubjectField(value);
            case "definition" -> {
                if (section == null) {
                    concept.entryDefinition = concept.entryDefinition == null ? value : concept.entryDefinition;
                } else {
                    concept.offerLanguageDefinition(section.language(), value);
                }
            }
            // A source inside a descripGrp is the definition's source, not the authority for a term.
            case "source" -> {
                if (!inDescripGroup) {
                    assignSource(value, section, term);
                }
            }
            default -> {
                if (term != null) {
                    assignTermNote(capture, value, term);
                }
            }
        }
    }

    private void assignSource(String value, TbxLanguageSection section, TbxTermDraft term) {
        if (term != null) {
            term.authority = term.authority == null ? value : term.authority;
        } else if (section != null && section.authority == null) {
            section.authority = value;
        }
    }

    private void assignTermNote(TbxCapture capture, String value, TbxTermDraft term) {
        switch (capture.category.toLowerCase(Locale.ROOT)) {
            case "administrativestatus" -> term.administrativeStatus = status(capture, value);
            case "normativeauthorization" -> term.normativeAuthorization = status(capture, value);
            case "partofspeech" -> term.partOfSpeech = value;
            case "usagenote" -> {
                if (value.equalsIgnoreCase(TbxVocabulary.FORBIDDEN_USAGE)) {
                    term.forbiddenUsage = true;
                } else {
                    term.notes.add(value);
                }
            }
            case "x-casesensitive", "casesensitive" -> term.caseSensitive = parsed(capture, value,
                    TermValues.flag(value), "true or false");
            case "x-matchmode", "matchmode" -> term.matchMode = parsed(capture, value,
                    TermValues.matchMode(value), "wholeWord, inflected or substring");
            default -> { }
        }
    }

    private TermStatus status(TbxCapture capture, String value) {
        return parsed(capture, value, TbxVocabulary.status(value), TbxVocabulary.ACCEPTED_STATUS_VALUES);
    }

    private <T> T parsed(TbxCapture capture, String value, Optional<T> parsed, String accepted) {
        if (parsed.isEmpty()) {
            problems.add("line " + capture.line + ": \"" + value + "\" is not a known " + capture.category
                    + " value; use " + accepted + ".");
        }
        return parsed.orElse(null);
    }
}
