package app.redline.checks.qa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The numbers of one text, ready for asking "does this text state that number?". */
final class NumberIndex {

    private final Set<String> values = new HashSet<>();
    private final List<DateParts> dates = new ArrayList<>();

    NumberIndex(List<NumberMention> mentions) {
        for (NumberMention mention : mentions) {
            if (mention.date() == null) {
                values.add(mention.key());
                continue;
            }
            DateParts date = mention.date();
            dates.add(date);
            // "in 2022" is stated by "June 21, 2022", and "the 8th" by "February 8".
            if (date.year() != null) {
                values.add(date.year().toString());
            }
            if (date.day() != null) {
                values.add(date.day().toString());
            }
        }
    }

    boolean states(NumberMention mention) {
        DateParts date = mention.date();
        if (date == null) {
            return values.contains(mention.key());
        }
        boolean hasYear = date.year() != null && values.contains(date.year().toString());
        return dates.stream().anyMatch(other -> date.isStatedBy(other, hasYear));
    }
}
