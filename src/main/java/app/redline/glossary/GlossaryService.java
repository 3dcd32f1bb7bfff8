package app.redline.glossary;

import app.redline.base.UserMessageException;
import app.redline.project.ProjectInfo;
import app.redline.project.ProjectService;
import app.redline.security.CurrentUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and maintaining concepts. Everyone signed in reads; glossary managers and administrators write. */
@Service
public class GlossaryService {

    static final String MAY_CHANGE = "hasAnyRole('GLOSSARY_MANAGER', 'ADMIN')";

    private final GlossaryRepository glossaries;
    private final ConceptRepository concepts;
    private final ConceptQueries queries;
    private final ConceptValidator validator;
    private final TermHistory history;
    private final ProjectService projects;
    private final ApplicationEventPublisher events;

    GlossaryService(GlossaryRepository glossaries, ConceptRepository concepts, ConceptQueries queries,
                    ConceptValidator validator, TermHistory history, ProjectService projects,
                    ApplicationEventPublisher events) {
        this.events = events;
        this.glossaries = glossaries;
        this.concepts = concepts;
        this.queries = queries;
        this.validator = validator;
        this.history = history;
        this.projects = projects;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<GlossaryInfo> glossaries() {
        return glossaries.allGlobalFirst().stream().map(Glossary::info).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public GlossaryInfo global() {
        return glossaries.global().info();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public GlossaryInfo glossary(long glossaryId) {
        return find(glossaryId).info();
    }

    /** The project's own glossary, created empty on first use. */
    @PreAuthorize(MAY_CHANGE)
    @Transactional
    public GlossaryInfo projectGlossary(long projectId) {
        ProjectInfo project = projects.get(projectId);
        return glossaries.findByProjectId(projectId)
                .orElseGet(() -> glossaries.save(new Glossary(projectId, project.name())))
                .info();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ConceptData> concepts(long glossaryId, ConceptFilter filter, int offset, int limit) {
        List<Long> ids = queries.page(glossaryId, filter, offset, Math.min(limit, 500));
        Map<Long, ConceptData> byId = new HashMap<>();
        concepts.withTerms(ids).forEach(concept -> byId.put(concept.id(), concept.data()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ConceptData> allConcepts(long glossaryId) {
        return concepts.allWithTerms(glossaryId).stream().map(Concept::data).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EffectiveGlossary effectiveFor(long projectId) {
        Glossary global = glossaries.global();
        var own = glossaries.findByProjectId(projectId);
        List<ConceptData> ownConcepts = own.map(g -> allConcepts(g.info().id())).orElse(List.of());
        Set<String> ownKeys = new java.util.HashSet<>();
        ownConcepts.forEach(concept -> concept.terms().forEach(term -> ownKeys.add(ConceptValidator.key(term))));
        List<ConceptData> effective = new ArrayList<>(ownConcepts);
        allConcepts(global.info().id()).stream()
                .filter(concept -> concept.terms().stream().noneMatch(term -> ownKeys.contains(ConceptValidator.key(term))))
                .forEach(effective::add);
        return new EffectiveGlossary(revisionKey(global, own), List.copyOf(effective));
    }

    /** Changes whenever the project's effective glossary changes; cheap, so callers can poll it to refresh caches. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String revisionKeyFor(long projectId) {
        return revisionsFor(projectId).key();
    }

    /** The revisions of the project's two glossaries (two small selects). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public GlossaryRevisions revisionsFor(long projectId) {
        return revisions(glossaries.global(), glossaries.findByProjectId(projectId));
    }

    private static String revisionKey(Glossary global, java.util.Optional<Glossary> own) {
        return revisions(global, own).key();
    }

    private static GlossaryRevisions revisions(Glossary global, java.util.Optional<Glossary> own) {
        return new GlossaryRevisions(global.info().id(), global.info().revision(),
                own.map(g -> g.info().id()).orElse(null), own.map(g -> g.info().revision()).orElse(0L));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ConceptData concept(long conceptId) {
        return load(conceptId).data();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> subjectFields(long glossaryId) {
        return queries.subjectFields(glossaryId);
    }

    @PreAuthorize("isAuthenticated()")
    public List<TermChange> termHistory(long termId) {
        return history.forTerm(termId);
    }

    @PreAuthorize("isAuthenticated()")
    public List<TermChange> conceptHistory(long conceptId) {
        return history.forConcept(conceptId);
    }

    /** Creates ({@code id} null) or changes a concept; throws {@link ConceptRejectedException} listing every problem. */
    @PreAuthorize(MAY_CHANGE)
    @Transactional
    public ConceptData save(ConceptData data) {
        Glossary glossary = find(data.glossaryId());
        List<TermData> terms = data.terms().stream().map(TermData::normalised).toList();
        List<String> problems = validator.problems(data, terms, allowedLanguages(glossary));
        if (!problems.isEmpty()) {
            throw new ConceptRejectedException(problems);
        }
        String author = CurrentUser.username();
        Concept concept = data.id() == null ? concepts.save(new Concept(glossary.id(), author)) : loadAt(data.id(), data.version());
        List<ConceptData> touched = new ArrayList<>();
        if (data.id() != null) {
            touched.add(concept.data());
        }
        recordConceptChange(concept, data, author);
        applyTerms(concept, terms, author);
        concept.touch(author);
        long revisionBefore = glossary.info().revision();
        glossary.changed();
        concepts.flush();
        ConceptData saved = concept.data();
        touched.add(saved);
        events.publishEvent(new GlossaryChanged(glossary.info().id(), glossary.projectId(), revisionBefore,
                glossary.info().revision(), touched));
        return saved;
    }

    @PreAuthorize(MAY_CHANGE)
    @Transactional
    public void delete(long conceptId, long expectedVersion) {
        Concept concept = loadAt(conceptId, expectedVersion);
        String author = CurrentUser.username();
        for (Term term : concept.terms()) {
            history.record(concept.glossaryId(), conceptId, term.id(), TermHistory.Action.DELETED, author,
                    TermHistory.snapshot(term.data()), null);
        }
        Glossary glossary = find(concept.glossaryId());
        long revisionBefore = glossary.info().revision();
        glossary.changed();
        ConceptData deleted = concept.data();
        concepts.delete(concept);
        events.publishEvent(new GlossaryChanged(glossary.info().id(), glossary.projectId(), revisionBefore,
                glossary.info().revision(), List.of(deleted)));
    }

    private void recordConceptChange(Concept concept, ConceptData data, String author) {
        var before = TermHistory.snapshot(concept.subjectField(), concept.definition(), concept.note());
        concept.describe(TermData.blankToNull(data.subjectField()), TermData.blankToNull(data.definition()),
                TermData.blankToNull(data.note()));
        var after = TermHistory.snapshot(concept.subjectField(), concept.definition(), concept.note());
        boolean created = data.id() == null;
        if (created || !before.equals(after)) {
            history.record(concept.glossaryId(), concept.id(), null,
                    created ? TermHistory.Action.CREATED : TermHistory.Action.UPDATED, author, created ? null : before, after);
        }
    }

    /** Keeps the terms whose ids come back (updating them), adds new ones, removes the rest; logs each change. */
    private void applyTerms(Concept concept, List<TermData> wanted, String author) {
        Map<Long, Term> existing = new HashMap<>();
        concept.terms().forEach(term -> existing.put(term.id(), term));
        List<Term> removed = new ArrayList<>(concept.terms());
        for (int position = 0; position < wanted.size(); position++) {
            TermData data = wanted.get(position);
            Term term = data.id() == null ? null : existing.get(data.id());
            if (term == null) {
                Term added = concept.addTerm(data);
                concepts.flush();
                history.record(concept.glossaryId(), concept.id(), added.id(), TermHistory.Action.CREATED, author,
                        null, TermHistory.snapshot(added.data()));
            } else {
                removed.remove(term);
                TermData before = term.data();
                term.update(data, position);
                if (!TermHistory.snapshot(before).equals(TermHistory.snapshot(term.data()))) {
                    history.record(concept.glossaryId(), concept.id(), term.id(), TermHistory.Action.UPDATED, author,
                            TermHistory.snapshot(before), TermHistory.snapshot(term.data()));
                }
            }
        }
        for (Term term : removed) {
            history.record(concept.glossaryId(), concept.id(), term.id(), TermHistory.Action.DELETED, author,
                    TermHistory.snapshot(term.data()), null);
            concept.terms().remove(term);
        }
    }

    /** A project glossary holds the project's two languages only; the global one any language. */
    private Set<String> allowedLanguages(Glossary glossary) {
        if (glossary.projectId() == null) {
            return null;
        }
        ProjectInfo project = projects.get(glossary.projectId());
        return Set.of(project.sourceLanguage(), project.targetLanguage());
    }

    private Concept loadAt(long conceptId, long expectedVersion) {
        Concept concept = load(conceptId);
        if (concept.version() != expectedVersion) {
            throw new GlossaryConflictException("Concept " + conceptId + " was changed by " + concept.data().updatedBy()
                    + " since you opened it. Reopen it to see the changes, then edit again.");
        }
        return concept;
    }

    private Concept load(long conceptId) {
        return concepts.findById(conceptId)
                .orElseThrow(() -> UserMessageException.notFound("There is no concept with id " + conceptId + "."));
    }

    private Glossary find(long glossaryId) {
        return glossaries.findById(glossaryId)
                .orElseThrow(() -> UserMessageException.notFound("There is no glossary with id " + glossaryId + "."));
    }
}
