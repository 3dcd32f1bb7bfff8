package app.redline.document.importing;

import java.util.Objects;

// paragraph is the 0-based index of the blank-line separated block the segment came from.
public record SegmentDraft(int paragraph, String text, boolean translatable) {

    public SegmentDraft {
        Objects.requireNonNull(text, "text");
        if (paragraph < 0) {
            throw new IllegalArgumentException("paragraph must not be negative: " + paragraph);
        }
    }
}
