package app.redline.document;

/** Which segments the editor shows: a status (null for all) and a text to find (null or blank for any). */
public record SegmentFilter(SegmentStatus status, String text) {

    public static final SegmentFilter ALL = new SegmentFilter(null, null);

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    public boolean isAll() {
        return status == null && !hasText();
    }
}
