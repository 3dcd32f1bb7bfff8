package app.redline.checks.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.checks.Severity;
import app.redline.checks.StarterGlossary;
import app.redline.checks.glossary.DocumentConsistency.SegmentIssue;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentConsistencyTest {

    @Test
    void warnsAtTheRarerRenderingOfAConcept() {
        List<String> segments = List.of(
                "Party committees should integrate the “dual carbon” initiative into the overall plan.",
                "We will advance the carbon peaking and carbon neutrality goals.",
                "Dual carbon work must go on.");

        List<SegmentIssue> issues = DocumentConsistency.check(segments, StarterGlossary.index());

        assertThat(issues).singleElement().satisfies(found -> {
            assertThat(found.segment()).isEqualTo(1);
            assertThat(found.issue().checkId()).isEqualTo("glossary-consistency");
            assertThat(found.issue().ruleId()).isEqualTo("inconsistent-rendering");
            assertThat(found.issue().severity()).isEqualTo(Severity.WARNING);
            assertThat(segments.get(1).substring(found.issue().start(), found.issue().end()))
                    .isEqualTo("carbon peaking and carbon neutrality goals");
            assertThat(found.issue().replacements()).containsExactly("dual carbon");
        });
    }

    @Test
    void acceptsOneRenderingUsedThroughout() {
        List<String> segments = List.of("the dual carbon goals", "more dual carbon work", "no term here");

        assertThat(DocumentConsistency.check(segments, StarterGlossary.index())).isEmpty();
    }

    @Test
    void acceptsShortFormsAfterTheFullName() {
        List<String> segments = List.of(
                "The Communist Party of China (CPC) was founded in 1921.",
                "The CPC leads.",
                "Study Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era.",
                "Xi Jinping Thought guides the work.");

        assertThat(DocumentConsistency.check(segments, StarterGlossary.index())).isEmpty();
    }

    @Test
    void ignoresATermInsideAnotherConceptsLongerTerm() {
        List<String> segments = List.of(
                "The Standing Committee of the CPC Municipal Committee met on Monday.",
                "The municipal Party committee decided.");

        assertThat(DocumentConsistency.check(segments, StarterGlossary.index())).isEmpty();
    }
}
