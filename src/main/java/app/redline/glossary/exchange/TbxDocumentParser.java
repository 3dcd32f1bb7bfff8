package app.redline.glossary.exchange;

import app.redline.glossary.exchange.GlossaryFileRejectedException.Reason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks the StAX events of a TBX 2 (martif/termEntry/langSet/tig) or TBX 3 (tbx/conceptEntry/langSec/termSec)
 * document. Element names are matched by local name so namespaced and namespace-less files both read.
 */
final class TbxDocumentParser {

    private static final Set<String> ROOTS = Set.of("martif", "tbx");
    private static final Set<String> ENTRIES = Set.of("termEntry", "conceptEntry");
    private static final Set<String> LANGUAGE_SECTIONS = Set.of("langSet", "langSec");
    private static final Set<String> TERM_SECTIONS = Set.of("tig", "ntig", "termSec");
    private static final Set<String> TYPED_CATEGORIES = Set.of("termNote", "descrip", "admin");
    // TBX 3 "DCT style" writes the category as the element name instead of a type attribute.
    private static final Set<String> ELEMENT_CATEGORIES = Set.of(
            TbxVocabulary.ADMINISTRATIVE_STATUS, TbxVocabulary.NORMATIVE_AUTHORIZATION, TbxVocabulary.PART_OF_SPEECH,
            TbxVocabulary.USAGE_NOTE, TbxVocabulary.SUBJECT_FIELD, TbxVocabulary.DEFINITION, TbxVocabulary.SOURCE);

    private final XMLStreamReader xml;
    private final ContentProblems problems = new ContentProblems();
    private final List<ConceptEntry> concepts = new ArrayList<>();
    private final Map<String, Integer> entryLinesById = new HashMap<>();
    private final TbxCategoryAssigner assigner = new TbxCategoryAssigner(problems);

    private boolean doctypeSeen;
    private String fileLanguage;
    private int depth;
    private int descripGroupDepth;
    private TbxConceptDraft concept;
    private TbxLanguageSection languageSection;
    private TbxTermDraft term;
    private TbxCapture capture;

    TbxDocumentParser(XMLStreamReader xml) {
        this.xml = xml;
    }

