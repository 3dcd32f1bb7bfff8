package app.redline.benchmark;

import org.languagetool.Languages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.Rule;
import org.languagetool.rules.TextLevelRule;

/**
 * Where LanguageTool's time goes on the benchmark's fresh document, for deciding which rules a project could
 * switch off: sentence analysis (tokenising, tagging, chunking) against each rule's matching, with how often each
 * rule fired. One thread, after a warm-up pass. Run by hand:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) app.redline.benchmark.LanguageToolProfile}.
 */
public final class LanguageToolProfile {

    private record Cost(String id, String category, long nanos, int matches) {}

    public static void main(String[] args) throws Exception {
        List<String> texts = CheckTexts.sampleSegments(370, 1_370).stream().map(segment -> segment[1]).toList();
        var tool = new JLanguageTool(Languages.getLanguageForShortCode(args.length > 0 ? args[0] : "en-US"));
        profile(tool, texts.subList(0, 200)); // warm-up
        Map<String, long[]> perRule = new HashMap<>();
        long[] analysis = new long[1];
        long start = System.nanoTime();
        profile(tool, texts, perRule, analysis);
        long total = System.nanoTime() - start;
        List<Cost> costs = new ArrayList<>();
        for (Rule rule : tool.getAllActiveRules()) {
            long[] cost = perRule.get(rule.getFullId());
            if (cost != null) {
                costs.add(new Cost(rule.getFullId(), rule.getCategory().getId().toString(), cost[0], (int) cost[1]));
            }
        }
        costs.sort((a, b) -> Long.compare(b.nanos(), a.nanos()));
        long rules = costs.stream().mapToLong(Cost::nanos).sum();
        System.out.printf("%d texts, %.0f ms in all (%.1f ms per text): analysis %.0f ms, rules %.0f ms over %d rules%n",
                texts.size(), total / 1e6, total / 1e6 / texts.size(), analysis[0] / 1e6, rules / 1e6, costs.size());
        Map<String, long[]> perCategory = new HashMap<>();
        for (Cost cost : costs) {
            long[] sum = perCategory.computeIfAbsent(cost.category(), c -> new long[3]);
            sum[0] += cost.nanos();
            sum[1] += cost.matches();
            sum[2]++;
        }
        System.out.println("\nBy category: ms, matches, rules");
        perCategory.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .forEach(e -> System.out.printf("%-28s %8.0f %6d %5d%n", e.getKey(), e.getValue()[0] / 1e6, e.getValue()[1], e.getValue()[2]));
        System.out.println("\nSlowest 40 rules: ms, matches");
        costs.stream().limit(40).forEach(c -> System.out.printf("%-50s %-22s %8.1f %6d%n", c.id(), c.category(), c.nanos() / 1e6, c.matches()));
        long silent = costs.stream().filter(c -> c.matches() == 0).mapToLong(Cost::nanos).sum();
        System.out.printf("%nRules that never fired: %d of %d, %.0f ms (%.0f%% of rule time)%n",
                costs.stream().filter(c -> c.matches() == 0).count(), costs.size(), silent / 1e6, 100.0 * silent / rules);
    }

    private static void profile(JLanguageTool tool, List<String> texts) throws Exception {
        profile(tool, texts, new HashMap<>(), new long[1]);
    }

    private static void profile(JLanguageTool tool, List<String> texts, Map<String, long[]> perRule, long[] analysis)
            throws Exception {
        List<Rule> rules = tool.getAllActiveRules();
        for (String text : texts) {
            long start = System.nanoTime();
            List<AnalyzedSentence> sentences = tool.analyzeText(text);
            analysis[0] += System.nanoTime() - start;
            for (Rule rule : rules) {
                long ruleStart = System.nanoTime();
                int matches = 0;
                if (rule instanceof TextLevelRule textLevel) {
                    matches = textLevel.match(sentences).length;
                } else {
                    for (AnalyzedSentence sentence : sentences) {
                        matches += rule.match(sentence).length;
                    }
                }
                long[] cost = perRule.computeIfAbsent(rule.getFullId(), id -> new long[2]);
                cost[0] += System.nanoTime() - ruleStart;
                cost[1] += matches;
            }
        }
    }
}
