package app.redline.glossary.exchange;

import app.redline.glossary.MatchMode;
import app.redline.glossary.TermStatus;
import java.util.Locale;
import java.util.Optional;

/**
 * The TBX data categories Redline reads and writes. TBX-Basic has no "forbidden" status, so a forbidden
 * term is written as deprecatedTerm-admn-sts plus {@code <termNote type="usageNote">forbidden</termNote>}:
 * other TBX tools still see a term not to use, and Redline reads the pair back as FORBIDDEN.
 * Case sensitivity and match mode have no TBX category either; they travel as private
 * {@code x-caseSensitive} / {@code x-matchMode} termNotes that other tools ignore.
 */
final class TbxVocabulary {

    static final String ADMINISTRATIVE_STATUS = "administrativeStatus";
    static final String NORMATIVE_AUTHORIZATION = "normativeAuthorization";
    static final String PART_OF_SPEECH = "partOfSpeech";
    static final String USAGE_NOTE = "usageNote";
    static final String SUBJECT_FIELD = "subjectField";
    static final String DEFINITION = "definition";
    static final String SOURCE = "source";
    static final String CASE_SENSITIVE = "x-caseSensitive";
    static final String MATCH_MODE = "x-matchMode";
    static final String FORBIDDEN_USAGE = "forbidden";

    static final String ACCEPTED_STATUS_VALUES =
            "preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts, supersededTerm-admn-sts";

    private TbxVocabulary() {}

    /**
     * Maps administrativeStatus and normativeAuthorization values, with or without the "-admn-sts" suffix.
     * Superseded terms are deprecated for checking purposes; standardized/legal/regulated are mandated, so preferred.
     */
    static Optional<TermStatus> status(String value) {
        String key = value.strip().toLowerCase(Locale.ROOT).replace("-admn-sts", "");
        if (key.endsWith("term")) {
            key = key.substring(0, key.length() - "term".length());
        }
        return switch (key) {
            case "preferred", "standardized", "legal", "regulated" -> Optional.of(TermStatus.PREFERRED);
            case "admitted" -> Optional.of(TermStatus.ADMITTED);
            case "deprecated", "superseded" -> Optional.of(TermStatus.DEPRECATED);
            case "forbidden" -> Optional.of(TermStatus.FORBIDDEN);
            default -> Optional.empty();
        };
    }

    static String administrativeStatus(TermStatus status) {
        return switch (status) {
            case PREFERRED -> "preferredTerm-admn-sts";
            case ADMITTED -> "admittedTerm-admn-sts";
            case DEPRECATED, FORBIDDEN -> "deprecatedTerm-admn-sts";
        };
    }

    static String matchMode(MatchMode mode) {
        return switch (mode) {
            case WHOLE_WORD -> "wholeWord";
            case INFLECTED -> "inflected";
            case SUBSTRING -> "substring";
        };
    }
}
