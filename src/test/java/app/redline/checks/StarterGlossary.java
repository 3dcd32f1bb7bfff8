package app.redline.checks;

import app.redline.glossary.ConceptData;
import app.redline.glossary.EffectiveGlossary;
import app.redline.glossary.MatchMode;
import app.redline.glossary.TermData;
import app.redline.glossary.TermStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The demo starter glossary (/demo/starter-glossary.csv) as concepts, and glossaries built by hand, for tests. */
public final class StarterGlossary {

    private static GlossaryIndex index;

    private StarterGlossary() {}

    /** The starter glossary compiled for zh-CN → en-US, built once per test run. */
    public static synchronized GlossaryIndex index() {
        if (index == null) {
            index = GlossaryIndex.of(new EffectiveGlossary("starter", concepts()), "zh-CN", "en-US");
        }
        return index;
    }

    public static List<ConceptData> concepts() {
        List<List<String>> rows = rows(read());
        List<String> header = rows.getFirst();
        Map<String, List<Map<String, String>>> byConcept = new LinkedHashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                fields.put(header.get(i), i < row.size() ? row.get(i) : "");
            }
            byConcept.computeIfAbsent(fields.get("concept_id"), id -> new ArrayList<>()).add(fields);
        }
        List<ConceptData> concepts = new ArrayList<>();
        byConcept.forEach((id, termRows) -> {
            Map<String, String> first = termRows.getFirst();
            List<TermData> terms = termRows.stream().map(StarterGlossary::term).toList();
            concepts.add(new ConceptData((long) concepts.size() + 1, 1, first.get("subject_field"),
                    first.get("definition"), first.get("concept_note"), terms, null, null, 0));
        });
        return concepts;
    }

    public static ConceptData concept(TermData... terms) {
        return ConceptData.draft(1, null, Arrays.asList(terms));
    }

    public static TermData term(String language, String text, TermStatus status, boolean caseSensitive, MatchMode mode) {
        return new TermData(null, language, text, status, caseSensitive, mode, "noun", null, null);
    }

    public static GlossaryIndex index(ConceptData... concepts) {
        return GlossaryIndex.of(new EffectiveGlossary("test", List.of(concepts)), "zh-CN", "en-US");
    }

    private static TermData term(Map<String, String> row) {
        String pos = row.get("part_of_speech");
        return new TermData(null, row.get("language"), row.get("term"),
                TermStatus.valueOf(row.get("status").toUpperCase(Locale.ROOT)),
                Boolean.parseBoolean(row.get("case_sensitive")),
                MatchMode.valueOf(row.get("match_mode").toUpperCase(Locale.ROOT)),
                pos.isBlank() ? null : pos, row.get("term_note"), row.get("authority"));
    }

    private static String read() {
        try (InputStream in = StarterGlossary.class.getResourceAsStream("/demo/starter-glossary.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 just enough: quoted fields with commas, doubled quotes and line breaks. */
    private static List<List<String>> rows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
