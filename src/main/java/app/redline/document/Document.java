package app.redline.document;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** Read side of an imported document; rows are written by {@link DocumentImportService} in one batch. */
@Entity
class Document {

    @Id
    private Long id;

    private long projectId;
    private String title;
    private String originalFileName;
    private String importedBy;
    private Instant importedAt;
    private int segmentCount;

    protected Document() {}

    long projectId() { return projectId; }

    @Override
    public boolean equals(Object other) {
        return other instanceof Document that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Document.class.hashCode();
    }
}
