package app.redline.glossary.exchange;

import static app.redline.glossary.exchange.ExchangeTestSupport.LIMIT;
import static app.redline.glossary.exchange.ExchangeTestSupport.rejection;
import static app.redline.glossary.exchange.ExchangeTestSupport.term;
import static app.redline.glossary.exchange.ExchangeTestSupport.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.redline.glossary.MatchMode;
import app.redline.glossary.TermStatus;
import app.redline.glossary.exchange.GlossaryFileRejectedException.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvGlossaryTest {

    private static final String HEADER = CsvGlossaryFormat.HEADER_LINE + "\n";

    private static byte[] csv(List<ConceptEntry> concepts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvGlossaryWriter.write(concepts, out);
        return out.toByteArray();
    }

    private static String csvText(List<ConceptEntry> concepts) {
        return new String(csv(concepts), StandardCharsets.UTF_8);
    }

    private static List<ConceptEntry> read(String text) {
        return CsvGlossaryReader.read(utf8(text), LIMIT);
    }

    private static List<ConceptEntry> readBack(byte[] bytes) {
        return CsvGlossaryReader.read(new ByteArrayInputStream(bytes), 4 * LIMIT);
    }

    private static ConceptEntry concept(String id, TermEntry... terms) {
        return new ConceptEntry(id, null, null, null, List.of(terms));
    }

    @Test
    void readingWhatWasWrittenGivesTheSameConcepts() {
        List<ConceptEntry> glossary = TbxRoundTripTest.richGlossary();

        assertThat(readBack(csv(glossary))).isEqualTo(glossary);
    }

    @Test
    void tbxSampleSurvivesTheTripThroughCsvUnchanged() {
        List<ConceptEntry> fromTbx = TbxReader.read(getClass().getResourceAsStream("/glossary/tbx-basic-sample.tbx"), LIMIT);

        assertThat(readBack(csv(fromTbx))).isEqualTo(fromTbx);
    }

    @Test
    void roundTripKeepsCommasQuotesAndLineBreaksInCells() {
        List<ConceptEntry> glossary = List.of(new ConceptEntry("c,1", "Lab, clinical", "A \"quoted\" word,\nsecond line",
                "note", List.of(new TermEntry("en", "one, two", TermStatus.ADMITTED, false, MatchMode.WHOLE_WORD,
                "noun", "line 1\nline 2", "\"Duden\""))));

        assertThat(readBack(csv(glossary))).isEqualTo(glossary);
    }

    @Test
    void writesUtf8WithByteOrderMarkAndTheDocumentedHeader() {
        byte[] bytes = csv(TbxRoundTripTest.richGlossary());

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("\uFEFF" + CsvGlossaryFormat.HEADER_LINE + "\r\n")
                .contains("c-1,Clinical chemistry,Concentration of glucose in the blood.,\"Reviewed 2025\nby the medical team\","
                        + "en-US,blood glucose,preferred,false,whole_word,noun,Patient-facing.,ISO 15189\r\n")
                .contains(",zh-CN,血糖值,forbidden,false,substring,");
    }

    @Test
    void neutralisesFormulaInjectionOnExport() {
        ConceptEntry hostile = new ConceptEntry("=cmd|' /C calc'!A0", "+SUM(1,2)", "-2+3", "@IMPORTXML(x)", List.of(
                new TermEntry("en", "=HYPERLINK(\"http://evil\",\"click\")", TermStatus.ADMITTED, false,
                        MatchMode.WHOLE_WORD, "\tnoun", "\rnote", "'=already quoted")));

        String text = csvText(List.of(hostile));

        assertThat(text).contains("'=cmd|' /C calc'!A0", "'+SUM(1,2)", "'-2+3", "'@IMPORTXML(x)",
                "\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\"", "''=already quoted");
        assertThat(text.lines().skip(1)).noneMatch(line -> line.matches("(^|.*,)\"?[=+\\-@].*"));
    }

    @Test
    void formulaNeutralisationRoundTripsExactly() {
        ConceptEntry tricky = new ConceptEntry("-1", "=a", null, null, List.of(
                new TermEntry("en", "+1 plus", TermStatus.ADMITTED, false, MatchMode.WHOLE_WORD, null,
                        "'=kept quote", "'plain quote")));

        assertThat(readBack(csv(List.of(tricky)))).containsExactly(tricky);
    }

    @Test
    void readerStripsOneQuoteBeforeFormulaCharactersOnly() {
        List<ConceptEntry> read = read(HEADER + "c1,'=x,'plain,'-5,en,'@term,,,,,,\n");

        ConceptEntry concept = read.getFirst();
        assertThat(concept.subjectField()).isEqualTo("=x");
        assertThat(concept.definition()).isEqualTo("'plain");
        assertThat(concept.note()).isEqualTo("-5");
        assertThat(concept.terms().getFirst().text()).isEqualTo("@term");
    }

    @Test
    void acceptsHeaderInAnyCaseWithByteOrderMark() {
        String header = "\uFEFF" + CsvGlossaryFormat.HEADER_LINE.toUpperCase() + "\r\n";

        assertThat(read(header + "c1,,,,en,blood,,,,,,\r\n")).containsExactly(concept("c1", term("en", "blood", TermStatus.ADMITTED)));
    }

    @Test
    void rejectsWrongHeaderListingTheExpectedOne() {
        var e = rejection(() -> read("id,term,language\n1,blood,en\n"));

        assertThat(e.reason()).isEqualTo(Reason.WRONG_FORMAT);
        assertThat(e.getMessage()).contains(CsvGlossaryFormat.HEADER_LINE).contains("id,term,language");
    }

    @Test
    void rejectsHeaderWithColumnsInAnotherOrder() {
        String swapped = CsvGlossaryFormat.HEADER_LINE.replace("language,term", "term,language");

        assertThat(rejection(() -> read(swapped + "\n")).reason()).isEqualTo(Reason.WRONG_FORMAT);
    }

    @Test
    void explainsSemicolonSeparatedExcelExport() {
        var e = rejection(() -> read(CsvGlossaryFormat.HEADER_LINE.replace(',', ';') + "\n"));

        assertThat(e.reason()).isEqualTo(Reason.WRONG_FORMAT);
        assertThat(e.getMessage()).contains("\";\"");
    }

    @Test
    void joinsNonConsecutiveRowsOfTheSameConcept() {
        List<ConceptEntry> read = read(HEADER + """
                c1,Lab,Sugar in blood,,en,blood glucose,preferred,,,,,
                c2,,,,en,white blood cell,,,,,,
                c1,,,,de,Blutzucker,preferred,,,,,
                c1,Lab,Sugar in blood,,zh-CN,血糖,,,,,,
                """);

        assertThat(read).containsExactly(
                new ConceptEntry("c1", "Lab", "Sugar in blood", null, List.of(
                        term("en", "blood glucose", TermStatus.PREFERRED),
                        term("de", "Blutzucker", TermStatus.PREFERRED),
                        term("zh-CN", "血糖", TermStatus.ADMITTED))),
                concept("c2", term("en", "white blood cell", TermStatus.ADMITTED)));
    }

    @Test
    void rejectsContradictingConceptValuesNamingBothRows() {
        var e = rejection(() -> read(HEADER + """
                c1,Lab,Sugar in blood,,en,blood glucose,,,,,,
                c2,,,,en,other,,,,,,
                c1,Haematology,,,de,Blutzucker,,,,,,
                """));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_CONTENT);
        assertThat(e.getMessage()).contains("rows 2 and 4").contains("\"c1\"").contains("subject_field")
                .contains("Lab").contains("Haematology");
    }

    @Test
    void rowsWithoutConceptIdAreConceptsOfTheirOwn() {
        assertThat(read(HEADER + ",,,,en,alpha,,,,,,\n,,,,en,beta,,,,,,\n"))
                .containsExactly(concept(null, term("en", "alpha", TermStatus.ADMITTED)),
                        concept(null, term("en", "beta", TermStatus.ADMITTED)));
    }

    @Test
    void writerGivesIdlessMultiTermConceptAnIdSoItsRowsStayTogether() {
        ConceptEntry idless = concept(null, term("en", "alpha", TermStatus.ADMITTED), term("de", "Alpha", TermStatus.ADMITTED));
        ConceptEntry taken = concept("redline-1", term("en", "taken", TermStatus.ADMITTED));

        List<ConceptEntry> read = readBack(csv(List.of(taken, idless)));

        assertThat(read).hasSize(2);
        assertThat(read.get(1).externalId()).isEqualTo("redline-2");
        assertThat(read.get(1).terms()).isEqualTo(idless.terms());
    }

    @ParameterizedTest
    @CsvSource({"preferred, PREFERRED", "PREFERRED, PREFERRED", "Admitted, ADMITTED", "deprecated, DEPRECATED",
            "Forbidden, FORBIDDEN", "'', ADMITTED"})
    void parsesStatusIgnoringCaseAndDefaultsToAdmitted(String cell, TermStatus expected) {
        assertThat(read(HEADER + "c1,,,,en,x," + cell + ",,,,,\n").getFirst().terms().getFirst().status()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"true, true", "TRUE, true", "yes, true", "1, true", "false, false", "no, false", "0, false", "'', false"})
    void parsesCaseSensitiveFlags(String cell, boolean expected) {
        assertThat(read(HEADER + "c1,,,,en,x,," + cell + ",,,,\n").getFirst().terms().getFirst().caseSensitive()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"whole_word, en, WHOLE_WORD", "Whole word, en, WHOLE_WORD", "WHOLE-WORD, en, WHOLE_WORD",
            "inflected, en, INFLECTED", "substring, en, SUBSTRING", "'', en, WHOLE_WORD", "'', zh-CN, SUBSTRING",
            "'', ja, SUBSTRING"})
    void parsesMatchModeSpellingsAndDefaultsByLanguage(String cell, String language, MatchMode expected) {
        String row = "c1,,,," + language + ",x,,," + cell + ",,,\n";

        assertThat(read(HEADER + row).getFirst().terms().getFirst().matchMode()).isEqualTo(expected);
    }

    @Test
    void normalisesLanguageCodes() {
        assertThat(read(HEADER + "c1,,,,EN_us,x,,,,,,\n").getFirst().terms().getFirst().language()).isEqualTo("en-US");
    }

    @Test
    void rejectsEmptyTermMissingLanguageAndUnknownValuesWithRowNumbers() {
        var e = rejection(() -> read(HEADER + """
                c1,,,,en,,,,,,,
                c2,,,,,blood,,,,,,
                c3,,,,en,blood,approved,,,,,
                c4,,,,en,blood,,maybe,,,,
                c5,,,,en,blood,,,fuzzy,,,
                c6,,,,english language,blood,,,,,,
                """));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_CONTENT);
        assertThat(e.details()).containsExactly(
                "row 2: term is empty.",
                "row 3: language is empty; give a language code such as en-US or de.",
                "row 4: status \"approved\" is not allowed; use preferred, admitted, deprecated, forbidden.",
                "row 5: case_sensitive \"maybe\" is not allowed; use true/false, yes/no, 1/0.",
                "row 6: match_mode \"fuzzy\" is not allowed; use whole_word, inflected, substring.",
                "row 7: \"english language\" is not a language code; use codes such as en-US, de or zh-CN.");
        assertThat(e.getMessage()).contains("6 problems").contains("nothing was imported");
    }

    @Test
    void rejectsRowWithExtraCells() {
        var e = rejection(() -> read(HEADER + "c1,,,,en,blood, glucose,,,,,,\n"));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_CONTENT);
        assertThat(e.getMessage()).contains("row 2 has 13 cells");
    }

    @Test
    void skipsBlankLinesAndEmptyRowsButKeepsSpreadsheetRowNumbers() {
        var e = rejection(() -> read(HEADER + "c1,,,,en,ok,,,,,,\n\n,,,,,,,,,,,\nc2,,,,en,,,,,,,\n"));

        assertThat(e.details()).containsExactly("row 5: term is empty.");
    }

    @Test
    void rejectsLatin1EncodedFileNamingTheLine() {
        byte[] latin1 = (HEADER + "c1,,,,de,Gefäß,,,,,,\n").getBytes(StandardCharsets.ISO_8859_1);

        var e = rejection(() -> CsvGlossaryReader.read(new ByteArrayInputStream(latin1), LIMIT));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_ENCODING);
        assertThat(e.getMessage()).contains("line 2").contains("UTF-8");
    }

    @Test
    void rejectsUtf16File() {
        byte[] utf16 = (HEADER + "c1,,,,de,x,,,,,,\n").getBytes(StandardCharsets.UTF_16);

        assertThat(rejection(() -> CsvGlossaryReader.read(new ByteArrayInputStream(utf16), LIMIT)).reason())
                .isEqualTo(Reason.INVALID_ENCODING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\uFEFF", "  \r\n  "})
    void rejectsEmptyFile(String content) {
        assertThat(rejection(() -> read(content)).reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void rejectsHeaderWithoutRowsAsEmpty() {
        var e = rejection(() -> read(HEADER));

        assertThat(e.reason()).isEqualTo(Reason.EMPTY);
        assertThat(e.getMessage()).contains("no terms");
    }

    @Test
    void rejectsFileOverTheSizeLimit() {
        var e = rejection(() -> CsvGlossaryReader.read(utf8(HEADER + "c1,,,,en,x,,,,,,\n"), 50));

        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void rejectsUnterminatedQuoteAsMalformed() {
        var e = rejection(() -> read(HEADER + "c1,,\"never closed,,en,x,,,,,,\n"));

        assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(e.getMessage()).contains("quote");
    }

    @Test
    void rejectsTbxUploadedAsCsv() {
        assertThat(rejection(() -> read("<?xml version=\"1.0\"?><martif/>")).reason()).isEqualTo(Reason.WRONG_FORMAT);
    }

    @Test
    void refusesToWriteTwoConceptsWithTheSameId() {
        ConceptEntry one = concept("c1", term("en", "x", TermStatus.ADMITTED));

        assertThatThrownBy(() -> csv(List.of(one, one))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsAndWritesFiftyThousandTerms() {
        List<ConceptEntry> glossary = LargeGlossary.concepts(25_000);

        long start = System.nanoTime();
        byte[] file = csv(glossary);
        long written = System.nanoTime();
        List<ConceptEntry> read = readBack(file);
        long done = System.nanoTime();

        System.out.printf("CSV 50,000 terms / 25,000 concepts, %.1f MB: write %d ms, read %d ms%n",
                file.length / 1024.0 / 1024.0, (written - start) / 1_000_000, (done - written) / 1_000_000);
        assertThat(read).isEqualTo(glossary);
    }
}
