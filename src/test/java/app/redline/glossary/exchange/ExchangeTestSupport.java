package app.redline.glossary.exchange;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.redline.glossary.MatchMode;
import app.redline.glossary.TermStatus;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

final class ExchangeTestSupport {

    static final long LIMIT = 20L * 1024 * 1024;

    private ExchangeTestSupport() {}

    static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static List<ConceptEntry> readTbx(String xml) {
        return TbxReader.read(utf8(xml), LIMIT);
    }

    /** A TBX-Basic document around the given termEntry elements. */
    static String martif(String entries) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <martif type="TBX-Basic" xml:lang="en">
                  <text>
                    <body>
                """ + entries + """
                    </body>
                  </text>
                </martif>
                """;
    }

    /** A single entry with one English term carrying the given extra tig content. */
    static String entryWithTerm(String term, String tigExtras) {
        return martif("""
                <termEntry id="c1">
                  <langSet xml:lang="en">
                    <tig>
                      <term>%s</term>
                      %s
                    </tig>
                  </langSet>
                </termEntry>
                """.formatted(term, tigExtras));
    }

    static TermEntry onlyTerm(List<ConceptEntry> concepts) {
        return concepts.getFirst().terms().getFirst();
    }

    static GlossaryFileRejectedException rejection(ThrowingCallable call) {
        GlossaryFileRejectedException e = catchThrowableOfType(GlossaryFileRejectedException.class, call);
        if (e == null) {
            throw new AssertionError("expected the file to be rejected, but it was accepted");
        }
        return e;
    }

    static TermEntry term(String language, String text, TermStatus status) {
        return new TermEntry(language, text, status, false, MatchMode.defaultFor(language), null, null, null);
    }
}
