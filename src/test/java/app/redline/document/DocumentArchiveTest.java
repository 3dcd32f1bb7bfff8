package app.redline.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.redline.IntegrationTest;
import app.redline.Roles;
import app.redline.project.ProjectService;
import app.redline.user.Role;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class DocumentArchiveTest {

    @Autowired DocumentService documents;
    @Autowired SegmentService segments;
    @Autowired DocumentImportService importer;
    @Autowired ProjectService projects;
    @Autowired PlatformTransactionManager transactions;

    long documentId;
    SegmentSnapshot segment;

    @BeforeEach
    void setUp() {
        documentId = DocumentFixtures.importText(importer, DocumentFixtures.newProject(projects).id(),
                "The sentence to archive.").documentId();
        segment = Roles.as("translator", Role.TRANSLATOR, () -> segments.page(documentId, SegmentFilter.ALL, 0, 1)).getFirst();
    }

    @Test
    void onlyAdministratorsArchiveOrListArchivedDocuments() {
        for (Role role : new Role[] {Role.TRANSLATOR, Role.REVIEWER, Role.GLOSSARY_MANAGER}) {
            assertThatThrownBy(() -> Roles.as("someone", role, () -> documents.archive(documentId)))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> Roles.as("someone", role, () -> documents.restore(documentId)))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> Roles.as("someone", role, () -> documents.listArchived(segment.documentId())))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void anEditOfAnArchivedDocumentIsRefusedNamingWhoArchivedIt() {
        Roles.as("admin", Role.ADMIN, () -> documents.archive(documentId));

        assertThatThrownBy(() -> Roles.as("translator", Role.TRANSLATOR,
                () -> segments.save(segment.id(), "Too late.", segment.version())))
                .isInstanceOf(DocumentArchivedException.class)
                .hasMessageContaining("archived by admin").hasMessageContaining("restore");
        assertThatThrownBy(() -> Roles.as("translator", Role.TRANSLATOR,
                () -> segments.markTranslatable(segment.id(), false, segment.version())))
                .isInstanceOf(DocumentArchivedException.class);
        assertThat(Roles.as("translator", Role.TRANSLATOR, () -> segments.history(segment.id()))).hasSize(1);
    }

    @Test
    void archivingWaitsForAnEditInFlightSoNoEditLandsAfterIt() throws Exception {
        var archiving = new AtomicReference<CompletableFuture<DocumentHeader>>();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            Roles.as("translator", Role.TRANSLATOR, () -> segments.save(segment.id(), "Edited in flight.", segment.version()));
            archiving.set(CompletableFuture.supplyAsync(() -> Roles.as("admin", Role.ADMIN, () -> documents.archive(documentId))));
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> !archiving.get().isDone());
        });

        assertThat(archiving.get().get(10, TimeUnit.SECONDS).archived()).isTrue();
        assertThat(Roles.as("translator", Role.TRANSLATOR, () -> segments.history(segment.id()))).hasSize(2);
    }
}
