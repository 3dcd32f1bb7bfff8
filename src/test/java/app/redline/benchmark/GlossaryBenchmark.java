package app.redline.benchmark;

import app.redline.glossary.ConceptFilter;
import app.redline.glossary.GlossaryImportService;
import app.redline.glossary.GlossaryService;
import app.redline.glossary.ImportPreview;
import app.redline.glossary.MatchMode;
import app.redline.glossary.TermStatus;
import app.redline.glossary.exchange.ConceptEntry;
import app.redline.glossary.exchange.TbxWriter;
import app.redline.glossary.exchange.TermEntry;
import app.redline.project.ProjectService;
import app.redline.security.SystemUser;
import app.redline.user.Role;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.context.ApplicationContext;

/** Import of a generated 50,000-term TBX, and the concept grid's search over it. */
final class GlossaryBenchmark {

    private static final int CONCEPTS = 20_000; // 2.5 terms each on average: 50,000 terms
    private static final String[] WORDS = {"party", "building", "discipline", "inspection", "ecological", "civilization",
        "rural", "revitalization", "innovation", "development", "supervision", "governance", "reform", "opening",
        "carbon", "peaking", "neutrality", "security", "livelihood", "modernization", "common", "prosperity",
        "conduct", "integrity", "publicity", "theory", "study", "session", "plenary", "committee", "municipal",
        "provincial", "standing", "central", "organization", "education", "campaign", "responsibility", "system",
        "mechanism", "quality", "business", "environment", "logistics", "delivery", "technology", "science",
        "talent", "industry", "chain"};

    private final ApplicationContext context;
    private final ProjectService projects;

    GlossaryBenchmark(ApplicationContext context, ProjectService projects) {
        this.context = context;
        this.projects = projects;
    }

    void run(BudgetTable budgets) {
        var importer = context.getBean(GlossaryImportService.class);
        var glossaries = context.getBean(GlossaryService.class);
        List<ConceptEntry> concepts = generate();
        var tbx = new ByteArrayOutputStream();
        TbxWriter.write(concepts, "zh-CN", tbx);
        int terms = concepts.stream().mapToInt(concept -> concept.terms().size()).sum();

        long glossaryId = SystemUser.runAs("glossary", () -> {
            var project = SystemUser.runAs("admin",
                    () -> projects.create("Glossary benchmark " + System.nanoTime(), "zh-CN", "en-US", false), Role.ADMIN);
            return context.getBean(GlossaryService.class).projectGlossary(project.id()).id();
        }, Role.GLOSSARY_MANAGER);

        long start = System.nanoTime();
        var summary = SystemUser.runAs("glossary", () -> {
            try {
                var read = importer.read("bench.tbx", new ByteArrayInputStream(tbx.toByteArray()));
                ImportPreview preview = importer.preview(glossaryId, read);
                return importer.apply(preview, Map.of());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, Role.GLOSSARY_MANAGER);
        budgets.add(Budget.lessThan("Glossary: import of a " + tbx.size() / (1024 * 1024) + " MB TBX, " + summary.terms()
                + " terms (" + terms + " in file), read + preview + apply", Sample.millisSince(start), 30000, "ms"));

        Random random = new Random(42);
        List<Double> prefix = new ArrayList<>();
        List<Double> contains = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            String prefixQuery = word.substring(0, 3 + random.nextInt(word.length() - 2));
            prefix.add(search(glossaries, glossaryId, new ConceptFilter(prefixQuery, false, null, null, null, null)));
            String infix = word.substring(1, Math.min(word.length(), 5));
            contains.add(search(glossaries, glossaryId, new ConceptFilter(infix, true, "en", null, null, null)));
        }
        budgets.add(Budget.lessThan("Glossary grid search by prefix over " + summary.terms() + " terms, p95 of 200",
                Sample.of(prefix).p95(), 100, "ms"));
        budgets.add(Budget.lessThan("Glossary grid search, contains + language filter, p95 of 200",
                Sample.of(contains).p95(), 100, "ms"));
    }

    private static double search(GlossaryService glossaries, long glossaryId, ConceptFilter filter) {
        long start = System.nanoTime();
        SystemUser.runAs("translator", () -> glossaries.concepts(glossaryId, filter, 0, 50), Role.TRANSLATOR);
        return Sample.millisSince(start);
    }

    private static List<ConceptEntry> generate() {
        List<ConceptEntry> concepts = new ArrayList<>();
        for (int i = 0; i < CONCEPTS; i++) {
            String english = WORDS[i % WORDS.length] + " " + WORDS[(i / WORDS.length) % WORDS.length] + " " + i;
            List<TermEntry> terms = new ArrayList<>();
            terms.add(new TermEntry("zh-CN", "术语" + i, TermStatus.PREFERRED, false, MatchMode.SUBSTRING, null, null, null));
            terms.add(new TermEntry("en-US", english, TermStatus.PREFERRED, false, MatchMode.WHOLE_WORD, "noun", null,
                    "Benchmark authority"));
            if (i % 2 == 0) {
                terms.add(new TermEntry("en-US", "mt " + english, TermStatus.FORBIDDEN, false, MatchMode.WHOLE_WORD, null,
                        "Machine-translation rendering", null));
            }
            concepts.add(new ConceptEntry("b" + i, "Benchmark", "Definition of concept " + i, null, terms));
        }
        return concepts;
    }
}
