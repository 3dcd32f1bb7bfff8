package app.redline.glossary.exchange;

import app.redline.glossary.MatchMode;
import app.redline.glossary.TermStatus;
import java.util.ArrayList;
import java.util.List;

/** A realistic-sized term base: two terms per concept, one English and one Chinese or German. */
final class LargeGlossary {

    private LargeGlossary() {}

    static List<ConceptEntry> concepts(int count) {
        List<ConceptEntry> concepts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String target = i % 2 == 0 ? "zh-CN" : "de-DE";
            concepts.add(new ConceptEntry("c-" + i, "Subject " + (i % 40),
                    "Definition number " + i + " describing the concept in a sentence of ordinary length.",
                    i % 10 == 0 ? "Concept note " + i : null,
                    List.of(new TermEntry("en-US", "english term " + i, TermStatus.PREFERRED, false,
                                    MatchMode.WHOLE_WORD, "noun", null, i % 5 == 0 ? "Style guide" : null),
                            new TermEntry(target, (i % 2 == 0 ? "术语" : "Fachbegriff ") + i,
                                    i % 7 == 0 ? TermStatus.FORBIDDEN : TermStatus.ADMITTED, i % 3 == 0,
                                    MatchMode.defaultFor(target), null, i % 4 == 0 ? "Term note " + i : null, null))));
        }
        return concepts;
    }
}
