package app.redline.document;

import app.redline.base.AbstractEntity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * The document row, mapped so Hibernate validates its table; rows are written in one batch by
 * {@link DocumentImportService} and read through {@link DocumentQueries}.
 */
@Entity
class Document extends AbstractEntity {

    @Id
    private Long id;

    private long projectId;
    private String title;
    private String originalFileName;
    private String importedBy;
    private Instant importedAt;
    private int segmentCount;

    protected Document() {}

    @Override
    protected Long id() {
        return id;
    }

}
