package app.redline.document;

import app.redline.document.importing.ReadoutDecoder;
import app.redline.document.importing.ReadoutRejectedException;
import app.redline.document.importing.ReadoutSegmenter;
import app.redline.document.importing.SegmentDraft;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.security.CurrentUser;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Imports a plain-text readout all-or-nothing: the file is checked and split before the first row is
 * written, and every row goes in one transaction with batched inserts.
 */
@Service
public class DocumentImportService {

    private static final int BATCH = 1_000;

    private final ProjectService projects;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ReadoutSegmenter segmenter = new ReadoutSegmenter();
    private final long maxBytes;

    DocumentImportService(ProjectService projects, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                          @Value("${redline.import.max-bytes}") DataSize maxBytes) {
        this.projects = projects;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.maxBytes = maxBytes.toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    @PreAuthorize("hasAnyRole('TRANSLATOR', 'ADMIN')")
    public ImportResult importReadout(long projectId, String fileName, byte[] content, ImportProgress progress) {
        ProjectInfo project = projects.get(projectId);
        String importer = CurrentUser.username();
        progress.update("Checking the file", 0, 1);
        String text = ReadoutDecoder.decode(content, maxBytes);
        progress.update("Splitting into sentences", 0, 1);
        List<SegmentDraft> drafts = segmenter.split(text, project.targetLanguage());
        if (drafts.isEmpty()) {
            throw new ReadoutRejectedException(ReadoutRejectedException.Reason.EMPTY,
                    "The file holds no text to translate.");
        }
        String name = FileNames.displayName(fileName);
        String title = FileNames.titleFrom(drafts, name);
        return transaction.execute(status -> {
            Instant now = Instant.now();
            long documentId = insertDocument(projectId, title, name, importer, now, drafts.size());
            insertSegments(documentId, drafts, project.startFromEmpty(), progress);
            insertFirstRevisions(documentId, importer, now);
            progress.update("Saved", drafts.size(), drafts.size());
            return new ImportResult(documentId, title, drafts.size());
        });
    }

    private long insertDocument(long projectId, String title, String fileName, String importer, Instant at, int count) {
        Long id = jdbc.queryForObject("""
                insert into document (project_id, title, original_file_name, imported_by, imported_at, segment_count)
                values (?, ?, ?, ?, ?, ?) returning id""", Long.class,
                projectId, title, fileName, importer, Timestamp.from(at), count);
        return id;
    }

    private void insertSegments(long documentId, List<SegmentDraft> drafts, boolean startFromEmpty, ImportProgress progress) {
        String sql = """
                insert into segment (document_id, position, paragraph, readout, clean_text, status, translatable)
                values (?, ?, ?, ?, ?, 'NEW', ?)""";
        for (int from = 0; from < drafts.size(); from += BATCH) {
            int start = from;
            int size = Math.min(BATCH, drafts.size() - from);
            jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement statement, int i) throws SQLException {
                    SegmentDraft draft = drafts.get(start + i);
                    statement.setLong(1, documentId);
                    statement.setInt(2, start + i + 1);
                    statement.setInt(3, draft.paragraph());
                    statement.setString(4, draft.text());
                    statement.setString(5, startFromEmpty && draft.translatable() ? "" : draft.text());
                    statement.setBoolean(6, draft.translatable());
                }

                @Override
                public int getBatchSize() {
                    return size;
                }
            });
            progress.update("Saving segments", start + size, drafts.size());
        }
    }

    /** Revision 1 of every segment is the clean version it starts from, written in one statement. */
    private void insertFirstRevisions(long documentId, String importer, Instant at) {
        jdbc.update("""
                insert into revision (segment_id, revision_no, text, author, created_at)
                select id, 1, clean_text, ?, ? from segment where document_id = ?""",
                importer, Timestamp.from(at), documentId);
    }
}
