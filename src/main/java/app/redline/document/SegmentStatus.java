package app.redline.document;

/** Where a segment stands; SUBMITTED, APPROVED and REJECTED belong to the review workflow. */
public enum SegmentStatus {
    NEW("Not edited"),
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    APPROVED("Approved"),
    REJECTED("Rejected");

    private final String label;

    SegmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
