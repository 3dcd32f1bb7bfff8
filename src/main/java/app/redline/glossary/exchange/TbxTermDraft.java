package app.redline.glossary.exchange;

import app.redline.glossary.MatchMode;
import app.redline.glossary.TermStatus;
import java.util.ArrayList;
import java.util.List;

/** A term (tig / ntig / termSec) while its data categories are still being read. */
final class TbxTermDraft {

    final int line;
    String text;
    TermStatus administrativeStatus;
    TermStatus normativeAuthorization;
    boolean forbiddenUsage;
    Boolean caseSensitive;
    MatchMode matchMode;
    String partOfSpeech;
    String authority;
    final List<String> notes = new ArrayList<>();

    TbxTermDraft(int line) {
        this.line = line;
    }

    TermEntry toEntry(String language, String fallbackAuthority) {
        return new TermEntry(
                language,
                text,
                status(),
                caseSensitive != null && caseSensitive,
                matchMode != null ? matchMode : MatchMode.defaultFor(language),
                partOfSpeech,
                notes.isEmpty() ? null : String.join("\n", notes),
                authority != null ? authority : fallbackAuthority);
    }

    // administrativeStatus is the TBX-Basic category, so it wins over the older normativeAuthorization.
    private TermStatus status() {
        if (forbiddenUsage) {
            return TermStatus.FORBIDDEN;
        }
        if (administrativeStatus != null) {
            return administrativeStatus;
        }
        return normativeAuthorization != null ? normativeAuthorization : TermStatus.ADMITTED;
    }
}
