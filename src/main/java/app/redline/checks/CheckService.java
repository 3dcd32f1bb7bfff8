package app.redline.checks;

import app.redline.glossary.GlossaryChanged;
import app.redline.glossary.GlossaryRevisions;
import app.redline.glossary.GlossaryService;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import jakarta.annotation.PreDestroy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Checks one segment's clean text for a project. The project's glossary is compiled once per glossary
 * revision, and results are cached by (texts, language, glossary revision): re-checking unchanged text is free.
 * The glossary revisions are remembered until a {@link GlossaryChanged} event (or, for changes made elsewhere,
 * a few seconds), so a cached check reads nothing from the database.
 */
@Service
public class CheckService {

    private static final int CACHED_RESULTS = 20_000;
    private static final long REVISIONS_TRUSTED_NANOS = 10_000_000_000L;

    private record KnownRevisions(GlossaryRevisions revisions, long readAt) {}

    private record ResultKey(String readout, String source, String cleanText, String language, String glossaryRevision,
                             CheckSettings settings) {}

    private final CheckRunner runner;
    private final GlossaryService glossaries;
    private final ProjectService projects;
    private final CheckSettingsService settings;
    private final Map<Long, GlossaryIndex> indexes = new ConcurrentHashMap<>();
    private final Map<Long, ProjectInfo> knownProjects = new ConcurrentHashMap<>();
    private final Map<Long, KnownRevisions> knownRevisions = new ConcurrentHashMap<>();
    private final Map<ResultKey, List<Issue>> results = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<ResultKey, List<Issue>> eldest) {
                    return size() > CACHED_RESULTS;
                }
            });

    // Few threads, so few LanguageTool instances (one per thread and language): checks queue rather than multiply.
    private final ExecutorService workers = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("checks-", 1).daemon().factory());

    CheckService(CheckRunner runner, GlossaryService glossaries, ProjectService projects, CheckSettingsService settings) {
        this.settings = settings;
        this.runner = runner;
        this.glossaries = glossaries;
        this.projects = projects;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Issue> check(long projectId, String readout, String source, String cleanText) {
        ProjectInfo project = project(projectId);
        GlossaryIndex glossary = indexFor(project, revisions(projectId));
        CheckSettings switches = settings.forProject(projectId);
        var key = new ResultKey(readout, source, cleanText, project.targetLanguage(), glossary.revisionKey(), switches);
        List<Issue> cached = results.get(key);
        if (cached != null) {
            return cached;
        }
        List<Issue> issues = List.copyOf(runner.run(new CheckInput(readout, source, cleanText,
                project.sourceLanguage(), project.targetLanguage(), glossary), switches));
        if (issues.stream().noneMatch(issue -> CheckRunner.CHECK_FAILED.equals(issue.ruleId()))) {
            results.put(key, issues); // a failed check is retried next time, not remembered
        }
        return issues;
    }

    /** The same check off the caller's thread (the editor's), with the caller's security context. */
    @PreAuthorize("isAuthenticated()")
    public CompletableFuture<List<Issue>> checkLater(long projectId, String readout, String source, String cleanText) {
        var context = SecurityContextHolder.getContext();
        return CompletableFuture.supplyAsync(new DelegatingSecurityContextSupplier(
                () -> check(projectId, readout, source, cleanText), context), workers);
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** The project's compiled effective glossary, rebuilt only when the glossary changed. */
    @PreAuthorize("isAuthenticated()")
    public GlossaryIndex glossaryFor(long projectId) {
        return indexFor(project(projectId), revisions(projectId));
    }

    /** The key of a stored result for these texts in this project, apart from the glossary revisions. */
    String textKey(long projectId, String readout, String source, String cleanText) {
        return CheckKey.of(readout, source, cleanText, project(projectId).targetLanguage(), settings.forProject(projectId));
    }

    /** The revisions of the project's glossaries, remembered between changes. */
    GlossaryRevisions revisions(long projectId) {
        KnownRevisions known = knownRevisions.get(projectId);
        if (known == null || System.nanoTime() - known.readAt() > REVISIONS_TRUSTED_NANOS) {
            known = new KnownRevisions(glossaries.revisionsFor(projectId), System.nanoTime());
            knownRevisions.put(projectId, known);
        }
        return known.revisions();
    }

    /** After the change is committed, so the next read sees it. */
    @TransactionalEventListener(fallbackExecution = true)
    void glossaryChanged(GlossaryChanged change) {
        knownRevisions.clear();
    }

    /** A project's languages never change, so the project is read once, not on every keystroke's check. */
    private ProjectInfo project(long projectId) {
        return knownProjects.computeIfAbsent(projectId, projects::get);
    }

    private GlossaryIndex indexFor(ProjectInfo project, GlossaryRevisions revisions) {
        String revision = revisions.key();
        GlossaryIndex current = indexes.get(project.id());
        if (current == null || !current.revisionKey().equals(revision)) {
            current = GlossaryIndex.of(glossaries.effectiveFor(project.id()), project.sourceLanguage(), project.targetLanguage());
            indexes.put(project.id(), current);
        }
        return current;
    }

    /** Runs a supplier with a given security context, as Spring's DelegatingSecurityContextRunnable does for runnables. */
    private record DelegatingSecurityContextSupplier(Supplier<List<Issue>> work, SecurityContext context)
            implements Supplier<List<Issue>> {
        @Override
        public List<Issue> get() {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(context);
            try {
                return work.get();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }
    }
}
