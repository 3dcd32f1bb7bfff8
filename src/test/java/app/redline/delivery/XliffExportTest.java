package app.redline.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.base.XmlChars;
import app.redline.document.DocumentFixtures;
import app.redline.document.DocumentImportService;
import app.redline.document.SegmentFilter;
import app.redline.document.SegmentService;
import app.redline.document.SegmentSnapshot;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.review.ReviewService;
import app.redline.user.Role;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** XLIFF 2.0 export on PostgreSQL: states, paragraphs as groups, source or readout, draft marking, safe text. */
@IntegrationTest
class XliffExportTest {

    @Autowired XliffExport xliff;
    @Autowired ReviewService review;
    @Autowired SignOffService signOffs;
    @Autowired SegmentService segments;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

    ProjectInfo project;
    long documentId;

    @BeforeEach
    void importDocument() {
        project = DocumentFixtures.newProject(projects);
        documentId = DocumentFixtures.importText(importer, project.id(), DocumentSignOffTest.TEXT).documentId();
    }

    @Test
    void aMonolingualDraftCarriesTheReadoutAsSourceAndEachStatusAsState() throws Exception {
        SegmentSnapshot first = translatable().getFirst();
        SegmentSnapshot edited = asTranslator(() -> segments.save(first.id(), "The meeting reviewed the yearly plan.", first.version()));
        SegmentSnapshot second = translatable().get(1);
        asTranslator(() -> review.submit(second.id(), second.version()));

        ExportFile file = asTranslator(() -> xliff.xliff(documentId));
        Document xml = parse(file);

        assertThat(file.draft()).isTrue();
        assertThat(file.fileName()).isEqualTo("test-clean-draft.xlf");
        Element root = xml.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(XliffExport.XLIFF_NAMESPACE);
        assertThat(root.getAttribute("version")).isEqualTo("2.0");
        assertThat(root.getAttribute("srcLang")).isEqualTo(project.targetLanguage());
        assertThat(notes(xml)).contains(DocumentExport.DRAFT_LINE);
        assertThat(xml.getElementsByTagNameNS(XliffExport.XLIFF_NAMESPACE, "group").getLength()).isEqualTo(3);

        Element editedSegment = segmentOf(xml, edited.id());
        assertThat(editedSegment.getAttribute("state")).isEqualTo("translated");
        assertThat(editedSegment.getAttribute("subState")).isEqualTo("redline:draft");
        assertThat(child(editedSegment, "source")).isEqualTo("The meeting reviewed the annual plan.");
        assertThat(child(editedSegment, "target")).isEqualTo("The meeting reviewed the yearly plan.");
        assertThat(segmentOf(xml, second.id()).getAttribute("subState")).isEqualTo("redline:submitted");

        SegmentSnapshot doNotTranslate = all().stream().filter(segment -> !segment.translatable()).findFirst().orElseThrow();
        Element unit = (Element) segmentOf(xml, doNotTranslate.id()).getParentNode();
        assertThat(unit.getAttribute("translate")).isEqualTo("no");
    }

    @Test
    void aSignedOffDocumentIsFinalAndNotMarkedDraft() throws Exception {
        for (SegmentSnapshot segment : translatable()) {
            asTranslator(() -> review.submit(segment.id(), segment.version()));
        }
        for (SegmentSnapshot segment : translatable()) {
            int revisionNo = asTranslator(() -> segments.history(segment.id())).getFirst().revisionNo();
            Roles.as("reviewer", Role.REVIEWER, () -> review.approve(segment.id(), revisionNo, segment.version(), null));
        }
        Roles.as("reviewer", Role.REVIEWER, () -> signOffs.signOff(documentId));

        ExportFile file = asTranslator(() -> xliff.xliff(documentId));
        Document xml = parse(file);

        assertThat(file.draft()).isFalse();
        assertThat(file.fileName()).isEqualTo("test-clean.xlf");
        assertThat(notes(xml)).doesNotContain(DocumentExport.DRAFT_LINE);
        assertThat(segmentOf(xml, translatable().getFirst().id()).getAttribute("state")).isEqualTo("final");
    }

    @Test
    void aDocumentWithItsOriginalSourceExportsItAsSourceAndTheReadoutAsNote() throws Exception {
        // No importer carries a source yet, and the readout trigger guards it: write it past the trigger.
        transaction.executeWithoutResult(status -> {
            jdbc.execute("set local session_replication_role = replica");
            jdbc.update("update segment set source_text = '会议审议了年度计划。' where document_id = ?", documentId);
        });

        Document xml = parse(asTranslator(() -> xliff.xliff(documentId)));

        assertThat(xml.getDocumentElement().getAttribute("srcLang")).isEqualTo(project.sourceLanguage());
        Element segment = segmentOf(xml, translatable().getFirst().id());
        assertThat(child(segment, "source")).isEqualTo("会议审议了年度计划。");
        assertThat(notes(xml)).contains("The meeting reviewed the annual plan.");
    }

    @Test
    void textXmlCannotCarryStillMakesAFileThatParses() throws Exception {
        SegmentSnapshot first = translatable().getFirst();
        jdbc.update("update segment set clean_text = ? where id = ?", "Bell\u0007 & <tag> \uD83D\uDE00 done", first.id());

        Document xml = parse(asTranslator(() -> xliff.xliff(documentId)));

        assertThat(child(segmentOf(xml, first.id()), "target")).isEqualTo("Bell\uFFFD & <tag> \uD83D\uDE00 done");
        assertThat(XmlChars.clean("lone \uD800 surrogate")).isEqualTo("lone \uFFFD surrogate");
    }

    private List<SegmentSnapshot> all() {
        return asTranslator(() -> segments.page(documentId, SegmentFilter.ALL, 0, 100));
    }

    private List<SegmentSnapshot> translatable() {
        return all().stream().filter(SegmentSnapshot::translatable).toList();
    }

    private static Document parse(ExportFile file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file.bytes()));
    }

    private static Element segmentOf(Document xml, long segmentId) {
        NodeList segments = xml.getElementsByTagNameNS(XliffExport.XLIFF_NAMESPACE, "segment");
        for (int i = 0; i < segments.getLength(); i++) {
            Element segment = (Element) segments.item(i);
            if (segment.getAttribute("id").equals("s" + segmentId + "-1")) {
                return segment;
            }
        }
        throw new AssertionError("No XLIFF segment for segment " + segmentId);
    }

    private static String child(Element segment, String name) {
        return segment.getElementsByTagNameNS(XliffExport.XLIFF_NAMESPACE, name).item(0).getTextContent();
    }

    private static List<String> notes(Document xml) {
        NodeList notes = xml.getElementsByTagNameNS(XliffExport.XLIFF_NAMESPACE, "note");
        return java.util.stream.IntStream.range(0, notes.getLength()).mapToObj(i -> notes.item(i).getTextContent()).toList();
    }

    private static <T> T asTranslator(Supplier<T> work) {
        return Roles.as("translator", Role.TRANSLATOR, work);
    }
}
