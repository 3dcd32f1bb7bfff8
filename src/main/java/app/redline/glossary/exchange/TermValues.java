package app.redline.glossary.exchange;

import app.redline.glossary.MatchMode;
import app.redline.glossary.TermStatus;
import java.util.Locale;
import java.util.Optional;

/** Lenient parsing of the per-term switches both formats carry, so "Whole word" and "whole_word" agree. */
final class TermValues {

    static final String ACCEPTED_STATUSES = "preferred, admitted, deprecated, forbidden";
    static final String ACCEPTED_MATCH_MODES = "whole_word, inflected, substring";
    static final String ACCEPTED_BOOLEANS = "true/false, yes/no, 1/0";

    private TermValues() {}

    static Optional<TermStatus> status(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "preferred" -> Optional.of(TermStatus.PREFERRED);
            case "admitted" -> Optional.of(TermStatus.ADMITTED);
            case "deprecated" -> Optional.of(TermStatus.DEPRECATED);
            case "forbidden" -> Optional.of(TermStatus.FORBIDDEN);
            default -> Optional.empty();
        };
    }

    static Optional<MatchMode> matchMode(String value) {
        return switch (value.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")) {
            case "wholeword" -> Optional.of(MatchMode.WHOLE_WORD);
            case "inflected", "inflectedforms" -> Optional.of(MatchMode.INFLECTED);
            case "substring" -> Optional.of(MatchMode.SUBSTRING);
            default -> Optional.empty();
        };
    }

    static Optional<Boolean> flag(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> Optional.of(Boolean.TRUE);
            case "false", "no", "0" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    /**
     * Blank means absent: both readers store "no value" as null, strip the ends and use \n line breaks
     * (XML parsers turn \r\n into \n anyway), so records read from either format compare equal.
     */
    static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        return stripped.indexOf('\r') < 0 ? stripped : stripped.replace("\r\n", "\n").replace('\r', '\n');
    }
}
