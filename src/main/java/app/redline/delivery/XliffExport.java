package app.redline.delivery;

import app.redline.base.XmlChars;
import app.redline.document.DocumentHeader;
import app.redline.document.DocumentService;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A document as XLIFF 2.0, for CAT tools and archives: one group per paragraph, one unit per segment, the clean
 * text as target and each segment's status as {@link XliffState}. When the document carries the original source,
 * that is the XLIFF source and the readout goes along as a note; otherwise the readout is the source and the file
 * is monolingual post-editing (source and target language are the same). Like the other exports, a document that
 * is not signed off says DRAFT, in a file note and the file name.
 */
@Service
public class XliffExport {

    static final String XLIFF_NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
    static final String READOUT_NOTE = "redline:readout";

    private final DocumentService documents;
    private final SegmentService segments;
    private final ProjectService projects;
    private final SignOffService signOffs;

    XliffExport(DocumentService documents, SegmentService segments, ProjectService projects, SignOffService signOffs) {
        this.documents = documents;
        this.segments = segments;
        this.projects = projects;
        this.signOffs = signOffs;
    }

    @PreAuthorize("isAuthenticated()")
    public ExportFile xliff(long documentId) {
        DocumentHeader header = documents.header(documentId);
        ProjectInfo project = projects.get(header.projectId());
        boolean signedOff = signOffs.progress(documentId).signedOff();
        List<SegmentSnapshot> all = DocumentExport.all(segments, documentId);
        boolean carriesSource = !all.isEmpty() && all.stream().allMatch(segment -> hasText(segment.sourceText()));
        var out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("xliff");
            xml.writeDefaultNamespace(XLIFF_NAMESPACE);
            xml.writeAttribute("version", "2.0");
            xml.writeAttribute("srcLang", carriesSource ? project.sourceLanguage() : project.targetLanguage());
            xml.writeAttribute("trgLang", project.targetLanguage());
            xml.writeStartElement("file");
            xml.writeAttribute("id", "d" + documentId);
            xml.writeAttribute("original", XmlChars.clean(header.originalFileName()));
            writeFileNotes(xml, header, signedOff, carriesSource);
            for (List<SegmentSnapshot> paragraph : DocumentExport.paragraphs(all)) {
                xml.writeStartElement("group");
                xml.writeAttribute("id", "p" + paragraph.getFirst().paragraph());
                for (SegmentSnapshot segment : paragraph) {
                    writeUnit(xml, segment, signedOff, carriesSource);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the XLIFF export of document " + documentId, e);
        }
        return new ExportFile(DocumentExport.fileName(header, !signedOff, "xlf"), "application/xliff+xml",
                out.toByteArray(), !signedOff);
    }

    private static void writeFileNotes(XMLStreamWriter xml, DocumentHeader header, boolean signedOff,
                                       boolean carriesSource) throws XMLStreamException {
        xml.writeStartElement("notes");
        note(xml, "redline:title", header.title());
        if (!signedOff) {
            note(xml, "redline:draft", DocumentExport.DRAFT_LINE);
        }
        if (!carriesSource) {
            note(xml, "redline:monolingual", "No original source in this document: the source is the machine "
                    + "translation readout, the target its post-edited clean version.");
        }
        xml.writeEndElement();
    }

    private static void writeUnit(XMLStreamWriter xml, SegmentSnapshot segment, boolean signedOff,
                                  boolean carriesSource) throws XMLStreamException {
        xml.writeStartElement("unit");
        xml.writeAttribute("id", "s" + segment.id());
        xml.writeAttribute("name", String.valueOf(segment.position()));
        if (!segment.translatable()) {
            xml.writeAttribute("translate", "no");
        }
        if (carriesSource) {
            xml.writeStartElement("notes");
            note(xml, READOUT_NOTE, segment.readout());
            xml.writeEndElement();
        }
        XliffState state = XliffState.of(segment.status(), signedOff);
        xml.writeStartElement("segment");
        xml.writeAttribute("id", "s" + segment.id() + "-1");
        xml.writeAttribute("state", state.state());
        xml.writeAttribute("subState", state.subState());
        text(xml, "source", carriesSource ? segment.sourceText() : segment.readout());
        if (hasText(segment.cleanText())) {
            text(xml, "target", segment.cleanText());
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void note(XMLStreamWriter xml, String category, String text) throws XMLStreamException {
        xml.writeStartElement("note");
        xml.writeAttribute("category", category);
        xml.writeCharacters(XmlChars.clean(text));
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
        xml.writeCharacters(XmlChars.clean(text));
        xml.writeEndElement();
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
