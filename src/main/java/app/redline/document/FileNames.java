package app.redline.document;

import app.redline.document.importing.SegmentDraft;
import java.util.List;

/** Names shown for an imported file: no client path, no control characters, bounded length. */
final class FileNames {

    private static final int MAX = 300;

    private FileNames() {}

    static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        return name.isEmpty() ? "readout.txt" : truncate(name);
    }

    /**
     * A headline (a first translatable line that is a paragraph of its own and short) names the document;
     * otherwise the file name without its extension.
     */
    static String titleFrom(List<SegmentDraft> drafts, String fileName) {
        for (SegmentDraft draft : drafts) {
            if (!draft.translatable()) {
                continue;
            }
            long inParagraph = drafts.stream().filter(other -> other.paragraph() == draft.paragraph()).count();
            if (inParagraph == 1 && draft.text().length() <= 200) {
                return draft.text();
            }
            break;
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String truncate(String text) {
        if (text.length() <= MAX) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX - 2)) ? MAX - 2 : MAX - 1; // never half an emoji
        return text.substring(0, end) + "…";
    }
}
