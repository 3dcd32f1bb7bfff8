package app.redline.base;

/**
 * CSV cells a spreadsheet would run as a formula (starting with = + - @, tab or CR) go out behind a single
 * quote; {@link #restoreFormula} takes that quote off again, so values survive a round trip unchanged.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {}

    /** Quotes a cell that would start a formula; also one that already starts with quotes before such a character. */
    public static String neutraliseFormula(String cell) {
        return startsFormulaAfterQuotes(cell) ? "'" + cell : cell;
    }

    /** Exactly undoes {@link #neutraliseFormula}. */
    public static String restoreFormula(String cell) {
        return cell.startsWith("'") && startsFormulaAfterQuotes(cell) ? cell.substring(1) : cell;
    }

    private static boolean startsFormulaAfterQuotes(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        return i < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(i)) >= 0;
    }
}
