package app.redline.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BudgetTest {

    @Test
    void lessThanIsMetOnlyBelowTheLimit() {
        assertThat(Budget.lessThan("save", 49.9, 50, "ms").met()).isTrue();
        assertThat(Budget.lessThan("save", 50, 50, "ms").met()).isFalse();
        assertThat(Budget.lessThan("save", 50.1, 50, "ms").met()).isFalse();
    }

    @Test
    void atLeastIsMetAtTheLimitAndAbove() {
        assertThat(Budget.atLeast("throughput", 100_000, 100_000, "segments/s").met()).isTrue();
        assertThat(Budget.atLeast("throughput", 99_999, 100_000, "segments/s").met()).isFalse();
    }

    @Test
    void aBaselineBudgetIsOnHowManyTimesFasterTheMeasureIs() {
        Budget fast = Budget.timesFaster("checks vs naive", 10, 600, 50, "ms");
        Budget slow = Budget.timesFaster("checks vs naive", 20, 600, 50, "ms");

        assertThat(fast.compared()).isEqualTo(60);
        assertThat(fast.met()).isTrue();
        assertThat(slow.met()).as("30x faster, 50x asked").isFalse();
        assertThat(fast.result()).isEqualTo("10.0 ms, 60.0x faster than 600.0 ms");
        assertThat(fast.budget()).isEqualTo(">= 50x faster");
    }

    @Test
    void aFigureForReferenceIsNeverMissed() {
        Budget reference = Budget.forReference("page load", 99_999, "ms");
        assertThat(reference.met()).isTrue();
        assertThat(reference.budget()).isEqualTo("(for reference)");
        assertThat(reference.verdict()).isEmpty();
    }

    @Test
    void theTablePrintsEveryFigureBesideItsBudgetAndExitsWithZeroWhenAllAreMet() {
        var table = new BudgetTable();
        table.add(Budget.lessThan("Import, median of 3 runs", 1234.56, 5000, "ms"));
        table.add(Budget.forReference("Editor: full page load by URL", 2100, "ms"));

        String printed = print(table);

        assertThat(table.exitCode()).isZero();
        assertThat(printed).containsPattern("Import, median of 3 runs +1234\\.6 ms +< 5000 ms +within budget")
                .containsPattern("Editor: full page load by URL +2100\\.0 ms +\\(for reference\\)")
                .contains("All 1 budgets met.")
                .doesNotContain("Missed");
    }

    @Test
    void aMissedBudgetMakesTheExitCodeNonZeroAndIsNamedAfterTheTable() {
        var table = new BudgetTable();
        table.add(Budget.lessThan("Save of one segment, p95 over 1000", 61.25, 50, "ms"));
        table.add(Budget.lessThan("Import, median of 3 runs", 1234.5, 5000, "ms"));
        table.add(Budget.timesFaster("Glossary checks vs naive", 20, 600, 50, "ms"));

        String printed = print(table);

        assertThat(table.exitCode()).isEqualTo(1);
        assertThat(table.missed()).extracting(Budget::name)
                .containsExactly("Save of one segment, p95 over 1000", "Glossary checks vs naive");
        assertThat(printed).containsPattern("Save of one segment, p95 over 1000 +61\\.3 ms +< 50 ms +MISSED")
                .contains("Missed 2 of 3 budgets:")
                .contains("  Save of one segment, p95 over 1000: 61.3 ms, budget < 50 ms")
                .contains("  Glossary checks vs naive: 20.0 ms, 30.0x faster than 600.0 ms, budget >= 50x faster");
        assertThat(printed.indexOf("Missed 2 of 3")).isGreaterThan(printed.indexOf("Import, median of 3 runs"));
    }

    private static String print(BudgetTable table) {
        var out = new ByteArrayOutputStream();
        table.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
