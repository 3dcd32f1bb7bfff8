package app.redline.glossary.exchange;

import app.redline.base.XmlChars;
import app.redline.glossary.MatchMode;
import app.redline.glossary.TermStatus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes concepts as a TBX-Basic (TBX 2, martif) file that {@link TbxReader} reads back unchanged. Terms are
 * grouped into one langSet per language in order of first appearance. Concepts without terms are skipped,
 * because TBX requires at least one langSet per entry. FORBIDDEN is written as deprecatedTerm-admn-sts plus
 * {@code <termNote type="usageNote">forbidden</termNote>}; case sensitivity and a non-default match mode as
 * {@code x-caseSensitive} / {@code x-matchMode} termNotes.
 */
public final class TbxWriter {

    private static final String DOCTYPE = "<!DOCTYPE martif SYSTEM \"TBXBasiccoreStructV02.dtd\">";

    private static final String[] INDENTS = {"\n", "\n\t", "\n\t\t", "\n\t\t\t", "\n\t\t\t\t", "\n\t\t\t\t\t",
            "\n\t\t\t\t\t\t"};

    private final XMLStreamWriter xml;

    private TbxWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    public static void write(List<ConceptEntry> concepts, String sourceLanguage, OutputStream out) {
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        ExportPreconditions.check(concepts);
        try {
            Writer buffered = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(buffered);
            new TbxWriter(xml).document(concepts, LanguageTags.normalise(sourceLanguage).orElse(sourceLanguage));
            xml.close();
            buffered.flush(); // not close(): the caller owns the stream
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the TBX file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the TBX file", e);
        }
    }

    private void document(List<ConceptEntry> concepts, String sourceLanguage) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        newline(0);
        xml.writeDTD(DOCTYPE);
        newline(0);
        xml.writeStartElement("martif");
        xml.writeAttribute("type", "TBX-Basic");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", sourceLanguage);
        header();
        newline(1);
        xml.writeStartElement("text");
        newline(2);
        xml.writeStartElement("body");
        for (ConceptEntry concept : concepts) {
            if (!concept.terms().isEmpty()) {
                entry(concept);
            }
        }
        newline(2);
        xml.writeEndElement();
        newline(1);
        xml.writeEndElement();
        newline(0);
        xml.writeEndElement();
        newline(0);
        xml.writeEndDocument();
    }

    private void header() throws XMLStreamException {
        newline(1);
        xml.writeStartElement("martifHeader");
        newline(2);
        xml.writeStartElement("fileDesc");
        xml.writeStartElement("sourceDesc");
        element("p", "Exported from Redline");
        xml.writeEndElement();
        xml.writeEndElement();
        newline(2);
        xml.writeStartElement("encodingDesc");
        xml.writeStartElement("p");
        xml.writeAttribute("type", "XCSURI");
        xml.writeCharacters("TBXBasicXCSV02.xcs");
        xml.writeEndElement();
        xml.writeEndElement();
        newline(1);
        xml.writeEndElement();
    }

    private void entry(ConceptEntry concept) throws XMLStreamException {
        newline(3);
        xml.writeStartElement("termEntry");
        String id = TermValues.blankToNull(concept.externalId());
        if (id != null) {
            xml.writeAttribute("id", XmlChars.withoutInvalid(id));
        }
        typed(4, "descrip", TbxVocabulary.SUBJECT_FIELD, concept.subjectField());
        typed(4, "descrip", TbxVocabulary.DEFINITION, concept.definition());
        if (TermValues.blankToNull(concept.note()) != null) {
            newline(4);
            element("note", concept.note());
        }
        for (Map.Entry<String, List<TermEntry>> language : byLanguage(concept.terms()).entrySet()) {
            newline(4);
            xml.writeStartElement("langSet");
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language.getKey());
            for (TermEntry term : language.getValue()) {
                term(term);
            }
            newline(4);
            xml.writeEndElement();
        }
        newline(3);
        xml.writeEndElement();
    }

    // DTD order inside tig: term, termNote*, then admin/descrip, then note.
    private void term(TermEntry term) throws XMLStreamException {
        newline(5);
        xml.writeStartElement("tig");
        newline(6);
        element("term", term.text());
        typed(6, "termNote", TbxVocabulary.PART_OF_SPEECH, term.partOfSpeech());
        typed(6, "termNote", TbxVocabulary.ADMINISTRATIVE_STATUS, TbxVocabulary.administrativeStatus(term.status()));
        if (term.status() == TermStatus.FORBIDDEN) {
            typed(6, "termNote", TbxVocabulary.USAGE_NOTE, TbxVocabulary.FORBIDDEN_USAGE);
        }
        if (term.caseSensitive()) {
            typed(6, "termNote", TbxVocabulary.CASE_SENSITIVE, "true");
        }
        // Only deviations from the reader's defaults are written, keeping the common case plain TBX-Basic.
        if (term.matchMode() != null && term.matchMode() != MatchMode.defaultFor(term.language())) {
            typed(6, "termNote", TbxVocabulary.MATCH_MODE, TbxVocabulary.matchMode(term.matchMode()));
        }
        typed(6, "admin", TbxVocabulary.SOURCE, term.authority());
        if (TermValues.blankToNull(term.note()) != null) {
            newline(6);
            element("note", term.note());
        }
        newline(5);
        xml.writeEndElement();
    }

    private static Map<String, List<TermEntry>> byLanguage(List<TermEntry> terms) {
        Map<String, List<TermEntry>> grouped = new LinkedHashMap<>();
        for (TermEntry term : terms) {
            String language = LanguageTags.normalise(term.language()).orElse(term.language());
            grouped.computeIfAbsent(language, l -> new ArrayList<>()).add(term);
        }
        return grouped;
    }

    private void typed(int indent, String element, String type, String value) throws XMLStreamException {
        if (TermValues.blankToNull(value) == null) {
            return;
        }
        newline(indent);
        xml.writeStartElement(element);
        xml.writeAttribute("type", type);
        xml.writeCharacters(XmlChars.withoutInvalid(value));
        xml.writeEndElement();
    }

    private void element(String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlChars.withoutInvalid(value == null ? "" : value));
        xml.writeEndElement();
    }

    // Tabs: readable in any editor at a quarter of the bytes of two-space indentation on large exports.
    private void newline(int indent) throws XMLStreamException {
        xml.writeCharacters(INDENTS[indent]);
    }
}
