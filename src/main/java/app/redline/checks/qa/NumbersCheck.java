package app.redline.checks.qa;

import app.redline.checks.Check;
import app.redline.checks.CheckInput;
import app.redline.checks.Issue;
import app.redline.checks.qa.NumberIssues.Missing;
import app.redline.checks.qa.NumberMention.Shape;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Numbers of the readout (and Arabic-digit numbers of the source) must survive post-editing; numbers the
 * clean text adds are suspicious. A number may change its spelling ("10 million" → "ten million") but not its value.
 */
@Component
public class NumbersCheck implements Check {

    static final String ID = "numbers";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Issue> check(CheckInput input) {
        String clean = Objects.requireNonNullElse(input.cleanText(), "");
        List<NumberMention> inReadout = NumberExtractor.extract(input.readout());
        List<NumberMention> inSource = NumberExtractor.extract(input.source()).stream()
                .filter(NumberMention::hasDigit) // Chinese numerals in the source are not parsed, so not demanded
                .toList();
        List<NumberMention> inClean = NumberExtractor.extract(clean);

        List<Missing> missing = findMissing(inReadout, inSource, new NumberIndex(inClean));
        NumberIndex readoutIndex = new NumberIndex(inReadout);
        NumberIndex sourceIndex = new NumberIndex(inSource);
        List<NumberMention> extras = inClean.stream()
                .filter(m -> m.significant() && !readoutIndex.states(m) && !sourceIndex.states(m))
                .toList();

        // A missing number and an extra one of the same shape are most likely one number changed: "20th" → "19th".
        Map<Shape, Deque<NumberMention>> unpaired = new EnumMap<>(Shape.class);
        extras.forEach(m -> unpaired.computeIfAbsent(m.shape(), shape -> new ArrayDeque<>()).add(m));
        Set<NumberMention> paired = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Issue> issues = new ArrayList<>();
        for (Missing miss : missing) {
            NumberMention yearless = findYearlessDate(miss.mention(), inClean);
            Deque<NumberMention> sameShape = unpaired.get(miss.mention().shape());
            NumberMention changedTo = sameShape == null ? null : sameShape.peek();
            if (yearless != null) {
                issues.add(NumberIssues.yearDropped(miss, yearless));
            } else if (changedTo != null) {
                paired.add(sameShape.poll());
                issues.add(NumberIssues.changed(miss, changedTo));
            } else {
                issues.add(NumberIssues.missing(miss, clean));
            }
        }
        extras.stream().filter(extra -> !paired.contains(extra)).map(NumberIssues::extra).forEach(issues::add);
        return issues;
    }

    private static List<Missing> findMissing(List<NumberMention> readout, List<NumberMention> source,
                                             NumberIndex clean) {
        List<Missing> missing = new ArrayList<>();
        Set<String> reported = new HashSet<>(); // one issue per value, even if readout and source both have it
        for (NumberMention m : readout) {
            if (m.significant() && !clean.states(m) && reported.add(m.key())) {
                missing.add(new Missing(m, false));
            }
        }
        for (NumberMention m : source) {
            if (m.significant() && !clean.states(m) && reported.add(m.key())) {
                missing.add(new Missing(m, true));
            }
        }
        return missing;
    }

    /** "2023-02-09" post-edited to "9 February": the date is there, only its year is not. */
    private static NumberMention findYearlessDate(NumberMention wanted, List<NumberMention> clean) {
        DateParts date = wanted.date();
        if (date == null || date.year() == null) {
            return null;
        }
        return clean.stream()
                .filter(m -> m.date() != null && m.date().year() == null && m.date().month() == date.month()
                        && Objects.equals(m.date().day(), date.day()))
                .findFirst().orElse(null);
    }
}
