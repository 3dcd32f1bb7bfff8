package app.redline.benchmark;

import app.redline.Samples;
import app.redline.checks.CheckInput;
import app.redline.checks.GlossaryIndex;
import app.redline.document.importing.ReadoutSegmenter;
import app.redline.document.importing.SegmentDraft;
import app.redline.glossary.ConceptData;
import app.redline.glossary.MatchMode;
import app.redline.glossary.TermData;
import app.redline.glossary.TermStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Inputs for {@link CheckBenchmark}: a generated zh → en glossary, segments that use it, and the samples' sentences. */
final class CheckTexts {

    /** One generated concept's terms: Chinese, English preferred (and its plural when inflected), its MT rendering. */
    record Names(String zh, String preferred, String plural, String mt) {}

    private static final String[] MODIFIERS = {"rural", "urban", "ecological", "municipal", "provincial", "central",
        "national", "grassroots", "economic", "social", "political", "cultural", "green", "low-carbon", "digital",
        "modern", "high-quality", "public", "industrial", "agricultural", "financial", "fiscal", "legal", "judicial",
        "administrative", "medical", "technological", "scientific", "environmental", "strategic", "regional",
        "collective", "democratic", "ideological", "theoretical", "organizational", "disciplinary", "emerging",
        "comprehensive", "coordinated", "sustainable", "innovative", "shared", "primary", "special", "joint",
        "leading", "long-term", "coastal", "northeastern", "cross-border", "domestic", "private", "historical"};
    /** Machine translation's rendering of each modifier, in the same order: the forbidden variants' first word. */
    private static final String[] MT_MODIFIERS = {"countryside", "townish", "ecology", "city-level", "province-level",
        "centre", "nation", "basic-level", "economy", "society", "politics", "culture", "greening", "low-carbonic",
        "digitalized", "modernized", "high-qualitied", "publicly", "industry-type", "agriculture", "finance-type",
        "fiscally", "law-based", "judiciary", "administration", "medicine", "technology-type", "science-type",
        "environment-type", "strategy", "region", "collectively", "democracy", "ideology", "theory-type",
        "organization-type", "discipline-type", "newly-emerging", "all-round", "coordinating", "sustained",
        "innovation-type", "sharing", "elementary", "specially", "jointly", "lead", "long-period", "seaside",
        "north-eastern", "trans-border", "home-country", "privately", "history-type"};
    private static final String[] HEADS = {"revitalization", "development", "governance", "supervision", "inspection",
        "reform", "innovation", "security", "prosperity", "modernization", "construction", "protection", "planning",
        "investment", "infrastructure", "economy", "market", "mechanism", "responsibility", "discipline", "integrity",
        "policy", "employment", "education", "healthcare", "housing", "transport", "logistics", "energy", "emission",
        "pollution", "agriculture", "tourism", "trade", "finance", "credit", "talent", "leadership", "publicity",
        "theory", "research", "technology", "science", "culture", "heritage", "safety", "stability",
        // countable: their terms are matched with inflected forms
        "zone", "park", "cluster", "chain", "platform", "network", "corridor", "fund", "project", "program",
        "campaign", "committee", "meeting", "village", "community", "team", "cadre", "enterprise", "service",
        "system", "plan", "base", "center", "district", "county", "agency", "bureau", "task force", "hub", "station"};
    private static final int FIRST_COUNTABLE = 47;
    /** Middle words of three-word terms ("rural energy zone"), as indexes into HEADS. */
    private static final int[] MIDDLES = {28, 32, 33, 36, 42};
    private static final String HAN = "发展建设改革创新安全繁荣现代保护管理规划投资基础设施企业产业经济市场服务体系机制责任纪律廉洁"
            + "活动委员会议政策项目园区集群链条平台网络走廊基金预算收入就业教育医疗住房交通物流能源排放污染环境农旅游贸易";

