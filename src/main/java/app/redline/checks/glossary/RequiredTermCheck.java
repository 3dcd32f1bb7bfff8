package app.redline.checks.glossary;

import app.redline.checks.Check;
import app.redline.checks.CheckInput;
import app.redline.checks.GlossaryIndex;
import app.redline.checks.Issue;
import app.redline.checks.Severity;
import app.redline.checks.TermHit;
import app.redline.glossary.ConceptData;
import app.redline.glossary.TermData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A concept the segment is about must be rendered by one of its approved terms. The segment is about a concept
 * when the source has its source term or, without a source, when the readout has one of its known MT renderings
 * ("world economic BBS" for 世界经济论坛). The source decides when there is one: an MT garble like "the head of
 * the" is harmless where the source lacks 国之大者.
 */
@Component
public class RequiredTermCheck implements Check {

    public static final String ID = "glossary-required";
    public static final String RULE = "required-term";

    /** Why a concept is required: the source term found, or the MT rendering found in the readout. */
    private record Trigger(ConceptData concept, TermHit sourceHit, TermHit readoutHit) {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Issue> check(CheckInput input) {
        GlossaryIndex glossary = input.glossary();
        String clean = input.cleanText();
        if (glossary == null || clean == null || clean.isBlank()) {
            return List.of();
        }
        List<Trigger> triggers = triggers(input);
        if (triggers.isEmpty()) {
            return List.of();
        }
        List<TermHit> cleanHits = input.termHits().inCleanText();
        List<TermHit> leftOver = ForbiddenTermCheck.unapprovedRenderings(cleanHits, clean);
        // An approved term inside a longer one still renders its concept, but not inside a wrong rendering:
        // "spirit" in "important speech spirit" is not the translator's choice.
        Set<ConceptData> rendered = Collections.newSetFromMap(new IdentityHashMap<>());
        cleanHits.stream()
                .filter(hit -> hit.approved() && !Overlaps.insideLonger(hit.start(), hit.end(), leftOver))
                .forEach(hit -> rendered.add(hit.concept()));
        List<Issue> issues = new ArrayList<>();
        for (Trigger trigger : triggers) {
            if (!rendered.contains(trigger.concept()) && !glossary.approvedTerms(trigger.concept()).isEmpty()) {
                issues.add(issueFor(trigger, firstOf(trigger.concept(), leftOver), input, glossary));
            }
        }
        return issues;
    }

    private static List<Trigger> triggers(CheckInput input) {
        Map<ConceptData, Trigger> triggers = new IdentityHashMap<>();
        List<Trigger> ordered = new ArrayList<>();
        if (input.source() != null && !input.source().isBlank()) {
            List<TermHit> sourceHits = input.termHits().inSource();
            List<TermHit> readoutHits = sourceHits.isEmpty() ? List.of() : readoutRenderings(input);
            for (TermHit hit : sourceHits) {
                addOnce(triggers, ordered, new Trigger(hit.concept(), hit, firstOf(hit.concept(), readoutHits)));
            }
        } else {
            for (TermHit hit : readoutRenderings(input)) {
                addOnce(triggers, ordered, new Trigger(hit.concept(), null, hit));
            }
        }
        return ordered;
    }

    private static void addOnce(Map<ConceptData, Trigger> triggers, List<Trigger> ordered, Trigger trigger) {
        if (triggers.putIfAbsent(trigger.concept(), trigger) == null) {
            ordered.add(trigger);
        }
    }

    /** MT renderings (forbidden and deprecated terms) in the readout, except inside a longer approved term. */
    private static List<TermHit> readoutRenderings(CheckInput input) {
        String readout = input.readout();
        return readout == null ? List.of() : ForbiddenTermCheck.unapprovedRenderings(input.termHits().inReadout(), readout);
    }

    private static TermHit firstOf(ConceptData concept, List<TermHit> hits) {
        return hits.stream().filter(hit -> hit.concept() == concept).findFirst().orElse(null);
    }

    private static Issue issueFor(Trigger trigger, TermHit inClean, CheckInput input, GlossaryIndex glossary) {
        List<String> replacements = inClean != null
                ? Renderings.replacements(glossary, trigger.concept(), input.cleanText(), inClean.start())
                : glossary.approvedTerms(trigger.concept()).stream().map(TermData::text).distinct().toList();
        String use = ": use " + Renderings.quoted(replacements.getFirst());
        String sourceTerm = trigger.sourceHit() != null ? trigger.sourceHit().matched()
                : Renderings.sourceTerm(glossary, trigger.concept());
        TermHit rendering = inClean != null ? inClean : trigger.readoutHit();
        String message;
        if (rendering != null) {
            message = Renderings.quoted(rendering.matched())
                    + (sourceTerm != null ? " is " + sourceTerm : " is a known mistranslation") + use;
        } else {
            message = "The source has " + sourceTerm + use;
        }
        int start = inClean != null ? inClean.start() : 0;
        int end = inClean != null ? inClean.end() : 0;
        return new Issue(ID, RULE, Severity.ERROR, start, end, message, replacements);
    }
}
