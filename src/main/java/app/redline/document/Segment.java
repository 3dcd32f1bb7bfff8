package app.redline.document;

import app.redline.base.AbstractEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
class Segment extends AbstractEntity {

    @Id
    private Long id;

    private long documentId;
    private int position;
    private int paragraph;

    @Column(updatable = false)
    private String sourceText;

    @Column(updatable = false)
    private String readout;

    private String cleanText;

    @Enumerated(EnumType.STRING)
    private SegmentStatus status;

    private boolean translatable;
    private String updatedBy;
    private Instant updatedAt;

    @Version
    private long version;

    protected Segment() {}

    @Override
    protected Long id() { return id; }
    long version() { return version; }
    String cleanText() { return cleanText; }

    /** A translator's (or reviewer's) new clean version; editing anything approved puts it back to draft. */
    void edit(String text, String author) {
        this.cleanText = text;
        this.status = SegmentStatus.DRAFT;
        touch(author);
    }

    /**
     * The review module decides the move; the segment only insists that editing alone makes a draft and
     * importing alone a new segment.
     */
    void changeReviewStatus(SegmentStatus to, String actor) {
        if (to == SegmentStatus.NEW || to == SegmentStatus.DRAFT) {
            throw new IllegalArgumentException("Only editing makes a segment a draft, and only importing makes it new.");
        }
        if (!translatable) {
            throw new IllegalStateException("Segment " + position + " is marked do-not-translate and is not reviewed.");
        }
        this.status = to;
        touch(actor);
    }

    void markTranslatable(boolean translatable, String author) {
        this.translatable = translatable;
        touch(author);
    }

    private void touch(String author) {
        this.updatedBy = author;
        this.updatedAt = Instant.now();
    }

    SegmentSnapshot snapshot() {
        return new SegmentSnapshot(id, documentId, position, paragraph, sourceText, readout, cleanText, status,
                translatable, version, updatedBy, updatedAt);
    }
}