    List<ConceptEntry> parse() throws XMLStreamException {
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.DTD -> doctypeSeen = true;
                case XMLStreamConstants.ENTITY_REFERENCE -> throw entityRejected();
                case XMLStreamConstants.START_ELEMENT -> startElement();
                case XMLStreamConstants.END_ELEMENT -> endElement();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (capture != null) {
                        capture.text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
                default -> { }
            }
        }
        if (concepts.isEmpty() && problems.isEmpty()) {
            throw new GlossaryFileRejectedException(Reason.EMPTY,
                    "The TBX file contains no term entries (no termEntry or conceptEntry elements), so there is nothing to import.");
        }
        problems.throwIfAny();
        return concepts;
    }

    private void startElement() {
        depth++;
        String name = xml.getLocalName();
        if (depth == 1) {
            requireTbxRoot(name);
            fileLanguage = LanguageTags.normalise(xmlLang()).orElse(null);
            return;
        }
        if (capture != null) {
            return; // inline markup such as <hi> inside a term or note: only its text counts
        }
        if (ENTRIES.contains(name)) {
            startConcept();
        } else if (LANGUAGE_SECTIONS.contains(name) && concept != null) {
            startLanguageSection(name);
        } else if (TERM_SECTIONS.contains(name) && languageSection != null) {
            term = new TbxTermDraft(line());
        } else if (name.equals("descripGrp")) {
            descripGroupDepth++;
        } else if (name.equals("term") || name.equals("note")) {
            capture = new TbxCapture(name, null, depth, line());
        } else if (TYPED_CATEGORIES.contains(name)) {
            capture = new TbxCapture(name, xml.getAttributeValue(null, "type"), depth, line());
        } else if (ELEMENT_CATEGORIES.contains(name)) {
            capture = new TbxCapture(name, name, depth, line());
        }
    }

    private void endElement() {
        String name = xml.getLocalName();
        if (capture != null) {
            if (depth == capture.depth) {
                assigner.assign(capture, concept, languageSection, term, descripGroupDepth > 0);
                capture = null;
            }
        } else if (TERM_SECTIONS.contains(name) && term != null) {
            endTerm();
        } else if (LANGUAGE_SECTIONS.contains(name) && languageSection != null) {
            languageSection = null;
        } else if (ENTRIES.contains(name) && concept != null) {
            endConcept();
        } else if (name.equals("descripGrp")) {
            descripGroupDepth--;
        }
        depth--;
    }

    private void requireTbxRoot(String name) {
        if (!ROOTS.contains(name)) {
            throw new GlossaryFileRejectedException(Reason.WRONG_FORMAT,
                    "This is not a TBX file: its root element is <" + name + ">, but a TBX file starts with <martif>"
                            + " (TBX 2 / TBX-Basic) or <tbx> (TBX 3). Export the term base as TBX and try again.");
        }
    }

    private void startConcept() {
        String id = TermValues.blankToNull(xml.getAttributeValue(null, "id"));
        concept = new TbxConceptDraft(id, line());
        if (id != null) {
            Integer earlier = entryLinesById.putIfAbsent(id, concept.line);
            if (earlier != null) {
                problems.add("line " + concept.line + ": the entry id \"" + id + "\" was already used by the entry at line "
                        + earlier + "; every entry needs its own id.");
            }
        }
    }

    private void startLanguageSection(String name) {
        String raw = xmlLang();
        String language = LanguageTags.normalise(raw).orElse(null);
        if (language == null) {
            problems.add("line " + line() + ": the <" + name + "> in " + concept.describe()
                    + (raw == null ? " has no xml:lang attribute" : " has the invalid language code \"" + raw + "\"")
                    + "; give it a language code such as \"en-US\" or \"de\".");
        }
        languageSection = new TbxLanguageSection(language);
    }

    private void endTerm() {
        if (term.text == null) {
            problems.add("line " + term.line + ": a term in " + concept.describe() + " has no term text.");
            concept.hadBrokenTerm = true;
        } else if (languageSection.language() == null) {
            concept.hadBrokenTerm = true;
        } else {
            concept.terms.add(term.toEntry(languageSection.language(), languageSection.authority));
        }
        term = null;
    }

    private void endConcept() {
        if (concept.terms.isEmpty() && !concept.hadBrokenTerm) {
            problems.add(concept.describe() + " has no terms; every entry needs at least one term.");
        }
        if (problems.isEmpty()) {
            concepts.add(concept.toEntry(fileLanguage));
        }
        concept = null;
    }

    private GlossaryFileRejectedException entityRejected() {
        String entity = "&" + xml.getLocalName() + ";";
        String where = "line " + line() + ", column " + xml.getLocation().getColumnNumber();
        // Only a DOCTYPE can declare entities, and declared entities are how XXE and entity bombs work.
        if (doctypeSeen) {
            return new GlossaryFileRejectedException(Reason.HOSTILE,
                    "The file uses the entity " + entity + " (" + where + "), declared through its DOCTYPE. Redline"
                            + " never expands DTD entities, because they can read files on the server or grow to"
                            + " gigabytes (\"billion laughs\"). Export the glossary again without entity declarations.");
        }
        return new GlossaryFileRejectedException(Reason.MALFORMED,
                "The file uses the entity " + entity + " (" + where + "), which XML does not define. Replace it with"
                        + " the character itself or a numeric reference such as &#160;.");
    }

    private String xmlLang() {
        String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        return lang != null ? lang : xml.getAttributeValue(null, "lang");
    }

    private int line() {
        return xml.getLocation().getLineNumber();
    }
}