    private static final String[] OPENERS = {"The meeting stressed that ", "It was pointed out at the meeting that ",
        "Zhang Zhijun noted that ", "The executive meeting emphasized that ", "According to the plan, ",
        "Participants agreed that ", "The session made it clear that ", "Zhou Pengju said that "};
    private static final String[] CLAUSES = {"we must firmly promote %s and make solid progress in every district",
        "all departments should strengthen %s in line with the requirements of the provincial committee",
        "efforts will be made to accelerate %s and ensure that the annual targets are met",
        "the city will continue to deepen %s so as to better serve the people",
        "leading officials at all levels must take responsibility for %s",
        "it is necessary to improve the long-term mechanism for %s and to study new measures",
        "the relevant units should coordinate %s with the overall plan of the municipal government",
        "we should give full play to %s in the revitalization of the old industrial base"};
    private static final String[] JOINERS = {", and ", "; at the same time, ", ", while ", "; in addition, "};
    private static final String[] FILLERS = {"the work must be done in a down-to-earth manner",
        "the results will be reported to the standing committee", "problems found must be rectified on the spot",
        "the masses must feel the difference this year"};
    private static final String[] ZH_VERBS = {"要深入推进", "全面加强", "加快", "持续深化", "统筹推进"};

    private final Random random;
    private final List<Names> names = new ArrayList<>();
    private final List<ConceptData> concepts = new ArrayList<>();

    CheckTexts(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} concepts: a Chinese and a preferred English term, plus a forbidden, deprecated or admitted one. */
    List<ConceptData> concepts(int count) {
        List<String> zhWords = chineseWords(MODIFIERS.length + HEADS.length);
        List<int[]> pairs = new ArrayList<>(); // modifier, head, and a middle word (a head too) or -1
        List<int[]> triples = new ArrayList<>();
        for (int m = 0; m < MODIFIERS.length; m++) {
            for (int h = 0; h < HEADS.length; h++) {
                pairs.add(new int[] {m, h, -1});
                int middle = MIDDLES[(m + h) % MIDDLES.length];
                if (middle != h) {
                    triples.add(new int[] {m, h, middle});
                }
            }
        }
        Collections.shuffle(triples, random);
        pairs.addAll(triples.subList(0, Math.max(0, count - pairs.size())));
        Collections.shuffle(pairs, random);
        for (int i = 0; i < count; i++) {
            int m = pairs.get(i)[0];
            int h = pairs.get(i)[1];
            int middle = pairs.get(i)[2];
            String rest = (middle < 0 ? "" : HEADS[middle] + " ") + HEADS[h];
            boolean named = random.nextInt(100) < 8; // a name, written as the glossary writes it: "Rural Zone"
            boolean inflected = h >= FIRST_COUNTABLE;
            String preferred = named ? titleCase(MODIFIERS[m] + " " + rest) : MODIFIERS[m] + " " + rest;
            String zh = zhWords.get(m) + (middle < 0 ? "" : zhWords.get(MODIFIERS.length + middle))
                    + zhWords.get(MODIFIERS.length + h);
            List<TermData> terms = new ArrayList<>();
            terms.add(new TermData(null, "zh-CN", zh, TermStatus.PREFERRED, false, MatchMode.SUBSTRING, "noun", null, null));
            terms.add(new TermData(null, "en-US", preferred, TermStatus.PREFERRED, named,
                    inflected ? MatchMode.INFLECTED : MatchMode.WHOLE_WORD, "noun", null, "Benchmark"));
            int kind = random.nextInt(100);
            String variant = kind < 60 ? MT_MODIFIERS[m] + " " + rest
                    : MODIFIERS[m] + " " + rest + (kind < 85 ? " work" : " initiative");
            TermStatus status = kind < 60 ? TermStatus.FORBIDDEN : kind < 85 ? TermStatus.DEPRECATED : TermStatus.ADMITTED;
            terms.add(new TermData(null, "en-US", variant, status, false, MatchMode.WHOLE_WORD, "noun", null, null));
            concepts.add(new ConceptData((long) i, 1, "Benchmark", null, null, terms, null, null, 0));
            names.add(new Names(zh, preferred, inflected ? plural(preferred) : null,
                    status.approved() ? preferred : variant));
        }
        return concepts;
    }

    List<ConceptData> concepts() {
        return concepts;
    }

    List<Names> names() {
        return names;
    }

