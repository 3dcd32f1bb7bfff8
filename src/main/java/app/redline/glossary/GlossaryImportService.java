package app.redline.glossary;

import app.redline.base.UserMessageException;
import app.redline.glossary.ImportPreview.Item;
import app.redline.glossary.ImportPreview.Kind;
import app.redline.glossary.ImportPreview.Resolution;
import app.redline.glossary.exchange.ConceptEntry;
import app.redline.glossary.exchange.CsvGlossaryReader;
import app.redline.glossary.exchange.TbxReader;
import app.redline.glossary.exchange.TermEntry;
import app.redline.project.ProjectService;
import app.redline.security.CurrentUser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Glossary import in two steps: a preview (nothing written) and an all-or-nothing apply that validates
 * every concept by the same rules as a single save before the first row is written.
 */
@Service
public class GlossaryImportService {

    private static final int MAX_PROBLEMS_SHOWN = 20;

    private final long maxBytes;

    private final GlossaryRepository glossaries;
    private final ConceptRepository concepts;
    private final ConceptValidator validator;
    private final GlossaryWriter writer;
    private final TermHistory history;
    private final ProjectService projects;

    private static final int BULK_TERMS = 1_000;

    private final ApplicationEventPublisher events;

    GlossaryImportService(GlossaryRepository glossaries, ConceptRepository concepts, ConceptValidator validator,
                          GlossaryWriter writer, TermHistory history, ProjectService projects,
                          ApplicationEventPublisher events, @Value("${redline.glossary.max-bytes}") DataSize maxBytes) {
        this.events = events;
        this.maxBytes = maxBytes.toBytes();
        this.glossaries = glossaries;
        this.concepts = concepts;
        this.validator = validator;
        this.writer = writer;
        this.history = history;
        this.projects = projects;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads a TBX or CSV file, told apart by its name or, failing that, by its first character. */
    @PreAuthorize(GlossaryService.MAY_CHANGE)
    public List<ConceptEntry> read(String fileName, InputStream content) throws IOException {
        var buffered = new BufferedInputStream(content);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean xml = name.endsWith(".tbx") || name.endsWith(".xml");
        if (!xml && !name.endsWith(".csv")) {
            buffered.mark(16);
            byte[] start = buffered.readNBytes(16);
            buffered.reset();
            xml = new String(start, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading().startsWith("<");
        }
        return xml ? TbxReader.read(buffered, maxBytes) : CsvGlossaryReader.read(buffered, maxBytes);
    }

    @PreAuthorize(GlossaryService.MAY_CHANGE)
    @Transactional(readOnly = true)
    public ImportPreview preview(long glossaryId, List<ConceptEntry> entries) {
        Glossary glossary = find(glossaryId);
        ConceptMatcher matcher = new ConceptMatcher(existing(glossaryId));
        List<Item> items = new ArrayList<>();
        for (int index = 0; index < entries.size(); index++) {
            ConceptEntry entry = entries.get(index);
            ConceptData incoming = toConcept(glossaryId, entry);
            ConceptData match = matcher.match(entry.externalId(), incoming.terms());
            if (match == null) {
                items.add(new Item(index, Kind.NEW, incoming, null, List.of()));
            } else {
                List<String> differences = ConceptMatcher.differences(match, incoming);
                items.add(new Item(index, differences.isEmpty() ? Kind.UNCHANGED : Kind.CONFLICT, incoming, match, differences));
            }
        }
        return new ImportPreview(glossaryId, glossary.info().revision(), items);
    }

    /** Applies a preview; conflicts without a choice are kept as they are. */
    @PreAuthorize(GlossaryService.MAY_CHANGE)
    @Transactional
    public ImportSummary apply(ImportPreview preview, Map<Integer, Resolution> choices) {
        Glossary glossary = find(preview.glossaryId());
        if (glossary.info().revision() != preview.glossaryRevision()) {
            throw new GlossaryConflictException("The glossary changed since this preview was made. Preview the file again.");
        }
        ImportPlan plan = plan(preview, choices);
        validate(plan, glossary);
        String author = CurrentUser.username();
        int terms = writeNew(plan.created, author) + writeUpdates(plan.updated, author);
        writer.glossaryChanged(glossary.info().id());
        if (terms >= BULK_TERMS) {
            writer.refreshStatisticsAfterCommit();
        }
        List<ConceptData> touched = new ArrayList<>(plan.created);
        plan.updated.forEach(pair -> touched.addAll(List.of(pair)));
        events.publishEvent(new GlossaryChanged(glossary.info().id(), glossary.projectId(), preview.glossaryRevision(),
                preview.glossaryRevision() + 1, touched));
        return new ImportSummary(plan.created.size(), plan.replaced, plan.merged, plan.kept, plan.unchanged, terms);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ConceptEntry> export(long glossaryId) {
        return existing(glossaryId).stream().map(GlossaryImportService::toEntry).toList();
    }

    private static final class ImportPlan {
        final List<ConceptData> created = new ArrayList<>();
        final List<ConceptData[]> updated = new ArrayList<>(); // {existing, wanted}
        int replaced;
        int merged;
        int kept;
        int unchanged;
    }

    private ImportPlan plan(ImportPreview preview, Map<Integer, Resolution> choices) {
        ImportPlan plan = new ImportPlan();
        List<Item> fresh = preview.items().stream().filter(item -> item.kind() == Kind.NEW).toList();
        List<Long> ids = writer.newIds("concept", fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            ConceptData incoming = fresh.get(i).incoming();
            plan.created.add(withId(incoming, ids.get(i), incoming.terms()));
        }
        for (Item item : preview.items()) {
            if (item.kind() == Kind.UNCHANGED) {
                plan.unchanged++;
            } else if (item.kind() == Kind.CONFLICT) {
                Resolution resolution = choices.getOrDefault(item.index(), Resolution.KEEP);
                switch (resolution) {
                    case KEEP -> plan.kept++;
                    case REPLACE -> {
                        plan.replaced++;
                        plan.updated.add(new ConceptData[] {item.existing(), replaced(item.existing(), item.incoming())});
                    }
                    case MERGE -> {
                        plan.merged++;
                        plan.updated.add(new ConceptData[] {item.existing(), merged(item.existing(), item.incoming())});
                    }
                }
            }
        }
        return plan;
    }

    private void validate(ImportPlan plan, Glossary glossary) {
        ConceptMatcher lookup = new ConceptMatcher(existing(glossary.info().id()));
        Set<String> allowed = glossary.projectId() == null ? null
                : Set.of(projects.get(glossary.projectId()).sourceLanguage(), projects.get(glossary.projectId()).targetLanguage());
        List<String> problems = new ArrayList<>();
        List<ConceptData> checked = new ArrayList<>(plan.created);
        plan.updated.forEach(pair -> checked.add(pair[1]));
        for (ConceptData concept : checked) {
            for (String problem : validator.problems(concept, concept.terms(), allowed, lookup::withKey)) {
                if (problems.size() < MAX_PROBLEMS_SHOWN) {
                    problems.add("Concept \"" + label(concept) + "\": " + problem);
                }
            }
            lookup.add(concept);
        }
        if (!problems.isEmpty()) {
            throw new ConceptRejectedException(problems);
        }
    }

    private int writeNew(List<ConceptData> created, String author) {
        writer.insertConcepts(created, author);
        List<TermData> terms = new ArrayList<>();
        List<Long> owners = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        created.forEach(concept -> {
            for (int position = 0; position < concept.terms().size(); position++) {
                terms.add(concept.terms().get(position));
                owners.add(concept.id());
                positions.add(position);
            }
        });
        List<Long> termIds = writer.newIds("term", terms.size());
        List<TermData> withIds = new ArrayList<>();
        List<TermHistory.Entry> log = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            TermData term = withId(terms.get(i), termIds.get(i));
            withIds.add(term);
            log.add(new TermHistory.Entry(glossaryOf(created), owners.get(i), term.id(), TermHistory.Action.CREATED,
                    null, TermHistory.snapshot(term)));
        }
        writer.insertTerms(withIds, owners, positions);
        history.recordAll(log, author);
        return withIds.size();
    }

    private int writeUpdates(List<ConceptData[]> updates, String author) {
        int written = 0;
        for (ConceptData[] pair : updates) {
            ConceptData before = pair[0];
            ConceptData wanted = pair[1];
            writer.updateConcept(wanted, author);
            Map<Long, TermData> old = new HashMap<>();
            before.terms().forEach(term -> old.put(term.id(), term));
            List<TermData> added = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            List<TermHistory.Entry> log = new ArrayList<>();
            for (int position = 0; position < wanted.terms().size(); position++) {
                TermData term = wanted.terms().get(position);
                TermData previous = term.id() == null ? null : old.remove(term.id());
                if (previous == null) {
                    added.add(term);
                    positions.add(position);
                } else if (!ConceptMatcher.sameAttributes(previous, term)) {
                    writer.updateTerm(term, position);
                    log.add(new TermHistory.Entry(wanted.glossaryId(), wanted.id(), term.id(), TermHistory.Action.UPDATED,
                            TermHistory.snapshot(previous), TermHistory.snapshot(term)));
                    written++;
                }
            }
            for (TermData removed : old.values()) {
                writer.deleteTerm(removed.id());
                log.add(new TermHistory.Entry(wanted.glossaryId(), wanted.id(), removed.id(), TermHistory.Action.DELETED,
                        TermHistory.snapshot(removed), null));
            }
            List<Long> ids = writer.newIds("term", added.size());
            List<TermData> withIds = new ArrayList<>();
            for (int i = 0; i < added.size(); i++) {
                TermData term = withId(added.get(i), ids.get(i));
                withIds.add(term);
                log.add(new TermHistory.Entry(wanted.glossaryId(), wanted.id(), term.id(), TermHistory.Action.CREATED,
                        null, TermHistory.snapshot(term)));
            }
            writer.insertTerms(withIds, withIds.stream().map(term -> wanted.id()).toList(), positions);
            history.recordAll(log, author);
            written += withIds.size();
        }
        return written;
    }

    /** The incoming terms, keeping the ids of existing terms with the same text so their history continues. */
    private static ConceptData replaced(ConceptData existing, ConceptData incoming) {
        Map<String, Long> ids = new HashMap<>();
        existing.terms().forEach(term -> ids.put(ConceptValidator.key(term), term.id()));
        List<TermData> terms = incoming.terms().stream()
                .map(term -> withId(term, ids.get(ConceptValidator.key(term)))).toList();
        return new ConceptData(existing.id(), existing.glossaryId(), incoming.subjectField(), incoming.definition(),
                incoming.note(), terms, null, null, existing.version());
    }

    /** The existing terms as they are, plus the incoming terms they lack. */
    private static ConceptData merged(ConceptData existing, ConceptData incoming) {
        List<TermData> terms = new ArrayList<>(existing.terms());
        var keys = new java.util.HashSet<String>();
        existing.terms().forEach(term -> keys.add(ConceptValidator.key(term)));
        incoming.terms().stream().filter(term -> keys.add(ConceptValidator.key(term))).forEach(terms::add);
        return new ConceptData(existing.id(), existing.glossaryId(),
                existing.subjectField() != null ? existing.subjectField() : incoming.subjectField(),
                existing.definition() != null ? existing.definition() : incoming.definition(),
                existing.note() != null ? existing.note() : incoming.note(), terms, null, null, existing.version());
    }

    private List<ConceptData> existing(long glossaryId) {
        return concepts.allWithTerms(glossaryId).stream().map(Concept::data).toList();
    }

    private static ConceptData toConcept(long glossaryId, ConceptEntry entry) {
        List<TermData> terms = entry.terms().stream().map(term -> new TermData(null, term.language(), term.text(),
                term.status(), term.caseSensitive(), term.matchMode(), term.partOfSpeech(), term.note(), term.authority())
                .normalised()).toList();
        return new ConceptData(null, glossaryId, TermData.blankToNull(entry.subjectField()),
                TermData.blankToNull(entry.definition()), TermData.blankToNull(entry.note()), terms, null, null, 0);
    }

    private static ConceptEntry toEntry(ConceptData concept) {
        return new ConceptEntry(String.valueOf(concept.id()), concept.subjectField(), concept.definition(), concept.note(),
                concept.terms().stream().map(term -> new TermEntry(term.language(), term.text(), term.status(),
                        term.caseSensitive(), term.matchMode(), term.partOfSpeech(), term.note(), term.authority())).toList());
    }

    private static ConceptData withId(ConceptData concept, long id, List<TermData> terms) {
        return new ConceptData(id, concept.glossaryId(), concept.subjectField(), concept.definition(), concept.note(),
                terms, null, null, 0);
    }

    private static TermData withId(TermData term, Long id) {
        return new TermData(id, term.language(), term.text(), term.status(), term.caseSensitive(), term.matchMode(),
                term.partOfSpeech(), term.note(), term.authority());
    }

    private static long glossaryOf(List<ConceptData> concepts) {
        return concepts.getFirst().glossaryId();
    }

    private static String label(ConceptData concept) {
        return concept.terms().isEmpty() ? "(no terms)" : concept.terms().getFirst().text();
    }

    private Glossary find(long glossaryId) {
        return glossaries.findById(glossaryId)
                .orElseThrow(() -> UserMessageException.notFound("There is no glossary with id " + glossaryId + "."));
    }
}
