package app.redline.quality;

import app.redline.base.UserMessageException;
import app.redline.document.DocumentHeader;
import app.redline.document.DocumentService;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.security.CurrentUser;
import app.redline.user.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Quality scores and post-editing effort, per document and per translator, and each project's weights and threshold.
 * Everyone signed in reads a document's report; translators see only their own row of the translator report.
 */
@Service
public class QualityService {

    private final DocumentService documents;
    private final ProjectService projects;
    private final QualityQueries queries;
    private final QualitySettingsStore settings;
    private final RevisionMeasures measures;

    QualityService(DocumentService documents, ProjectService projects, QualityQueries queries,
                   QualitySettingsStore settings, RevisionMeasures measures) {
        this.documents = documents;
        this.projects = projects;
        this.queries = queries;
        this.settings = settings;
        this.measures = measures;
    }

    @PreAuthorize("isAuthenticated()")
    public DocumentQuality documentReport(long documentId) {
        DocumentHeader document = documents.header(documentId);
        ProjectInfo project = projects.get(document.projectId());
        QualityWeights weights = settings.forProject(project.id());
        var report = new DocumentReport(new WordTokens(project.targetLanguage()));
        DocumentQuality quality = report.build(document, weights, queries.documentSegments(documentId),
                queries.countedAnnotations(documentId));
        measures.store(report.fresh());
        return quality;
    }

    /** One row per translator and project, in {@code projectId} or in all projects when null. */
    @PreAuthorize("isAuthenticated()")
    public List<TranslatorQuality> translatorReport(Long projectId) {
        List<ProjectInfo> scope = projectId == null ? projects.list() : List.of(projects.get(projectId));
        var report = new TranslatorReport(scope, settings.all());
        List<TranslatorQuality> rows = report.build(queries.evaluatedRevisions(projectId), queries.countsByAuthor(projectId),
                queries.timeByEditor(projectId));
        measures.store(report.fresh());
        if (CurrentUser.hasRole(Role.Names.REVIEWER) || CurrentUser.hasRole(Role.Names.ADMIN)) {
            return rows;
        }
        String me = CurrentUser.username();
        return new ArrayList<>(rows.stream().filter(row -> row.translator().equals(me)).toList());
    }

    @PreAuthorize("isAuthenticated()")
    public QualityWeights weights(long projectId) {
        projects.get(projectId);
        return settings.forProject(projectId);
    }

    /** New weights and threshold for the project; every change is kept, with who made it. */
    @PreAuthorize("hasRole('ADMIN')")
    public QualityWeights saveWeights(long projectId, QualityWeights weights) {
        projects.get(projectId);
        if (weights == null) {
            throw UserMessageException.invalid("Weights and threshold are missing.");
        }
        settings.append(projectId, weights, CurrentUser.username(), Instant.now());
        return settings.forProject(projectId);
    }
}
