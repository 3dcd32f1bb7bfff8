package app.redline.document;

import app.redline.base.AbstractEntity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One saved clean version. Rows are only ever inserted (a database trigger refuses updates). */
@Entity
@Immutable
class Revision extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long segmentId;
    private int revisionNo;
    private String text;
    private String author;
    private Instant createdAt;

    protected Revision() {}

    @Override
    protected Long id() {
        return id;
    }

    Revision(long segmentId, int revisionNo, String text, String author, Instant createdAt) {
        this.segmentId = segmentId;
        this.revisionNo = revisionNo;
        this.text = text;
        this.author = author;
        this.createdAt = createdAt;
    }

    RevisionSnapshot snapshot() {
        return new RevisionSnapshot(revisionNo, text, author, createdAt);
    }
}
