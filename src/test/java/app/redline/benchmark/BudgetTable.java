package app.redline.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Every figure of a benchmark run beside its budget, printed as one table at the end, followed by the budgets that
 * were missed. {@link #exitCode()} is what the benchmark's main exits with, so a missed budget fails
 * {@code ./mvnw -Pbenchmark verify}.
 */
final class BudgetTable {

    private final List<Budget> budgets = new ArrayList<>();

    void add(Budget budget) {
        budgets.add(budget);
    }

    List<Budget> missed() {
        return budgets.stream().filter(budget -> !budget.met()).toList();
    }

    /** 0 when every budget was met, 1 when one or more were missed. */
    int exitCode() {
        return missed().isEmpty() ? 0 : 1;
    }

    void print(PrintStream out) {
        out.println();
        out.println("Redline benchmark (" + Runtime.getRuntime().availableProcessors() + " cores)");
        out.printf("%-100s %40s %18s  %s%n", "measure", "result", "budget", "");
        for (Budget budget : budgets) {
            out.printf("%-100s %40s %18s  %s%n", budget.name(), budget.result(), budget.budget(), budget.verdict());
        }
        out.println();
        long budgeted = budgets.stream().filter(budget -> budget.comparison() != Budget.Comparison.FOR_REFERENCE).count();
        List<Budget> missed = missed();
        if (missed.isEmpty()) {
            out.println("All " + budgeted + " budgets met.");
        } else {
            out.println("Missed " + missed.size() + " of " + budgeted + " budgets:");
            missed.forEach(budget -> out.println("  " + budget.name() + ": " + budget.result() + ", budget "
                    + budget.budget()));
        }
        out.println();
    }
}
