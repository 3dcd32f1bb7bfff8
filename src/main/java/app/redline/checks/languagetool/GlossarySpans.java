package app.redline.checks.languagetool;

import app.redline.checks.CheckInput;
import java.util.List;

/** Where approved glossary terms stand in the clean text, so spelling checks leave them alone. */
final class GlossarySpans {

    private final List<int[]> spans;

    private GlossarySpans(List<int[]> spans) {
        this.spans = spans;
    }

    static GlossarySpans of(CheckInput input) {
        if (input.glossary() == null) {
            return new GlossarySpans(List.of());
        }
        return new GlossarySpans(input.glossary().inTarget(input.cleanText()).stream()
                .filter(hit -> hit.term().status().approved())
                .map(hit -> new int[] {hit.start(), hit.end()})
                .toList());
    }

    boolean covers(int start, int end) {
        return spans.stream().anyMatch(span -> span[0] <= start && end <= span[1]);
    }
}
