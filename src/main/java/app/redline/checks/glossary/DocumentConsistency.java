package app.redline.checks.glossary;

import app.redline.checks.GlossaryIndex;
import app.redline.checks.Issue;
import app.redline.checks.Severity;
import app.redline.checks.TermHit;
import app.redline.glossary.ConceptData;
import app.redline.glossary.TermData;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Across the segments of one document, each concept should be rendered one way: "dual carbon" in one segment and
 * "carbon peaking and carbon neutrality goals" in another is a warning on the rarer rendering's first use, with
 * the commoner one (the first used, on a tie) as the fix. A short form of the other rendering ("CPC",
 * "Political Bureau" after "Political Bureau of the CPC Central Committee") is not a second rendering.
 * Not a {@link app.redline.checks.Check}: it needs the whole document. Each issue comes with the index of the
 * segment (in {@code cleanTexts}) that its span refers to.
 */
public final class DocumentConsistency {

    public static final String ID = "glossary-consistency";
    public static final String RULE = "inconsistent-rendering";

    /** An issue whose span {@code [start, end)} lies in the clean text of segment {@code segment}. */
    public record SegmentIssue(int segment, Issue issue) {}

    private record FirstUse(TermData term, int segment, TermHit hit, int[] count) {}

    private DocumentConsistency() {}

    public static List<SegmentIssue> check(List<String> cleanTexts, GlossaryIndex glossary) {
        if (glossary == null || cleanTexts == null) {
            return List.of();
        }
        Map<ConceptData, List<FirstUse>> renderings = new IdentityHashMap<>();
        List<ConceptData> concepts = new ArrayList<>();
        for (int segment = 0; segment < cleanTexts.size(); segment++) {
            String text = cleanTexts.get(segment);
            if (text == null) {
                continue;
            }
            List<TermHit> approved = glossary.inTarget(text).stream().filter(TermHit::approved).toList();
            for (TermHit hit : Overlaps.longestMatches(approved)) {
                List<FirstUse> uses = renderings.computeIfAbsent(hit.concept(), concept -> {
                    concepts.add(concept);
                    return new ArrayList<>();
                });
                record(uses, hit, segment);
            }
        }
        List<SegmentIssue> issues = new ArrayList<>();
        for (ConceptData concept : concepts) {
            List<FirstUse> uses = renderings.get(concept);
            FirstUse main = uses.stream().reduce((a, b) -> b.count()[0] > a.count()[0] ? b : a).orElseThrow();
            for (FirstUse use : uses) {
                if (use != main && !shortFormOf(use.term(), main.term()) && !shortFormOf(main.term(), use.term())) {
                    issues.add(issueFor(use, main, cleanTexts.get(use.segment())));
                }
            }
        }
        return issues;
    }

    private static void record(List<FirstUse> uses, TermHit hit, int segment) {
        for (FirstUse use : uses) {
            if (use.term() == hit.term()) {
                use.count()[0]++;
                return;
            }
        }
        uses.add(new FirstUse(hit.term(), segment, hit, new int[] {1}));
    }

    /** An acronym, or the other's words in a row: "CCDI", "Xi Jinping Thought", "eight-point decision". */
    private static boolean shortFormOf(TermData shorter, TermData longer) {
        String text = shorter.text().strip();
        if (text.length() > 1 && text.indexOf(' ') < 0 && text.chars().filter(Character::isLetter)
                .allMatch(Character::isUpperCase)) {
            return true;
        }
        return (" " + words(longer) + " ").contains(" " + words(shorter) + " ");
    }

    private static String words(TermData term) {
        return String.join(" ", term.text().replace('’', '\'').toLowerCase(Locale.ROOT).strip().split("\\s+"));
    }

    private static SegmentIssue issueFor(FirstUse use, FirstUse main, String text) {
        String fix = TermCasing.forPosition(main.term().text(), text, use.hit().start());
        String message = Renderings.quoted(use.hit().matched()) + " and " + Renderings.quoted(main.hit().matched())
                + " render the same concept in this document: keep to one";
        return new SegmentIssue(use.segment(), new Issue(ID, RULE, Severity.WARNING, use.hit().start(), use.hit().end(),
                message, List.of(fix)));
    }
}