    /**
     * A segment about two or three concepts, 150-250 chars: the source has their Chinese terms, the readout their MT
     * renderings, the clean text mostly a preferred term, else its plural, the MT rendering, lower case or nothing.
     */
    CheckInput segment(GlossaryIndex index) {
        String opener = OPENERS[random.nextInt(OPENERS.length)];
        var clean = new StringBuilder(opener);
        var readout = new StringBuilder(opener);
        var source = new StringBuilder("会议强调，");
        for (int k = 0; k < 3; k++) {
            Names concept = names.get(random.nextInt(random.nextBoolean() ? 500 : names.size())); // some recur often
            String clause = CLAUSES[random.nextInt(CLAUSES.length)];
            String joiner = k == 0 ? "" : JOINERS[random.nextInt(JOINERS.length)];
            if (clean.length() + joiner.length() + clause.length() + concept.mt().length() > 250) {
                break;
            }
            clean.append(joiner).append(clause.formatted(cleanRendering(concept)));
            readout.append(joiner).append(clause.formatted(concept.mt()));
            source.append(ZH_VERBS[random.nextInt(ZH_VERBS.length)]).append(concept.zh()).append("工作，");
        }
        while (clean.length() < 150) {
            String filler = JOINERS[random.nextInt(JOINERS.length)] + FILLERS[random.nextInt(FILLERS.length)];
            clean.append(filler);
            readout.append(filler);
        }
        source.setCharAt(source.length() - 1, '。');
        return new CheckInput(readout + ".", source.toString(), clean + ".", "zh-CN", "en-US", index);
    }

    private String cleanRendering(Names concept) {
        int choice = random.nextInt(100);
        if (choice < 60) {
            return concept.preferred();
        } else if (choice < 72) {
            return concept.plural() != null ? concept.plural() : concept.preferred();
        } else if (choice < 82) {
            return concept.mt();
        } else if (choice < 90) {
            return concept.preferred().toLowerCase(Locale.ROOT);
        }
        return "this work";
    }

    /**
     * Sentences of the two sample readouts as the importer cuts them (40 chars or more), varied by a lead-in and an
     * ending so that no two are alike: {@code (readout, clean text)} pairs {@code from} up to {@code to}.
     */
    static List<String[]> sampleSegments(int from, int to) throws IOException {
        List<String> sentences = new ArrayList<>();
        for (String sample : List.of(Samples.CHANGCHUN, Samples.FUXIN)) {
            for (SegmentDraft draft : new ReadoutSegmenter().split(Samples.text(sample), "en-US")) {
                if (draft.translatable() && draft.text().length() >= 40) {
                    sentences.add(draft.text().strip());
                }
            }
        }
        String[] leadIns = {"", "On Monday, ", "In addition, ", "At the meeting, ", "Meanwhile, ", "This year, ",
            "As required, ", "In 2023, "};
        String[] endings = {"", " this year", " across the city", " as soon as possible", " in accordance with the plan",
            " and report back to the municipal government", " step by step", " in the first half of the year",
            " with the support of all departments", " before the end of the month"};
        List<String[]> segments = new ArrayList<>();
        for (int v = from; v < to; v++) {
            String sentence = sentences.get(v % sentences.size());
            String leadIn = leadIns[(v / sentences.size()) % leadIns.length];
            String ending = endings[(v / sentences.size() / leadIns.length) % endings.length];
            if (v >= sentences.size() * leadIns.length * endings.length) {
                throw new IllegalArgumentException("Only " + sentences.size() * leadIns.length * endings.length + " variants");
            }
            String body = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
            if (!leadIn.isEmpty() && body.matches("(The|It|We|Meeting|Work|Fully|Carry|Second|According) .*")) {
                body = Character.toLowerCase(body.charAt(0)) + body.substring(1);
            }
            segments.add(new String[] {sentence, leadIn + body + ending + "."});
        }
        return segments;
    }

    /** Two Han chars per word, no two words alike. */
    private List<String> chineseWords(int count) {
        Set<String> words = new HashSet<>();
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < count) {
            String word = "" + HAN.charAt(random.nextInt(HAN.length())) + HAN.charAt(random.nextInt(HAN.length()));
            if (words.add(word)) {
                ordered.add(word);
            }
        }
        return ordered;
    }

    private static String plural(String term) {
        if (term.endsWith("y")) {
            return term.substring(0, term.length() - 1) + "ies";
        }
        return term + (term.endsWith("s") || term.endsWith("ch") ? "es" : "s");
    }

    private static String titleCase(String term) {
        var cased = new StringBuilder(term);
        for (int i = 0; i < cased.length(); i++) {
            if (i == 0 || cased.charAt(i - 1) == ' ' || cased.charAt(i - 1) == '-') {
                cased.setCharAt(i, Character.toUpperCase(cased.charAt(i)));
            }
        }
        return cased.toString();
    }
}
